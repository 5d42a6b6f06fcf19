/**
 * The demo behind the README: a small HTTP service whose logs are full of secrets, run through each way of plugging
 * Logveil in, and a scan of the output that counts what leaked. Not an API.
 */
package dev.logveil.examples;
