package dev.logveil.core.keyid;

import java.util.Locale;

/**
 * The verdict of the key check ({@link KeyCheck#classify(String)}), rendered lowercase in the logs as
 * {@code key_status}. Only an {@link #OK} key gets a {@code key_id}.
 */
public enum KeyStatus {

    /** A well-formed key: it gets a {@code key_id}. Whether it is a valid credential is the auth code's decision. */
    OK,
    /** No key at all ({@code null}): the client sent no credential. */
    MISSING,
    /** A key that is blank after trimming spaces and tabs. */
    EMPTY,
    /** Not a plausible key: a character outside the key alphabet, a control character, or far too long. */
    MALFORMED;

    private final String value = name().toLowerCase(Locale.ROOT);
    private final String event = "auth.key_" + value;

    /** The value written as {@code key_status}: {@code ok}, {@code missing}, {@code empty} or {@code malformed}. */
    public String value() {
        return value;
    }

    /**
     * The standard event name auth code logs for this status: {@code auth.key_missing}, {@code auth.key_empty},
     * {@code auth.key_malformed} (and {@code auth.key_ok}), so alerting rules can match one vocabulary.
     */
    public String event() {
        return event;
    }

    /** Whether the key is well-formed and therefore has a {@code key_id}. */
    public boolean isOk() {
        return this == OK;
    }

    /** The lowercase {@link #value()}, as written to the logs. */
    @Override
    public String toString() {
        return value;
    }
}
