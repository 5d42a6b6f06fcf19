/**
 * Code shared by Logveil's own modules (the adapters and integrations), public only so that they can reach it.
 *
 * <p><b>Not API.</b> Everything under {@code dev.logveil.core.internal} comes with no compatibility promise: any type
 * or member may change or disappear in any release, a patch release included. Applications and third-party
 * integrations use the supported packages listed in {@link dev.logveil.core}.
 */
package dev.logveil.core.internal;
