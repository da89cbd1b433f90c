/**
 * Reading and writing: JSON views of councils and outcomes, in the shapes the command line prints, and scenario
 * files in YAML and JSON ({@link io.github.unscsim.io.ScenarioFiles}), whose errors name the file, line and column.
 */
package io.github.unscsim.io;
