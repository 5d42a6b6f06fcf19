/**
 * Internal: the option vocabulary every Logveil component shares, declared once as data (names, types, defaults,
 * one-line docs: {@link dev.logveil.core.internal.options.RedactionOption},
 * {@link dev.logveil.core.internal.options.AnomalyOption}, {@link dev.logveil.core.internal.options.JsonOption}),
 * the components that take them ({@link dev.logveil.core.internal.options.Component}), and the shared readers of
 * their values. Users type the names, not these classes: not API, no compatibility promise; it may change in any
 * release.
 */
package dev.logveil.core.internal.options;
