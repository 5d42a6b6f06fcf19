package dev.logveil.examples;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * The demo's logging session: Logback configured from the demo's {@code logback.xml}, writing into a run directory,
 * with a copy of everything printed to the console kept in {@code console.log} there, so that what the console showed
 * can be scanned for secrets too.
 *
 * <p>This is the only Logback-specific code of the demo; the service itself logs through SLF4J.
 */
final class DemoLogging implements AutoCloseable {

    /** The system property {@code logback.xml} reads the run directory from. */
    static final String DIRECTORY_PROPERTY = "logveil.demo.dir";
    /** The copy of the console. */
    static final String CONSOLE_FILE = "console.log";
    /** What {@code RedactingJsonEncoder} writes. */
    static final String JSON_FILE = "demo.json";

    private final LoggerContext context;
    private final PrintStream originalOut;
    private final OutputStream consoleCopy;
    private final List<String> problems;

    private DemoLogging(LoggerContext context, PrintStream originalOut, OutputStream consoleCopy,
                        List<String> problems) {
        this.context = context;
        this.originalOut = originalOut;
        this.consoleCopy = consoleCopy;
        this.problems = problems;
    }

    /**
     * Starts logging into {@code directory}: from here on, {@link System#out} also goes to {@code console.log}.
     * Logback is (re)configured from {@code logback.xml}, whatever configured it before.
     */
    static DemoLogging start(Path directory) throws IOException {
        Files.createDirectories(directory);
        System.setProperty(DIRECTORY_PROPERTY, directory.toAbsolutePath().toString());
        PrintStream originalOut = System.out;
        OutputStream consoleCopy = Files.newOutputStream(directory.resolve(CONSOLE_FILE));
        System.setOut(new PrintStream(new TeeOutputStream(originalOut, consoleCopy), true, StandardCharsets.UTF_8));

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.getStatusManager().clear();
        URL configuration = DemoLogging.class.getResource("/logback.xml");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            context.getStatusManager().add(new ErrorStatus(
                "cannot read " + configuration, DemoLogging.class, e));
        }
        List<String> problems = context.getStatusManager().getCopyOfStatusList().stream()
            .filter(status -> status.getEffectiveLevel() >= Status.WARN)
            .map(Status::getMessage).collect(Collectors.toList());
        return new DemoLogging(context, originalOut, consoleCopy, problems);
    }

    /** Logback's status messages above INFO while it read {@code logback.xml}; empty when the file is clean. */
    List<String> configurationProblems() {
        return problems;
    }

    /** Stops Logback (flushing and closing the files, stopping the anomaly appender's thread), restores the console. */
    @Override
    public void close() throws IOException {
        context.reset();
        System.out.flush();
        System.setOut(originalOut);
        consoleCopy.close();
    }

    /** Writes everything to two streams. */
    private static final class TeeOutputStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeOutputStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public synchronized void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
