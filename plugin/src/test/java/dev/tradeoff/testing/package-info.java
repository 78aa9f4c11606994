/**
 * Test data shared by the tests of several stages: initiatives built as the loader builds them, the
 * YAML of a small valid strategy, quarter series.
 */
package dev.tradeoff.testing;
