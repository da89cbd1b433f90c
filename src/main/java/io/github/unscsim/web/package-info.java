/**
 * The classroom board, {@code java -jar unsc.jar serve}: a web page and a small JSON API on 127.0.0.1, on the
 * library's own engine (nothing of the rule is written again in the page's script). Built into {@code unsc.jar} only;
 * the command line starts it, nothing else depends on this package.
 */
package io.github.unscsim.web;
