/**
 * Reading and writing: JSON views of councils and outcomes, in the shapes the command line prints.
 */
package io.github.unscsim.io;
