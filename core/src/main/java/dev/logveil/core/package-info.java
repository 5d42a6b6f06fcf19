/**
 * Logveil's framework-free core: the redaction engine, key-id hashing, duration parsing, the error-rate detector and
 * the JSON event writer. Nothing here imports a logging framework; the Logback and Log4j2 adapters translate their
 * events into the plain JDK types this package takes.
 */
package dev.logveil.core;
