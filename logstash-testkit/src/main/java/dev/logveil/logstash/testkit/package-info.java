/**
 * Test code the two logstash-logback-encoder modules share: a Logback context configured from XML
 * ({@link dev.logveil.logstash.testkit.LogbackXml}), an appender that keeps the encoder's bytes in memory, a strict
 * JSON reader, and the encoder contracts each module runs against its own classes and XML files. Not published; no
 * compatibility promise.
 */
package dev.logveil.logstash.testkit;
