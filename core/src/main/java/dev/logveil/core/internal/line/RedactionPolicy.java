package dev.logveil.core.internal.line;

import dev.logveil.core.anomaly.AnomalyContextKeys;
import dev.logveil.core.keyid.KeyIdFields;
import dev.logveil.core.redact.Redactor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How each {@link OutputKind} of text is redacted: the one decision every Logveil adapter and integration applies,
 * so that the same value is redacted the same way whichever framework, converter or field writes it.
 *
 * <ul>
 *   <li>{@link OutputKind#KEYED_VALUE}, {@link OutputKind#RENDERED_MAP}, {@link OutputKind#KEY_VALUE_PAIRS}: each
 *       value by {@link #valueUnderKey}: masked whole under a key that names a secret (a detector cannot know where
 *       {@code correct horse battery staple} ends), untouched under a key Logveil writes itself
 *       ({@link #isOwnKey}), scanned otherwise;</li>
 *   <li>{@link OutputKind#FREE_TEXT}, {@link OutputKind#NAME}, {@link OutputKind#LITERAL},
 *       {@link OutputKind#EXCEPTION}: scanned by the detectors ({@link #text});</li>
 *   <li>{@link OutputKind#INERT}: left alone.</li>
 * </ul>
 *
 * <p>With the log-injection guard on, a line is redacted first and escaped second ({@link #escape}), so that an
 * escaped line break can never hide a key from the detectors; see {@link LineRedaction} for a line written segment by
 * segment.
 *
 * <p>Immutable and thread-safe; it takes and returns JDK types only.
 */
public final class RedactionPolicy {
    /** The context keys Logveil writes itself; their values are ids and figures, never secrets. */
    private static final Set<String> OWN_KEYS = ownKeys();
    /** A value any detector judging a value by its shape would take for a secret; see {@link #literalTrust}. */
    private static final String SECRET_PROBE = "Zq7Xw9Rt4Yp2Lm8Vb3Nc6K";

    private final Redactor redactor;
    private final boolean escapeLineBreaks;

    /**
     * A policy over {@code redactor}.
     *
     * @param escapeLineBreaks whether text is escaped against log injection after it is redacted
     */
    public RedactionPolicy(Redactor redactor, boolean escapeLineBreaks) {
        this.redactor = redactor == null ? Redactor.defaults() : redactor;
        this.escapeLineBreaks = escapeLineBreaks;
    }

    /** A policy over {@code redactor}, without the log-injection guard. */
    public static RedactionPolicy of(Redactor redactor) {
        return new RedactionPolicy(redactor, false);
    }

    /** The redactor this policy applies. */
    public Redactor redactor() {
        return redactor;
    }

    /** Whether text is escaped against log injection after it is redacted. */
    public boolean escapesLineBreaks() {
        return escapeLineBreaks;
    }

    /**
     * Whether {@code key} is one Logveil writes itself: {@code key_id}, {@code key_origin}, {@code key_status},
     * {@code request_id} and the anomaly alert's {@code anomaly.*} fields. Their values are never redacted.
     */
    public static boolean isOwnKey(CharSequence key) {
        return key != null && OWN_KEYS.contains(key.toString());
    }

    /** Whether the value under {@code key} is masked whole: the key names a secret and is not one of our own. */
    public boolean masksWhole(CharSequence key) {
        return key != null && !isOwnKey(key) && redactor.isSensitiveKey(key);
    }

    /**
     * A value under a named key, redacted: untouched under one of our own keys, masked whole under a key that names
     * a secret, scanned otherwise.
     *
     * @return {@code value} itself when nothing changed ({@code null} for {@code null})
     */
    public String valueUnderKey(CharSequence key, String value) {
        if (value == null || isOwnKey(key)) {
            return value;
        }
        if (key != null && redactor.isSensitiveKey(key)) {
            return redactor.maskValue(value);
        }
        return redactor.redact(value);
    }

    /**
     * A text of a kind that is scanned ({@link OutputKind#FREE_TEXT}, {@link OutputKind#NAME},
     * {@link OutputKind#LITERAL}, {@link OutputKind#EXCEPTION}, or a rendered map or pairs only available as text),
     * redacted; {@link OutputKind#INERT} text is returned as it is.
     *
     * @return {@code text} itself when nothing changed
     */
    public String text(OutputKind kind, String text) {
        return kind == OutputKind.INERT ? text : redactor.redact(text);
    }

    /**
     * Appends {@code entries} in {@code format}, each value decided by {@link #valueUnderKey}. Values are written
     * with {@code String.valueOf}.
     */
    public void appendEntries(Iterable<? extends Map.Entry<?, ?>> entries, EntryFormat format, StringBuilder out) {
        out.append(format.open);
        boolean first = true;
        for (Map.Entry<?, ?> entry : entries) {
            if (!first) {
                out.append(format.separator);
            }
            first = false;
            String key = String.valueOf(entry.getKey());
            out.append(key).append('=').append(format.quote)
                .append(valueUnderKey(key, String.valueOf(entry.getValue()))).append(format.quote);
        }
        out.append(format.close);
    }

    /**
     * A {@link Map} as its own {@code toString()} renders it, redacted by {@link #appendEntries} with
     * {@link EntryFormat#JAVA_MAP}; {@code null} when the map's class renders itself some other way (its
     * {@code toString()} is not {@code AbstractMap}'s), so that the caller scans its text as free text instead.
     */
    public String javaMap(Map<?, ?> map) {
        if (map == null || !rendersLikeAbstractMap(map)) {
            return null;
        }
        StringBuilder out = new StringBuilder(64);
        appendEntries(map.entrySet(), EntryFormat.JAVA_MAP, out);
        return out.toString();
    }

    private static boolean rendersLikeAbstractMap(Map<?, ?> map) {
        try {
            return map.getClass().getMethod("toString").getDeclaringClass() == AbstractMap.class;
        } catch (NoSuchMethodException | SecurityException e) {
            return false;
        }
    }

    /**
     * Escapes {@code sb[from, to)} against log injection as text of {@code kind} is escaped, when this policy's guard
     * is on: {@link OutputKind#INERT} and {@link OutputKind#LITERAL} text is the configuration's and stays as it is;
     * {@link OutputKind#EXCEPTION} text keeps the line breaks before continuation lines;
     * {@link OutputKind#STYLED_TEXT} keeps its ANSI colour codes; every other kind has all its line breaks and
     * control characters escaped (see {@link LogInjectionGuard}).
     *
     * @return where the range now ends
     */
    public int escape(OutputKind kind, StringBuilder sb, int from, int to) {
        if (!escapeLineBreaks || kind == OutputKind.INERT || kind == OutputKind.LITERAL) {
            return to;
        }
        if (kind == OutputKind.EXCEPTION) {
            return LogInjectionGuard.escapeExceptionText(sb, from, to);
        }
        return kind == OutputKind.STYLED_TEXT ? LogInjectionGuard.escapeKeepingColours(sb, from, to)
            : LogInjectionGuard.escape(sb, from, to);
    }

    /**
     * How far a literal of a pattern can be trusted: {@link SegmentTrust#INERT} when it holds only spaces, brackets
     * and separators; {@link SegmentTrust#UNKNOWN} when it could be the key of a secret written right after it
     * ({@code "api_key="}, {@code " token: "}), so that it is scanned with that value; {@link SegmentTrust#KNOWN_CLEAN}
     * otherwise ({@code " | user="}), so that it does not drag keyed values the policy has decided, such as a
     * {@code key_id}, into a scan of their own.
     */
    public SegmentTrust literalTrust(CharSequence literal) {
        if (LineRedaction.isInertLiteral(literal)) {
            return SegmentTrust.INERT;
        }
        String probe = literal + SECRET_PROBE;
        return redactor.redact(probe).equals(probe) ? SegmentTrust.KNOWN_CLEAN : SegmentTrust.UNKNOWN;
    }

    /** A line redaction that applies this policy segment by segment. */
    public LineRedaction lineRedaction() {
        return new LineRedaction(this);
    }

    private static Set<String> ownKeys() {
        Set<String> keys = new HashSet<>(Set.of(KeyIdFields.KEY_ID, KeyIdFields.KEY_ORIGIN, KeyIdFields.KEY_STATUS,
            KeyIdFields.REQUEST_ID));
        // Every context key of the alert event, read from its one list so that a field added there is covered here.
        for (Field field : AnomalyContextKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !"LOGGER".equals(field.getName())) {
                try {
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Set.copyOf(keys);
    }

    /** How {@link #appendEntries} renders entries: around them, between them, and around each value. */
    public static final class EntryFormat {
        /** {@code {k=v, k2=v2}}, as {@code AbstractMap.toString()} and Log4j2's {@code %X} render a map. */
        public static final EntryFormat JAVA_MAP = new EntryFormat("{", ", ", "", "}");
        /** {@code k=v, k2=v2}, as Logback's {@code %X} renders the MDC. */
        public static final EntryFormat COMMA_LIST = new EntryFormat("", ", ", "", "");

        private final String open;
        private final String separator;
        private final String quote;
        private final String close;

        /**
         * A format: {@code open}, then each entry as key, {@code =}, {@code quote}, value, {@code quote}, with
         * {@code separator} between two entries, then {@code close}.
         */
        public EntryFormat(String open, String separator, String quote, String close) {
            this.open = open;
            this.separator = separator;
            this.quote = quote;
            this.close = close;
        }

        /** {@code k="v" k2="v2"} with the given quote, as Logback's {@code %kvp} and Log4j2's map messages render. */
        public static EntryFormat keyValuePairs(String quote) {
            return new EntryFormat("", " ", quote, "");
        }
    }
}
