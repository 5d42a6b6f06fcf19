/**
 * {@link dev.logveil.core.scrub.LogScrubber}, the command line that redacts existing log files with the same
 * redactor the logging components use. Supported API: its command line and its {@code main} method.
 */
package dev.logveil.core.scrub;
