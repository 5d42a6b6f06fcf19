/**
 * JMH benchmarks of the redactor, the layouts of both adapters, the JSON integrations, key ids and the anomaly
 * appender, and the chart drawn from their results. Each benchmark's Javadoc gives the command that runs it. Not an
 * API.
 */
package dev.logveil.benchmarks;
