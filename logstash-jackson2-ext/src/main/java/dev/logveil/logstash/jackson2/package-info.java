/**
 * Logveil for logstash-logback-encoder 7.x and 8.x (Jackson 2):
 * {@link dev.logveil.logstash.jackson2.RedactingValueMasker}, a value masker for the encoder's own
 * {@code MaskingJsonGeneratorDecorator} (the {@code <jsonGeneratorDecorator>} element on those versions).
 */
package dev.logveil.logstash.jackson2;
