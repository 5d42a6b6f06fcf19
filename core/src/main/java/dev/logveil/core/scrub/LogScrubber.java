package dev.logveil.core.scrub;

import dev.logveil.core.redact.Redactor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code logveil-scrub}: redacts existing log files with the same engine and option names as the logging
 * components, so security teams can clean old logs before sharing them. Streams line by line in constant memory.
 *
 * <p>Exit status: 0 when done, 2 for a bad option, a bad redaction option or an unreadable file.
 */
public final class LogScrubber {
    /** Lines longer than this are processed in pieces of this size, so memory stays bounded on any input. */
    static final int MAX_LINE = 8 * 1024 * 1024;
    private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;

    private final Redactor redactor;
    private final Map<String, Long> counts = new TreeMap<>();
    private long lines;
    private long bytesRead;
    private boolean insidePrivateKey;

    LogScrubber(Redactor redactor) {
        this.redactor = redactor;
    }

    /** Runs the scrubber as a command. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the scrubber with explicit streams; returns the exit status. */
    static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        ScrubOptions options;
        try {
            options = ScrubOptions.parse(args);
        } catch (IllegalArgumentException e) {
            stderr.println("logveil-scrub: " + e.getMessage());
            stderr.println(ScrubOptions.USAGE);
            return 2;
        }
        if (options.help) {
            stdout.println(ScrubOptions.USAGE);
            return 0;
        }
        List<String> problems = new ArrayList<>();
        Redactor redactor = options.config.build(problems::add);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> stderr.println("logveil-scrub: " + problem));
            return 2;
        }
        for (String file : options.files) {
            if (!file.equals("-") && !Files.isReadable(Path.of(file))) {
                stderr.println("logveil-scrub: cannot read '" + file + "': "
                    + (Files.exists(Path.of(file)) ? "permission denied" : "no such file"));
                return 2;
            }
        }
        LogScrubber scrubber = new LogScrubber(redactor);
        boolean progress = !options.quiet && System.console() != null;
        try (OutputStream target = options.output == null ? nonClosing(stdout) : Files.newOutputStream(
            Path.of(options.output));
             Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> inputs = options.files.isEmpty() ? List.of("-") : options.files;
            for (String file : inputs) {
                long size = file.equals("-") ? -1 : Files.size(Path.of(file));
                try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file))) {
                    scrubber.scrub(in, out, progress ? stderr : null, size);
                }
            }
        } catch (NoSuchFileException e) {
            stderr.println("logveil-scrub: no such file: " + e.getFile());
            return 2;
        } catch (IOException e) {
            stderr.println("logveil-scrub: " + e.getMessage());
            return 2;
        }
        if (!options.quiet) {
            stderr.println(scrubber.summary());
        }
        return 0;
    }

    /** Copies {@code in} to {@code out} redacted, line by line. */
    void scrub(InputStream in, Writer out, PrintStream progress, long size) throws IOException {
        Reader reader = new InputStreamReader(countingStream(in), StandardCharsets.UTF_8);
        char[] buffer = new char[1 << 16];
        StringBuilder line = new StringBuilder(256);
        long lastProgress = System.nanoTime();
        int read;
        while ((read = reader.read(buffer)) >= 0) {
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n' || line.length() + (i - start) >= MAX_LINE) {
                    line.append(buffer, start, i + 1 - start);
                    start = i + 1;
                    writeLine(line, out);
                    line.setLength(0);
                }
            }
            line.append(buffer, start, read - start);
            if (progress != null && System.nanoTime() - lastProgress > PROGRESS_INTERVAL_NANOS) {
                lastProgress = System.nanoTime();
                progress.print(progressText(size));
            }
        }
        if (line.length() > 0) {
            writeLine(line, out);
        }
        if (progress != null) {
            progress.print("\r" + " ".repeat(60) + "\r");
        }
        out.flush();
    }

    private void writeLine(StringBuilder line, Writer out) throws IOException {
        lines++;
        String text = line.toString();
        if (insidePrivateKey) {
            // The body of a PEM private key spanning lines: masked until its END line.
            int end = text.indexOf("-----END");
            if (end < 0) {
                return;
            }
            insidePrivateKey = false;
            text = text.substring(end);
        }
        String redacted = redactor.redact(text, this::count);
        out.write(redacted);
        if (opensPrivateKeyBlock(text)) {
            insidePrivateKey = true;
        }
    }

    private static boolean opensPrivateKeyBlock(String text) {
        int begin = text.lastIndexOf("-----BEGIN ");
        return begin >= 0 && text.indexOf("PRIVATE KEY", begin) > 0 && text.indexOf("-----END", begin) < 0;
    }

    private void count(String detector) {
        counts.merge(detector, 1L, Long::sum);
    }

    String summary() {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder("logveil-scrub: ").append(lines).append(" lines, ").append(total)
            .append(total == 1 ? " secret" : " secrets").append(" masked");
        if (total > 0) {
            sb.append(':');
            counts.forEach((name, count) -> sb.append("\n  ").append(String.format("%-20s %d", name, count)));
        }
        return sb.toString();
    }

    Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    private String progressText(long size) {
        long mib = bytesRead >> 20;
        if (size <= 0) {
            return "\rscrubbed " + mib + " MiB";
        }
        return "\rscrubbed " + mib + " of " + (size >> 20) + " MiB (" + (bytesRead * 100 / size) + "%)";
    }

    private InputStream countingStream(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }

            @Override
            public void close() {
                // The caller owns the stream.
            }
        };
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
