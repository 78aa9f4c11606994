/**
 * The generated sites in headless Chromium: each test class declares {@link BrowserExtension} and
 * gets one {@link Browser} for its tests, skipped where Chromium is not installed.
 */
package dev.tradeoff.browser;
