package dev.logveil.examples;

import java.util.List;

/**
 * Every secret the demo plants, each a fake value in the shape of the real thing. The scenario sends or provokes
 * each of them, and the output scan looks for each of them (and every 12-character piece of it) in what was written.
 * None is a live credential: where the format allows letters, they say {@code Demo0Fake}.
 */
final class DemoSecrets {

    /** A planted secret: a short description and the exact text that must never reach the logs. */
    record Secret(String name, String value) {
    }

    /** Alice's API key: valid; she sends it in the {@code X-API-Key} header. */
    static final String ALICE_KEY = "lvdemo_alice_Kq7Vw2Xr9Bt4Nm8Zp3Lc6Hd1";
    /** Bob's API key: valid; he sends it as the {@code key} query parameter. */
    static final String BOB_KEY = "lvdemo_bob_W7xQ2mK9pR4tB8nZ3cL6Jf5Gy";
    /** A well-formed key that is not one of the service's: rejected, but its key_id shows who keeps trying. */
    static final String MALLORY_KEY = "lvdemo_mallory_Tz5Rq8Wm2Xv7Kp4Nb9Yh3";
    /** A valid-looking key sent wrongly (with a scheme, in quotes, with a trailing line break): malformed. */
    static final String CAROL_KEY = "lvdemo_carol_Pj6Ds1Fg8Hk3Lz5Xc2Vb7Nq";

    /** The payment provider's key, in the service's gateway configuration (a Stripe-shaped secret key). */
    static final String STRIPE_KEY = "sk_live_Demo0Fake0Stripe0Key0Logveil";
    /** An identity token the service forwards upstream (a JWT). */
    static final String ID_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        + ".eyJzdWIiOiJkZW1vLWZha2UiLCJpYXQiOjE3MDAwMDAwMDB9.Demo0Fake0Signature0For0Logveil0abcdefgh";
    /** The report database's password, inside its connection URL. */
    static final String DB_PASSWORD = "Demo-Fake-Db-Pa55word";
    /** An AWS access key id and secret, in the report exporter's configuration. */
    static final String AWS_KEY_ID = "AKIAZDEMO0FAKE0KEYID";
    static final String AWS_SECRET = "Demo0Fake0Aws0Secret0Access0Key0Logveil01";
    /** The message broker's password, inside its URL. */
    static final String MQ_PASSWORD = "Demo-Fake-Mq-Secret-77";
    /** The path of a Slack incoming webhook (the path is the credential). */
    static final String SLACK_WEBHOOK_PATH = "T0DEMO000/B0FAKE000/Demo0Fake0Webhook0Path0x";
    /** A GitHub token a client sent by mistake as its request id. */
    static final String GITHUB_TOKEN = "ghp_Demo0Fake0Github0Token0For0Logveil0123";

    /** All of them, in the order the summary names them. */
    static final List<Secret> ALL = List.of(
        new Secret("alice's API key (X-API-Key header)", ALICE_KEY),
        new Secret("bob's API key (?key= query parameter)", BOB_KEY),
        new Secret("an unknown client's API key", MALLORY_KEY),
        new Secret("a key sent malformed", CAROL_KEY),
        new Secret("payment provider key (in a config's toString and a URL)", STRIPE_KEY),
        new Secret("JWT bearer token (in an exception message)", ID_TOKEN),
        new Secret("database password (in a cause's connection URL)", DB_PASSWORD),
        new Secret("AWS access key id (in a suppressed exception)", AWS_KEY_ID),
        new Secret("AWS secret access key (in a suppressed exception)", AWS_SECRET),
        new Secret("message broker password (in a URL, during the burst)", MQ_PASSWORD),
        new Secret("Slack webhook path (a log argument)", SLACK_WEBHOOK_PATH),
        new Secret("GitHub token (sent as a request id)", GITHUB_TOKEN));

    private DemoSecrets() {
    }
}
