/**
 * What the command line prints: each command's JSON as plain values ({@link io.github.unscsim.report.Reports},
 * written by {@link io.github.unscsim.io.Json}), numbers without float noise, and aligned text tables
 * ({@link io.github.unscsim.report.TextTable}). Uses {@code model}, {@code rules}, {@code history}, {@code reform},
 * {@code scenario}, {@code power} and {@code io}.
 */
package io.github.unscsim.report;
