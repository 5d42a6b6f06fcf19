package dev.logveil.core.redact;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether a custom rule is cheap enough to run on every line, decided when it is configured. RE2/J matches in time
 * linear in the line, but proportional to the size of the compiled program too, and nested counted repetitions
 * multiply that size: {@code (?:.{1,1000}){1,1000}x} is a million instructions, which takes minutes per line, and
 * compiling it alone can overflow the stack. So:
 * <ol>
 *   <li>before compiling, the product of nested repetition counts is estimated from the text of the regex, and a
 *       regex far beyond the limit is refused without being compiled;</li>
 *   <li>after compiling, the real program may have at most {@value #MAX_PROGRAM_SIZE} instructions;</li>
 *   <li>a rule that matches the empty string is refused: it would put the mask between every two characters.</li>
 * </ol>
 * What remains is bounded on every line by {@link CustomRule}'s budget.
 */
final class RuleCost {
    /** The largest compiled program a rule may have, in RE2/J instructions. */
    static final int MAX_PROGRAM_SIZE = 1_000;
    /** Beyond this product of nested repetition counts a regex is not even compiled. */
    private static final long MAX_REPETITION_PRODUCT = 10L * MAX_PROGRAM_SIZE;
    /** Probes for empty matches: the characters rules see (words, separators, line breaks), cheap to match. */
    private static final String EMPTY_MATCH_PROBE = "a1 =:\"'/.,-_\n\tZ9 ";

    private RuleCost() {
    }

    /** Why the regex must not be compiled, or {@code null}. */
    static String beforeCompiling(String regex) {
        long product = repetitionProduct(regex);
        if (product > MAX_REPETITION_PRODUCT) {
            return "repeats " + product + " times when its nested repetitions are multiplied out, far more than a"
                + " rule may cost (" + MAX_PROGRAM_SIZE + " instructions); narrow the counts";
        }
        return null;
    }

    /** Why the compiled rule must not run, or {@code null}. */
    static String afterCompiling(Pattern pattern) {
        if (pattern.programSize() > MAX_PROGRAM_SIZE) {
            return "compiles to " + pattern.programSize() + " instructions, more than the " + MAX_PROGRAM_SIZE
                + " a rule may have (nested repetitions such as (?:.{1,100}){1,100} multiply); narrow the counts";
        }
        if (pattern.matcher("").find() || matchesEmptyWithin(pattern)) {
            return "matches the empty string, so it would put the mask between every two characters; make it"
                + " match at least one character (+ instead of *)";
        }
        return null;
    }

    private static boolean matchesEmptyWithin(Pattern pattern) {
        Matcher matcher = pattern.matcher(EMPTY_MATCH_PROBE);
        while (matcher.find()) {
            if (matcher.start() == matcher.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The largest product of nested repetition counts in the regex: {@code (?:a{1,10}){1,100}} gives 1,000. An
     * estimate from the text (escapes and character classes skipped, {@code *} and {@code +} counted once, an open
     * bound {@code {m,}} as {@code m + 1}), enough to refuse what would blow up before it is compiled.
     */
    static long repetitionProduct(String regex) {
        Deque<long[]> groups = new ArrayDeque<>();
        long widest = 1;
        long current = 1;
        long previous = 1;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                previous = 1;
                i += 2;
            } else if (c == '[') {
                previous = 1;
                i = skipClass(regex, i);
            } else if (c == '(') {
                groups.push(new long[] {current});
                current = 1;
                i++;
            } else if (c == ')') {
                previous = current;
                current = groups.isEmpty() ? 1 : groups.pop()[0];
                i++;
            } else if (c == '{' && i + 1 < regex.length() && Character.isDigit(regex.charAt(i + 1))) {
                int close = regex.indexOf('}', i);
                long count = close < 0 ? 1 : upperCount(regex.substring(i + 1, close));
                long product = saturatingProduct(Math.max(1, previous), count);
                current = Math.max(current, product);
                previous = product;
                i = close < 0 ? regex.length() : close + 1;
            } else {
                previous = 1;
                i++;
            }
            widest = Math.max(widest, Math.max(current, previous));
        }
        return widest;
    }

    private static long saturatingProduct(long a, long b) {
        long limit = Long.MAX_VALUE / 4;
        return b != 0 && a > limit / b ? limit : a * b;
    }

    private static int skipClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            i += regex.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static long upperCount(String bounds) {
        try {
            int comma = bounds.indexOf(',');
            if (comma < 0) {
                return Long.parseLong(bounds.trim());
            }
            String upper = bounds.substring(comma + 1).trim();
            return upper.isEmpty() ? Long.parseLong(bounds.substring(0, comma).trim()) + 1 : Long.parseLong(upper);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
