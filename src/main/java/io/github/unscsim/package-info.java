/**
 * unsc-sim: simulates votes in the UN Security Council. The packages below are layered: {@code model} (plain
 * values) at the bottom, then {@code rules}, then {@code history}, {@code scenario}, {@code power} and {@code io},
 * and {@code cli} on top; dependencies flow one way.
 */
package io.github.unscsim;
