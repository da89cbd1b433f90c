/**
 * Reading and writing files: scenario files in YAML and JSON ({@link io.github.unscsim.io.ScenarioFiles}: a reader,
 * a writer and their shared format), whose errors name the file, line and column, and a small JSON writer for plain
 * values ({@link io.github.unscsim.io.Json}). Uses {@code model}, {@code rules}, {@code history}, {@code reform} and
 * {@code scenario}.
 */
package io.github.unscsim.io;
