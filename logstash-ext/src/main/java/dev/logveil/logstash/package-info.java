/**
 * Logveil for logstash-logback-encoder 9.x (Jackson 3): {@link dev.logveil.logstash.RedactingValueMasker}, a value
 * masker for the encoder's own {@code MaskingJsonGeneratorDecorator}.
 */
package dev.logveil.logstash;
