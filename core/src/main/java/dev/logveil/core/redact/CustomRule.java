package dev.logveil.core.redact;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A user's rule: a regular expression and its replacement ({@code $1}-style group references allowed). Rules run on
 * RE2/J, whose matching time is linear in the input whatever the expression, so a rule cannot hang the logging
 * thread the way a backtracking {@code java.util.regex} pattern can.
 */
final class CustomRule {
    final String name;
    private final Pattern pattern;
    private final String replacement;

    CustomRule(String name, Pattern pattern, String replacement) {
        this.name = name;
        this.pattern = pattern;
        this.replacement = replacement;
    }

    /**
     * Applies the rule.
     *
     * @return the rewritten text, or {@code null} when the rule did not match
     */
    String apply(String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        do {
            matcher.appendReplacement(out, replacement);
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
