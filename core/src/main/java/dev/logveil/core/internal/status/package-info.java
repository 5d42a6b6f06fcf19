/**
 * Fault and problem reporting shared by the adapters: {@link dev.logveil.core.internal.status.Faults} decides what a
 * component writes and reports when formatting an event failed, without echoing the text being written, and
 * {@link dev.logveil.core.internal.status.ThrottledReporter} reports a recurring problem at most once per interval.
 *
 * <p><b>Internal, not API:</b> no compatibility promise (see {@link dev.logveil.core.internal}).
 */
package dev.logveil.core.internal.status;
