package dev.logveil.core.redact;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A user's rule: a regular expression and its replacement ({@code $1}-style group references allowed). Rules run on
 * RE2/J, whose matching time is linear in the input, so no rule backtracks the way a {@code java.util.regex} pattern
 * can. Linear is not cheap, though: RE2/J steps through every instruction of the compiled program for each character,
 * and nested repetition multiplies the program ({@code (?:.{1,100}){1,100}x} compiles to 20,000 instructions and
 * costs about a second per 2 KB line). So a rule's cost is bounded twice:
 * <ul>
 *   <li>when configured, by {@link RuleCost}: a small enough program, and no rule that matches the empty string
 *       (it would put the mask between every two characters);</li>
 *   <li>on every line: the characters RE2/J reads, times the program size, may not exceed
 *       {@value #STEP_BUDGET_PER_LINE} steps (about a tenth of a second) plus {@value #STEPS_PER_CHAR} per
 *       character of the line. An ordinary rule (tens of instructions, a few reads per character) never reaches
 *       it, however long the line; a costly one stops there with {@link BudgetExceeded}, and the redactor
 *       replaces the whole line by the mask.</li>
 * </ul>
 * Empty matches that only context allows ({@code \b}) are skipped rather than replaced.
 */
final class CustomRule {
    /** The RE2/J steps (characters read times instructions) one rule may spend on any line. */
    static final long STEP_BUDGET_PER_LINE = 50_000_000L;
    /** The steps one rule may spend per character of the line, on top of {@link #STEP_BUDGET_PER_LINE}. */
    static final long STEPS_PER_CHAR = 100L;

    final String name;
    private final Pattern pattern;
    private final String replacement;
    private final int programSize;

    CustomRule(String name, Pattern pattern, String replacement) {
        this.name = name;
        this.pattern = pattern;
        this.replacement = replacement;
        this.programSize = Math.max(1, pattern.programSize());
    }

    /**
     * Applies the rule.
     *
     * @return the rewritten text, or {@code null} when the rule did not match
     * @throws BudgetExceeded when matching this line costs more than its budget
     */
    String apply(String text) {
        long reads = (STEP_BUDGET_PER_LINE + STEPS_PER_CHAR * text.length()) / programSize;
        Matcher matcher = pattern.matcher(new BudgetedText(text, reads, this));
        StringBuilder out = null;
        while (matcher.find()) {
            if (matcher.start() == matcher.end()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            matcher.appendReplacement(out, replacement);
        }
        if (out == null) {
            return null;
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Thrown when a rule spends its budget on a line. Carries no stack trace and no text of the line. */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final transient CustomRule rule;
        final int lineLength;

        BudgetExceeded(CustomRule rule, int lineLength) {
            super("custom rule '" + rule.name + "' exceeded its budget", null, false, false);
            this.rule = rule;
            this.lineLength = lineLength;
        }
    }

    /**
     * The line as RE2/J reads it: every character read is counted (RE2/J reads through {@link #charAt}), and reading
     * past the budget throws. {@code java.util.regex} and RE2/J have no timeout; counting reads is deterministic,
     * where a clock would mask lines at random under a GC pause.
     */
    private static final class BudgetedText implements CharSequence {
        private final String text;
        private final CustomRule rule;
        private long readsLeft;

        BudgetedText(String text, long reads, CustomRule rule) {
            this.text = text;
            this.readsLeft = reads;
            this.rule = rule;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--readsLeft < 0) {
                throw new BudgetExceeded(rule, text.length());
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
