package dev.logveil.benchmarks;

import dev.logveil.core.redact.Redactor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How fast any per-character scan can be on this machine, as the yardstick for the engine's speed targets.
 * {@code oneLookupFloor} is the floor the targets are stated against: it reads each character with {@code charAt}
 * and ORs one table lookup per character, with no branch on the data and no detection. Two further
 * skeletons look at every character of the line and do no detection work at all: {@code wordSkipSkeleton} has the
 * engine's shape (a tight loop over word interiors, one table lookup at each word start and each punctuation
 * mark); {@code branchFreeSkeleton} looks up every character and every character pair without a data-dependent
 * branch, the usual remedy for the branch mispredictions at word boundaries. Both read the line from a reused
 * {@code char[]}, as the engine does. {@code engine} is {@code Redactor.defaults().redact} on the same line.
 *
 * <p>The skeletons are not detectors; they exist to tell the cost of reading a log line character by character
 * apart from the cost of the detection Logveil adds to it. Run, after
 * {@code mvn -B -ntp -pl benchmarks -am package -DskipTests}:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ScanFloorBenchmark -f 1 -wi 3 -i 5 -w 1s -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScanFloorBenchmark {
    /** Word characters. */
    private static final byte WORD = 1;
    /** Characters where a detector may start: {@code = : - @}. */
    private static final byte OPERATOR = 2;
    /** Class of every char (64 KiB, so no {@code c < 128} test is needed). */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];
    /** Every char folded to ASCII (0 for the rest), to index the pair table. */
    private static final byte[] ASCII = new byte[Character.MAX_VALUE + 1];
    /** The first two characters of the engine's token prefixes. */
    private static final byte[] PAIRS = new byte[128 * 128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = (byte) c;
            if (Character.isLetterOrDigit(c) || c == '_') {
                CLASS[c] = WORD;
            }
        }
        for (char c : "=:-@".toCharArray()) {
            CLASS[c] = OPERATOR;
        }
        for (String prefix : new String[] {"AK", "AS", "AI", "gh", "gl", "xo", "xa", "sk", "rk", "ey", "Be", "be",
            "sh", "do", "da", "ke", "ap", "hv", "np", "wh", "ya", "hf", "SG", "py", "sn"}) {
            PAIRS[(prefix.charAt(0) << 7) | prefix.charAt(1)] = 1;
        }
    }

    /**
     * A 128-character clean line full of the places where a detector must look twice: a query string,
     * {@code Header: value} text and {@code k=v} pairs, none of them secret.
     */
    static final String TRIGGER_RICH = "GET /search?q=shoes&page=2&sort=price Host: shop.example.com "
        + "Accept: text/html status=200 bytes=5120 region=eu-west-1 cache=miss";

    /**
     * The trigger-rich line's shapes with the dirty line's three secrets in them (a password in the query string, a
     * bearer token, an AWS key id): the layouts' trigger-rich dirty event.
     */
    static final String TRIGGER_RICH_DIRTY = "GET /search?q=shoes&page=2&password=hunter2 Host: shop.example.com "
        + "Authorization: Bearer abc.def-123456789 key AKIAZLOGVEIL0FAKE0ID status=200 region=eu-west-1";

    /**
     * {@code access}: the engine benchmark's clean 123-character line; {@code prose}: 126 characters of words;
     * {@code triggers}: {@link #TRIGGER_RICH}.
     */
    @Param({"access", "prose", "triggers"})
    public String line;

    private String text;
    private final char[] buffer = new char[512];
    private final Redactor redactor = Redactor.defaults();

    @Setup
    public void setUp() {
        text = switch (line) {
            case "access" -> RedactorBenchmark.CLEAN;
            case "triggers" -> TRIGGER_RICH;
            default -> "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
                + "labore et dolore magna aliqua ut en";
        };
    }

    /** The yardstick: one {@code charAt} and one table lookup per character, ORed, with no branch on the data. */
    @Benchmark
    public int oneLookupFloor() {
        String s = text;
        int n = s.length();
        int found = 0;
        for (int i = 0; i < n; i++) {
            found |= CLASS[s.charAt(i)];
        }
        return found;
    }

    @Benchmark
    public int wordSkipSkeleton() {
        int n = text.length();
        char[] s = buffer;
        text.getChars(0, n, s, 0);
        s[n] = 0;
        int found = 0;
        int i = 0;
        while (i < n) {
            char c = s[i];
            int kind = CLASS[c];
            if ((kind & WORD) == 0) {
                found |= kind;
                i++;
                continue;
            }
            found |= PAIRS[(ASCII[c] << 7) | ASCII[s[i + 1]]];
            i++;
            while (i < n && (CLASS[s[i]] & WORD) != 0) {
                i++;
            }
        }
        return found;
    }

    @Benchmark
    public int branchFreeSkeleton() {
        int n = text.length();
        char[] s = buffer;
        text.getChars(0, n, s, 0);
        s[n] = 0;
        int found = 0;
        int previousWord = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            int kind = CLASS[c];
            int word = kind & WORD;
            int wordStart = word & ~previousWord;
            found |= (PAIRS[(ASCII[c] << 7) | ASCII[s[i + 1]]] & wordStart) | (kind >> 1);
            previousWord = word;
        }
        return found;
    }

    @Benchmark
    public String engine() {
        return redactor.redact(text);
    }
}
