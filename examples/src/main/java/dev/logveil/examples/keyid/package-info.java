/**
 * Auth-code examples quoted by {@code docs/key-id.md}: binding a key id and a request id for one request from a plain
 * HTTP handler, a servlet filter and a Spring filter. Not an API.
 */
package dev.logveil.examples.keyid;
