/**
 * The Maven goals. Each mojo only translates its {@code @Parameter}s into a request and calls the
 * pipeline in {@link dev.tradeoff.Tradeoff}; this is the only package that imports the Maven API.
 */
package dev.tradeoff.mojo;
