/**
 * The command line, {@code java -jar unsc.jar COMMAND}: a picocli command per verb on top of the library (and of the
 * classroom board's server, {@code serve}). Nothing
 * depends on this package.
 */
package io.github.unscsim.cli;
