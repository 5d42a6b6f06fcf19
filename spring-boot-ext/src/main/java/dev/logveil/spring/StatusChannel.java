package dev.logveil.spring;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.WarnStatus;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Reports a configuration problem to Logback's status manager. A warning, never an error: Boot fails the start-up on
 * an error status, and Logveil's rule is that bad options fall back to safe defaults instead.
 */
final class StatusChannel {
    private StatusChannel() {
    }

    static void warn(String problem) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.getStatusManager().add(new WarnStatus(problem, StatusChannel.class));
        }
    }
}
