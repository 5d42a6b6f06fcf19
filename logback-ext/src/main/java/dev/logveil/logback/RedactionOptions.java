package dev.logveil.logback;

import ch.qos.logback.core.spi.ContextAware;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import java.util.HashSet;
import java.util.Set;

/**
 * The redaction options every Logveil Logback component accepts, in the vocabulary shared with the Log4j2 adapter
 * ({@code mask}, {@code fingerprint}, {@code sensitiveKeys}, {@code disable}, {@code enable}, {@code <rule>},
 * {@code escapeLineBreaks}), and their translation into a core {@link Redactor}. The components' JavaBean setters
 * delegate here, so the options read and validate the same in each of them.
 *
 * <p>Package-private: the logstash-logback-encoder value maskers reach it through {@link JsonValueRedaction}, and
 * applications configure the components, not this class.
 */
final class RedactionOptions {
    /**
     * The log-injection guard of the pattern layouts and {@code %redact(...)} is on unless
     * {@code <escapeLineBreaks>false</escapeLineBreaks>}: a line break in a value can otherwise forge a whole log
     * line (see {@code docs/security.md}).
     */
    static final boolean ESCAPE_LINE_BREAKS_BY_DEFAULT = true;

    private final RedactorConfig config = new RedactorConfig().setEscapeLineBreaks(ESCAPE_LINE_BREAKS_BY_DEFAULT);
    private final Set<String> reported = new HashSet<>();

    public void setMask(String mask) {
        config.setMask(mask);
    }

    public void setFingerprint(boolean fingerprint) {
        config.setFingerprint(fingerprint);
    }

    public void setSensitiveKeys(String commaList) {
        config.setSensitiveKeys(commaList);
    }

    public void setNonSensitiveKeys(String commaList) {
        config.setNonSensitiveKeys(commaList);
    }

    public void setDisable(String commaList) {
        config.setDisable(commaList);
    }

    public void setEnable(String commaList) {
        config.setEnable(commaList);
    }

    public void addRule(RedactionRule rule) {
        if (rule != null) {
            config.addRule(rule.getName(), rule.getRegex(), rule.getReplacement());
        }
    }

    public void setEscapeLineBreaks(boolean escapeLineBreaks) {
        config.setEscapeLineBreaks(escapeLineBreaks);
    }

    public boolean escapeLineBreaks() {
        return config.escapeLineBreaks();
    }

    /** A copy of the options as given so far, for a converter that refines them with its own option list. */
    RedactorConfig copyOfConfig() {
        return config.copy();
    }

    /**
     * Builds the redactor. Each invalid option is reported as an ERROR status of {@code owner}, prefixed with the
     * component's name; faults at run time become (rate-limited) WARN statuses. Never fails: the redactor is built
     * with safe defaults for whatever was invalid.
     */
    public Redactor build(ContextAware owner, String component) {
        config.setFaultListener(message -> owner.addWarn(component + ": " + message));
        return config.build(problem -> {
            reported.add(problem);
            owner.addError(component + ": " + problem);
        });
    }

    /** Whether {@link #build} has reported this problem already (a copy of the config would report it again). */
    boolean hasReported(String problem) {
        return reported.contains(problem);
    }
}
