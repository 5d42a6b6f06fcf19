package dev.logveil.spring;

/**
 * Whether Logback can be loaded. Looked up without initialising anything, by a class that names no Logback type, so
 * that the starter's entry points load in an application on Log4j2 too.
 */
final class LogbackPresence {
    /** Whether {@code ch.qos.logback.classic.LoggerContext} is on the starter's class path. */
    static final boolean PRESENT = probe();

    private LogbackPresence() {
    }

    private static boolean probe() {
        try {
            Class.forName("ch.qos.logback.classic.LoggerContext", false, LogbackPresence.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
