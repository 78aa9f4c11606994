/**
 * The preview server behind {@code tradeoff:serve}: builds the site into memory, serves it over
 * HTTP with the JDK's own server, watches the strategy and template folders, rebuilds on change
 * and tells open pages to reload.
 *
 * <p>{@link dev.tradeoff.serve.PreviewServer#start} is the one entry point. A build that fails
 * (an invalid edit) does not stop the server: every page then shows the problems, each as
 * {@code file:line:column: message}, until the next good build brings the site back. Pages learn
 * about new builds through Server-Sent Events at {@code /__tradeoff/events}, listened to by
 * {@code /__tradeoff/reload.js}, a script the server adds to every HTML page it serves.
 */
package dev.tradeoff.serve;
