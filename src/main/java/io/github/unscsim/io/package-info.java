/**
 * Reading and writing: JSON views of councils and outcomes, in the shapes the command line prints, and scenario
 * files in YAML and JSON ({@link io.github.unscsim.io.ScenarioFiles}), whose errors name the file, line and column. Uses
 * {@code model}, {@code rules}, {@code history}, {@code reform} and {@code scenario}.
 */
package io.github.unscsim.io;
