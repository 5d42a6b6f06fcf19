/**
 * The JSON event writer behind both adapters' JSON layouts: {@link dev.logveil.core.internal.json.JsonEventWriter}
 * writes a {@link dev.logveil.core.internal.json.LogEventView} (an adapter's event seen through plain JDK types) with
 * every name and value redacted.
 *
 * <p><b>Internal, not API:</b> no compatibility promise (see {@link dev.logveil.core.internal}).
 */
package dev.logveil.core.internal.json;
