/**
 * Readers for the shared option vocabulary's value types: comma lists ({@link dev.logveil.core.config.CommaList}) and
 * on/off switches ({@link dev.logveil.core.config.OnOff}), read the same by every component.
 *
 * <p>Used by Logveil's own components only, and on its way to {@code dev.logveil.core.internal.options}: no
 * compatibility promise, even though the package is not yet named {@code internal}.
 */
package dev.logveil.core.config;
