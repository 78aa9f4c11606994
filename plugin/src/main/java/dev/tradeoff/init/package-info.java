/**
 * {@code tradeoff:init}: a commented starter strategy folder, written from the templates in
 * {@code dev/tradeoff/starter/} without ever replacing a file that is already there.
 */
package dev.tradeoff.init;
