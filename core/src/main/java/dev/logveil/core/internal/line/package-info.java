/**
 * How each kind of text in a log line is redacted, the one decision every adapter applies: the policy per output kind
 * ({@link dev.logveil.core.internal.line.RedactionPolicy}, {@link dev.logveil.core.internal.line.OutputKind}), a line
 * written segment by segment ({@link dev.logveil.core.internal.line.LineRedaction}), the trust placed in each segment,
 * and the log-injection guard ({@link dev.logveil.core.internal.line.LogInjectionGuard}).
 *
 * <p><b>Internal, not API:</b> no compatibility promise (see {@link dev.logveil.core.internal}).
 */
package dev.logveil.core.internal.line;
