package dev.logveil.logback;

import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.LifeCycle;
import dev.logveil.core.internal.line.KnownStrings;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.redact.Redactor;

/**
 * The redaction of the string values a JSON encoder writes, configured like every Logveil Logback component, for the
 * logstash-logback-encoder integrations: {@code logveil-logstash} (Jackson 3) and {@code logveil-logstash-jackson2}
 * (Jackson 2) differ only in the Jackson types of their {@code ValueMasker} and generator, so the policy and the
 * options live here once. A value under one of Logveil's own keys is left as it is, one under a sensitive field name
 * is masked whole, any other string is scanned; field names and short values already judged are remembered.
 *
 * <p>Applications configure the subclasses ({@code dev.logveil.logstash.RedactingValueMasker} and its Jackson 2
 * twin), not this class. Until Logback starts the component it redacts with the defaults, never not at all.
 */
public abstract class JsonValueRedaction extends ContextAwareBase implements LifeCycle {
    private final RedactionOptions options = new RedactionOptions();
    private volatile Verdicts verdicts = new Verdicts(Redactor.defaults());
    private volatile boolean started;

    /** The text that replaces a secret; default {@code [REDACTED]}. */
    public void setMask(String mask) {
        options.setMask(mask);
    }

    /** Replace each secret by the mask plus a short fingerprint of it, to correlate without revealing; default off. */
    public void setFingerprint(boolean fingerprint) {
        options.setFingerprint(fingerprint);
    }

    /** Comma-separated key names whose values are masked, added to the built-in names. */
    public void setSensitiveKeys(String commaList) {
        options.setSensitiveKeys(commaList);
    }

    /**
     * Comma-separated key names that are never judged sensitive by their name, although their words would make them
     * so (e.g. {@code token_type}); their values are still scanned.
     */
    public void setNonSensitiveKeys(String commaList) {
        options.setNonSensitiveKeys(commaList);
    }

    /** Comma-separated names of built-in detectors to turn off. */
    public void setDisable(String commaList) {
        options.setDisable(commaList);
    }

    /** Comma-separated names of opt-in detectors to turn on ({@code email}, {@code ip_address}, ...). */
    public void setEnable(String commaList) {
        options.setEnable(commaList);
    }

    /** Adds a custom rule ({@code <rule><name/><regex/><replacement/></rule>}). */
    public void addRule(RedactionRule rule) {
        options.addRule(rule);
    }

    /** The same as {@code <rule>}, under the name of Log4j2's {@code <RedactionRule>}: {@code <redactionRule>}. */
    public void addRedactionRule(RedactionRule rule) {
        addRule(rule);
    }

    /**
     * The text to write instead of {@code text}, found under {@code field} ({@code null} in an array or at the
     * root): the mask when the field name is a sensitive key, the redacted text when it held a secret, and
     * {@code null} when it is clean.
     */
    public final String redactedOrNull(String field, String text) {
        if (isOwnField(field)) {
            // Logveil's own keys (key_id, request_id, anomaly.*) hold ids and figures, decided by the shared policy:
            // a key_id of sixteen Luhn-valid digits is not a card.
            return null;
        }
        String masked = maskedOrNull(field, text);
        if (masked != null) {
            return masked;
        }
        Verdicts known = verdicts;
        if (known.cleanValues.contains(text)) {
            return null;
        }
        String redacted = known.redactor.redact(text);
        if (redacted == text) {
            known.cleanValues.remember(text);
            return null;
        }
        return redacted;
    }

    /** The mask for {@code value} when {@code field} is a sensitive key name; otherwise {@code null}. */
    public final String maskedOrNull(String field, CharSequence value) {
        return isSensitiveField(field) ? verdicts.redactor.maskValue(value) : null;
    }

    /** Whether a value under {@code field} is left as it is: {@code field} is one of Logveil's own keys. */
    public final boolean isOwnField(String field) {
        return RedactionPolicy.isOwnKey(field);
    }

    /** Whether a value under {@code field} is masked whole (never under one of Logveil's own keys). */
    public final boolean isSensitiveField(String field) {
        if (field == null || isOwnField(field)) {
            return false;
        }
        Verdicts known = verdicts;
        if (known.plainFields.contains(field)) {
            return false;
        }
        if (known.redactor.isSensitiveKey(field)) {
            return true;
        }
        known.plainFields.remember(field);
        return false;
    }

    /** Redacts {@code text} in place; whether anything was replaced. */
    public final boolean redactInPlace(StringBuilder text) {
        return verdicts.redactor.redact(text, 0);
    }

    @Override
    public void start() {
        // The simple class name: the decorator that extends this class reports under its own name.
        verdicts = new Verdicts(options.build(this, getClass().getSimpleName()));
        started = true;
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isStarted() {
        return started;
    }

    /**
     * The redactor and what it has already judged. Field names and short values such as logger and thread names are
     * the same String instances on every event, so each is checked once; a new redactor starts with empty tables.
     */
    private static final class Verdicts {
        final Redactor redactor;
        final KnownStrings plainFields = new KnownStrings();
        final KnownStrings cleanValues = new KnownStrings();

        Verdicts(Redactor redactor) {
            this.redactor = redactor;
        }
    }
}
