/**
 * Redaction of the parts of a whole log event, for adapters that hand a redacted copy of an event to appenders which
 * read the event object themselves: context maps, key-value pairs and message arguments
 * ({@link dev.logveil.core.internal.event.EventValues}), each returned as it was when it holds no secret.
 *
 * <p><b>Internal, not API:</b> no compatibility promise (see {@link dev.logveil.core.internal}).
 */
package dev.logveil.core.internal.event;
