/** Test data shared by the tests of several stages: initiatives built as the loader builds them, quarter series. */
package dev.tradeoff.testing;
