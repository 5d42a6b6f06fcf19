package dev.logveil.examples;

import java.time.Duration;

/**
 * How much traffic the scenario sends and how long it may take. Every loop of the scenario is bounded by a count and
 * by {@link #deadline()}.
 *
 * @param normalRequests requests of the normal-traffic phase
 * @param pace pause between two requests of the normal, bad-key and leak phases
 * @param warmup the least time between the start and the burst, so the anomaly appender has learned a normal rate
 * @param burstRequests failing requests of the burst
 * @param recoveryPace pause between two requests while waiting for the alert to resolve
 * @param alertTimeout how long to wait, after the burst, for the alert to fire and resolve
 * @param deadline the whole scenario stops by then, finished or not
 */
record ScenarioPlan(String name, int normalRequests, Duration pace, Duration warmup, int burstRequests,
                    Duration recoveryPace, Duration alertTimeout, Duration deadline) {

    /** The default run: about ten seconds of traffic. */
    static ScenarioPlan full() {
        return new ScenarioPlan("full", 32, Duration.ofMillis(60), Duration.ofSeconds(3), 40,
            Duration.ofMillis(250), Duration.ofSeconds(20), Duration.ofSeconds(50));
    }

    /** The CI run: the same phases with less traffic and shorter pauses (a few seconds). */
    static ScenarioPlan quick() {
        return new ScenarioPlan("quick", 8, Duration.ofMillis(10), Duration.ofMillis(2500), 30,
            Duration.ofMillis(200), Duration.ofSeconds(15), Duration.ofSeconds(30));
    }
}
