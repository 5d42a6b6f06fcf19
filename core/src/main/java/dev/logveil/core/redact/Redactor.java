package dev.logveil.core.redact;

import dev.logveil.core.internal.status.Faults;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.util.List;

/**
 * Removes secrets from log text. Immutable and thread-safe: build one from a {@link RedactorConfig} when the logging
 * component starts and call it on every line.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>a text with no secret comes back as the same {@code String} instance, and nothing is allocated (with the
 *       default detectors and no custom rules);</li>
 *   <li>time linear in the length of the text for every input;</li>
 *   <li>idempotent: redacting redacted text changes nothing;</li>
 *   <li>never throws: if the engine fails, or a custom rule spends its budget on the text, the whole text is
 *       replaced by the mask (fail closed) and the fault is reported to the configured
 *       {@link RedactionFaultListener}, at most once a minute.</li>
 * </ul>
 */
public final class Redactor {
    /** The least time between two fault reports of one redactor. */
    public static final long FAULT_REPORT_INTERVAL_MILLIS = 60_000;

    private static final Redactor DEFAULTS = new RedactorConfig().build(null);

    private final ScanEngine engine;
    /** An array, not a list: iterating a list would allocate an iterator on every line. */
    private final CustomRule[] rules;
    private final Masker masker;
    private final ThrottledReporter faults;

    Redactor(ScanEngine engine, List<CustomRule> rules, Masker masker, RedactionFaultListener faultListener) {
        this.engine = engine;
        this.rules = rules.toArray(new CustomRule[0]);
        this.masker = masker;
        this.faults = new ThrottledReporter(faultListener::redactionFailed, FAULT_REPORT_INTERVAL_MILLIS);
    }

    /** A redactor with the built-in detectors, the default key names and the default mask. */
    public static Redactor defaults() {
        return DEFAULTS;
    }

    /** Receives the name of the detector or custom rule behind each replacement, e.g. for counting. */
    @FunctionalInterface
    public interface MatchListener {
        void matched(String detectorName);
    }

    /**
     * Redacts a text.
     *
     * @return {@code text} itself when it holds no secret (and for {@code null}); otherwise the redacted text
     */
    public String redact(String text) {
        return redact(text, null);
    }

    /** Like {@link #redact(String)}, telling {@code listener} what was replaced. */
    public String redact(String text, MatchListener listener) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        try {
            StringBuilder out = engine.scan(text, toEngineListener(listener));
            String result = out == null ? text : out.toString();
            return applyRules(result, listener);
        } catch (Throwable t) {
            reportFault(t);
            return masker.mask();
        }
    }

    /**
     * Redacts {@code sb} from index {@code from} to its end, in place.
     *
     * @return whether anything was replaced
     */
    public boolean redact(StringBuilder sb, int from) {
        if (sb == null || from >= sb.length()) {
            return false;
        }
        return Chars.rangeStart(redactInPlace(sb, from, sb.length())) != 0;
    }

    /**
     * Redacts {@code sb[from, to)} in place; the text after {@code to} moves with the change of length and is not
     * looked at. A range is redacted as if it were a whole text: a key just before {@code from} is not seen.
     *
     * @return where the redacted range now ends ({@code to} when nothing was replaced)
     */
    public int redactRange(StringBuilder sb, int from, int to) {
        if (sb == null || from >= to) {
            return to;
        }
        return Chars.rangeEnd(redactInPlace(sb, from, to));
    }

    /** Redacts {@code sb[from, to)}; returns whether anything changed (1 or 0) and the range's new end, packed. */
    private long redactInPlace(StringBuilder sb, int from, int to) {
        try {
            boolean changed = false;
            int end = to;
            StringBuilder out = engine.scan(sb, from, to, null);
            if (out != null) {
                if (to == sb.length()) {
                    sb.setLength(from);
                    sb.append(out);
                } else {
                    sb.delete(from, to).insert(from, out);
                }
                end = from + out.length();
                changed = true;
            }
            if (rules.length > 0) {
                String range = sb.substring(from, end);
                String result = applyRules(range, null);
                if (!result.equals(range)) {
                    sb.replace(from, end, result);
                    end = from + result.length();
                    changed = true;
                }
            }
            return Chars.range(changed ? 1 : 0, end);
        } catch (Throwable t) {
            reportFault(t);
            int end = Math.min(to, sb.length());
            int start = Math.min(from, end);
            // Keep the line break that ends the range: a masked line must not run into the next one.
            int lineBreak = end > start && sb.charAt(end - 1) == '\n'
                ? (end - 1 > start && sb.charAt(end - 2) == '\r' ? 2 : 1) : 0;
            sb.replace(start, end - lineBreak, masker.mask());
            return Chars.range(1, start + masker.mask().length() + lineBreak);
        }
    }

    /** Whether custom rules are configured: they match across the whole text, not inside detector boundaries. */
    public boolean hasCustomRules() {
        return rules.length > 0;
    }

    /**
     * Whether a structured key (an MDC or ThreadContext key, an SLF4J key-value key, a JSON field name) names a
     * secret, so that its value must be masked whole.
     */
    public boolean isSensitiveKey(CharSequence key) {
        try {
            return key != null && engine.isSensitiveKey(key);
        } catch (RuntimeException e) {
            reportFault(e);
            return true;
        }
    }

    /** What replaces a whole value: the mask, or in fingerprint mode the mask with the value's fingerprint. */
    public String maskValue(CharSequence value) {
        try {
            return masker.replacementFor(value == null ? "" : value);
        } catch (RuntimeException e) {
            reportFault(e);
            return masker.mask();
        }
    }

    /** The configured mask, e.g. {@code [REDACTED]}. */
    public String mask() {
        return masker.mask();
    }

    /** Whether the named built-in detector is on in this redactor. */
    public boolean isEnabled(BuiltInDetector detector) {
        return engine.isOn(detector);
    }

    private String applyRules(String text, MatchListener listener) {
        String result = text;
        for (CustomRule rule : rules) {
            String rewritten = rule.apply(result);
            if (rewritten != null && !rewritten.equals(result)) {
                result = rewritten;
                if (listener != null) {
                    listener.matched(rule.name);
                }
            }
        }
        return result;
    }

    private static ScanEngine.MatchListener toEngineListener(MatchListener listener) {
        return listener == null ? null : detector -> listener.matched(detector.id());
    }

    private void reportFault(Throwable t) {
        if (t instanceof CustomRule.BudgetExceeded) {
            CustomRule.BudgetExceeded spent = (CustomRule.BudgetExceeded) t;
            faults.report("custom rule '" + spent.rule.name + "' exceeded its budget on a text of "
                + spent.lineLength + " characters; the text was replaced by the mask. Narrow the rule's"
                + " repetitions ({m,n}, nested groups) to make it cheaper");
        } else {
            faults.report("Redaction failed (" + Faults.typeOf(t) + "); the text was replaced by the mask");
        }
    }
}
