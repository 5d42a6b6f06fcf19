package dev.logveil.logback;

/** Secrets and harmless identifiers used by this module's tests; each detector in core recognises its secret. */
final class Secrets {
    static final String PASSWORD = "hunter2-Correct";
    static final String GITHUB_TOKEN = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
    static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        + "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    static final String OPENAI_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD";
    static final String CARD = "4111 1111 1111 1111";
    static final String URL_PASSWORD = "s3cr3tpw";

    static final String UUID = "123e4567-e89b-12d3-a456-426614174000";
    static final String REQUEST_ID = "req-7f3a9c2e";
    static final String KEY_ID = "3f2a9c1b0d4e5f60";

    /** Every secret above, to assert that none of them is left in a text. */
    static final String[] ALL = {PASSWORD, GITHUB_TOKEN, AWS_KEY, JWT, OPENAI_KEY, CARD, URL_PASSWORD};

    private Secrets() {
    }
}
