package dev.logveil.core.internal.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.anomaly.AnomalyConfig;
import dev.logveil.core.anomaly.AnomalyContextKeys;
import dev.logveil.core.anomaly.AnomalySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The detector's decisions on exact, hand-made traffic (no randomness): every figure below can be worked out by
 * hand. Buckets are 10 s at the default 60 s window; the default baseline half-life is 30 min.
 */
class ErrorRateDetectorTest {
    private static final long SECOND = 1_000L;
    private static final long MINUTE = 60 * SECOND;

    /** 6 errors per 10 s bucket for 10 minutes: a learned baseline of 36 per window with no variance. */
    private static DetectorRun warmedUp(AnomalyConfig config) {
        return new DetectorRun(config.build(null)).constant(60, 6);
    }

    @Test
    void aTenfoldSpikeFiresInThreeBucketsAndResolvesTwoWindowsAfterItEnds() {
        DetectorRun run = warmedUp(new AnomalyConfig());
        long start = run.now;

        run.constant(30, 60, "com.acme.Db", "java.net.ConnectException", "3f2a9c0d1e4b5a6f");
        long end = run.now;
        run.constant(30, 6);

        assertThat(run.alerts).extracting(AnomalyAlert::kind).containsExactly(AlertKind.FIRING, AlertKind.RESOLVED);
        AnomalyAlert firing = run.alerts.get(0);
        // Bucket 2 is the first hot one (3*6 + 2*60... = 144 >= 3 * 36), bucket 3 confirms it.
        assertThat(firing.atMillis() - start).isEqualTo(30 * SECOND);
        assertThat(firing.startedAtMillis() - start).isEqualTo(10 * SECOND);
        assertThat(firing.count()).isEqualTo(3 * 6 + 3 * 60);
        assertThat(firing.expected()).isEqualTo(36.0);
        assertThat(firing.z()).isEqualTo((198 - 36) / 6.0);
        assertThat(firing.message()).isEqualTo("error-rate anomaly firing: 198 errors in 1m (3.30/s), expected 36.0"
            + " (5.5x), z=27.0; top loggers: com.acme.Db=180, com.acme.Service=18; top exceptions:"
            + " java.net.ConnectException=180; top key_ids: 3f2a9c0d1e4b5a6f=180");

        AnomalyAlert resolved = run.alerts.get(1);
        // The spike leaves the window after 6 buckets; then it must stay calm for one window (6 evaluations).
        assertThat(resolved.atMillis() - end).isEqualTo(110 * SECOND);
        assertThat(resolved.expected()).as("the baseline stayed frozen").isEqualTo(36.0);
        assertThat(resolved.peak()).isEqualTo(360);
        assertThat(resolved.total()).isEqualTo(198 + 27 * 60 + 11 * 6);
        assertThat(resolved.topLoggers()).containsExactly(new TopEntry("com.acme.Db", 1800),
            new TopEntry("com.acme.Service", 18 + 11 * 6));
        assertThat(resolved.message()).startsWith("error-rate anomaly resolved after 6m40s: 36 errors in 1m (0.60/s),"
            + " expected 36.0 (1.0x), z=0.0; 1884 errors since 1970-01-01T00:10:10Z, peak 360 in 1m; top loggers:");
    }

    @Test
    void theAlertCarriesItsFiguresAsContextData() {
        DetectorRun run = warmedUp(new AnomalyConfig());
        run.constant(3, 60, "com.acme.Db", "java.net.ConnectException", "3f2a9c0d1e4b5a6f");

        assertThat(run.alerts).hasSize(1);
        assertThat(run.alerts.get(0).contextData()).containsExactly(
            entry(AnomalyContextKeys.STATE, "firing"),
            entry(AnomalyContextKeys.COUNT, "198"),
            entry(AnomalyContextKeys.WINDOW, "60"),
            entry(AnomalyContextKeys.RATE, "3.300"),
            entry(AnomalyContextKeys.EXPECTED, "36.00"),
            entry(AnomalyContextKeys.RATIO, "5.5"),
            entry(AnomalyContextKeys.Z, "27.00"),
            entry(AnomalyContextKeys.STARTED, "1970-01-01T00:10:10Z"),
            entry(AnomalyContextKeys.DURATION, "20"),
            entry(AnomalyContextKeys.TOTAL, "198"),
            entry(AnomalyContextKeys.PEAK, "198"),
            entry(AnomalyContextKeys.TOP_LOGGERS, "com.acme.Db=180, com.acme.Service=18"),
            entry(AnomalyContextKeys.TOP_EXCEPTIONS, "java.net.ConnectException=180"),
            entry(AnomalyContextKeys.TOP_KEY_IDS, "3f2a9c0d1e4b5a6f=180"));
    }

    @Test
    void aWindowThatIsHotForFewerEvaluationsThanSustainDoesNotFire() {
        // 5 * 6 + 80 = 110 >= 3 * 36 is hot once; the quiet bucket after it makes 4 * 6 + 80 = 104 < 108.
        DetectorRun run = warmedUp(new AnomalyConfig());
        run.constant(1, 80).constant(1, 0).constant(12, 6);
        assertThat(run.alerts).isEmpty();
        assertThat(run.detector.state()).isEqualTo(DetectorState.OK);

        DetectorRun eager = warmedUp(new AnomalyConfig().setSustain("1"));
        eager.constant(1, 80).constant(1, 0).constant(12, 6);
        assertThat(eager.of(AlertKind.FIRING)).hasSize(1);
    }

    @Test
    void hysteresisKeepsFiringWhileTheRateStaysAboveTheCalmThreshold() {
        DetectorRun run = warmedUp(new AnomalyConfig());
        run.constant(6, 60);
        // 2.5x: below the firing factor 3, above the calm factor 1.5: no resolve, no flapping.
        run.constantFor(20 * MINUTE, 15);
        assertThat(run.alerts).extracting(AnomalyAlert::kind).containsExactly(AlertKind.FIRING);
        assertThat(run.detector.state()).isEqualTo(DetectorState.FIRING);

        run.constantFor(5 * MINUTE, 6);
        assertThat(run.alerts).extracting(AnomalyAlert::kind).containsExactly(AlertKind.FIRING, AlertKind.RESOLVED);
        assertThat(run.detector.state()).isEqualTo(DetectorState.OK);
    }

    @Test
    void theBaselineStaysFrozenThroughALongIncident() {
        DetectorRun run = warmedUp(new AnomalyConfig().setMaxAlertsPerHour("0"));
        run.constantFor(2 * 60 * MINUTE, 30);

        List<AnomalyAlert> digests = run.of(AlertKind.STILL_FIRING);
        assertThat(run.of(AlertKind.FIRING)).hasSize(1);
        assertThat(digests).hasSize(3);
        assertThat(digests).allSatisfy(digest -> {
            assertThat(digest.expected()).isEqualTo(36.0);
            assertThat(digest.count()).isEqualTo(180);
        });
        assertThat(run.detector.state()).isEqualTo(DetectorState.FIRING);
    }

    @Test
    void aDigestGoesOutEveryDigestIntervalWhileFiring() {
        DetectorRun run = warmedUp(new AnomalyConfig());
        run.constantFor(65 * MINUTE, 60).constantFor(5 * MINUTE, 6);

        assertThat(run.alerts).extracting(AnomalyAlert::kind).containsExactly(AlertKind.FIRING,
            AlertKind.STILL_FIRING, AlertKind.STILL_FIRING, AlertKind.RESOLVED);
        long firedAt = run.alerts.get(0).atMillis();
        assertThat(run.alerts.get(1).atMillis() - firedAt).isEqualTo(30 * MINUTE);
        assertThat(run.alerts.get(2).atMillis() - firedAt).isEqualTo(60 * MINUTE);
        assertThat(run.alerts.get(1).message()).startsWith("error-rate anomaly still firing for 30m20s: 360 errors"
            + " in 1m (6.00/s), expected 36.0 (10.0x), z=54.0; ");

        DetectorRun quiet = warmedUp(new AnomalyConfig().setDigestInterval("0s"));
        quiet.constantFor(65 * MINUTE, 60).constantFor(5 * MINUTE, 6);
        assertThat(quiet.alerts).extracting(AnomalyAlert::kind)
            .containsExactly(AlertKind.FIRING, AlertKind.RESOLVED);
    }

    @Test
    void anIncidentInsideTheCooldownIsNotAnnouncedButCountedInTheNextNotice() {
        DetectorRun run = warmedUp(new AnomalyConfig());
        run.constant(12, 60).constantFor(3 * MINUTE, 6);
        assertThat(run.alerts).extracting(AnomalyAlert::kind).containsExactly(AlertKind.FIRING, AlertKind.RESOLVED);

        // A second short incident less than 10 minutes after the first firing: silent, no resolved either.
        run.constant(12, 60).constantFor(3 * MINUTE, 6);
        assertThat(run.alerts).hasSize(2);

        run.constantFor(20 * MINUTE, 6).constant(12, 60);
        AnomalyAlert third = run.alerts.get(2);
        assertThat(third.kind()).isEqualTo(AlertKind.FIRING);
        assertThat(third.unannounced()).isEqualTo(1);
        assertThat(third.message()).contains("; 1 earlier incident was not announced (cooldown or hourly cap)");
        assertThat(third.contextData()).containsEntry(AnomalyContextKeys.UNANNOUNCED, "1");
    }

    @Test
    void anIncidentThatOutlastsTheCooldownIsAnnouncedWhenTheCooldownEnds() {
        DetectorRun run = warmedUp(new AnomalyConfig());
        run.constant(6, 60).constantFor(3 * MINUTE, 6);
        long firstFiring = run.alerts.get(0).atMillis();

        run.constantFor(15 * MINUTE, 60);

        assertThat(run.alerts).extracting(AnomalyAlert::kind)
            .containsExactly(AlertKind.FIRING, AlertKind.RESOLVED, AlertKind.FIRING);
        assertThat(run.alerts.get(2).atMillis() - firstFiring).isEqualTo(10 * MINUTE);
    }

    @Test
    void theHourlyCapLimitsNoticesAndEveryAnnouncedFiringIsResolved() {
        DetectorRun run = warmedUp(new AnomalyConfig().setCooldown("0s").setMaxAlertsPerHour("2"));
        long start = run.now;
        for (int i = 0; i < 16; i++) {
            run.constant(6, 60).constantFor(4 * MINUTE, 6);
        }

        long firstHour = run.alerts.stream()
            .filter(a -> a.kind() == AlertKind.FIRING && a.atMillis() < start + 60 * MINUTE).count();
        assertThat(firstHour).isEqualTo(2);
        assertThat(run.of(AlertKind.RESOLVED)).hasSameSizeAs(run.of(AlertKind.FIRING));
        assertThat(run.of(AlertKind.FIRING)).hasSize(4);
        assertThat(run.of(AlertKind.FIRING).get(2).unannounced()).isEqualTo(10);
    }

    @Test
    void warmUpWatchesWithDoubledThresholdsAfterTheFirstWindow() {
        // Warm-up is 5 minutes (a sixth of the 30 min half-life). After one minute of 6 per bucket:
        DetectorRun mild = new DetectorRun(AnomalySettings.defaults()).constant(12, 6);
        assertThat(mild.detector.warmingUp()).isTrue();
        mild.constant(12, 6 * 5);
        assertThat(mild.alerts).as("5x is below the doubled factor 6").isEmpty();

        DetectorRun severe = new DetectorRun(AnomalySettings.defaults()).constant(12, 6);
        severe.constant(12, 6 * 20);
        assertThat(severe.of(AlertKind.FIRING)).as("20x is above it").hasSize(1);

        DetectorRun early = new DetectorRun(AnomalySettings.defaults()).constant(3, 0).constant(12, 500);
        assertThat(early.alerts).as("nothing can fire before one window was learned").isEmpty();
    }

    @Test
    void busyTrafficFromTheFirstSecondDoesNotAlarmDuringWarmUp() {
        DetectorRun run = DetectorRun.defaults();
        run.traffic(new Traffic(7, 5), 10 * MINUTE, t -> 10.0);
        assertThat(run.detector.warmingUp()).isFalse();
        run.traffic(new Traffic(8, 5), 50 * MINUTE, t -> 10.0);

        assertThat(run.alerts).isEmpty();
    }

    @Test
    void aLateTickSpreadsTheCountsItFindsAndKeepsTheWindowSumExact() {
        DetectorRun run = warmedUp(new AnomalyConfig());
        for (int i = 0; i < 3 * 60; i++) {
            run.detector.recordError("com.acme.Db", null, null);
        }
        run.now += 3 * run.bucketMillis;
        run.alerts.addAll(run.detector.tick(run.now));
        run.constant(1, 6);

        assertThat(run.alerts).hasSize(1);
        assertThat(run.alerts.get(0).count()).isEqualTo(180 + 3 * 6);
        assertThat(run.detector.totalErrors()).isEqualTo(60 * 6 + 180 + 6);
    }

    @Test
    void aTickMoreThanAWindowLateSkipsTheOlderBuckets() {
        DetectorRun run = warmedUp(new AnomalyConfig());
        run.now += 3 * 60 * MINUTE;
        assertThat(run.detector.tick(run.now)).isEmpty();
        assertThat(run.detector.nextEvaluationMillis()).isEqualTo(run.now + run.bucketMillis);
    }

    @Test
    void countsAreExactUnderFourConcurrentThreads() throws InterruptedException {
        DetectorRun run = new DetectorRun(AnomalySettings.defaults()).constant(60, 0);
        int threads = 4;
        int perThread = 100_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String logger = "com.acme.Worker" + t;
            Thread worker = new Thread(() -> {
                awaitQuietly(go);
                for (int i = 0; i < perThread; i++) {
                    run.detector.recordError(logger, i % 2 == 0 ? "java.io.IOException" : "java.sql.SQLException",
                        "key" + (i % 3));
                }
            });
            worker.start();
            workers.add(worker);
        }
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        run.constant(2, 0);

        AnomalyAlert firing = run.alerts.get(0);
        assertThat(firing.count()).isEqualTo(threads * perThread);
        assertThat(firing.topLoggers()).extracting(TopEntry::count).containsOnly((long) perThread);
        assertThat(firing.topExceptions()).containsExactly(new TopEntry("java.io.IOException", 200_000),
            new TopEntry("java.sql.SQLException", 200_000));
        assertThat(firing.topKeyIds()).extracting(TopEntry::count).containsExactly(133_336L, 133_332L, 133_332L);
    }

    @Test
    void topListsAreCappedAtTopK() {
        DetectorRun run = new DetectorRun(new AnomalyConfig().setTopK("2").build(null)).constant(60, 0);
        for (int i = 0; i < 5; i++) {
            for (int e = 0; e <= i; e++) {
                run.detector.recordError("logger" + i, null, null);
            }
        }
        for (int e = 0; e < 20; e++) {
            run.detector.recordError("logger9", null, null);
        }
        run.constant(2, 0);

        assertThat(run.alerts.get(0).topLoggers()).containsExactly(new TopEntry("logger9", 20),
            new TopEntry("logger4", 5));
        assertThat(run.alerts.get(0).topExceptions()).isEmpty();
        assertThat(run.alerts.get(0).message()).doesNotContain("top exceptions", "top key_ids");
    }

    @Test
    void ratioModeFollowsTrafficSwingsAndFiresOnTheErrorFraction() {
        AnomalySettings ratio = new AnomalyConfig().setRatioMode("true").build(null);
        DetectorRun run = new DetectorRun(ratio);
        mixed(run, 60, 1_000, 10);
        // Ten times the traffic, same 1% errors: a swing, not an incident.
        mixed(run, 60, 10_000, 100);
        assertThat(run.alerts).isEmpty();
        // Same traffic, 5% errors.
        mixed(run, 4, 10_000, 500);
        assertThat(run.alerts).extracting(AnomalyAlert::kind).containsExactly(AlertKind.FIRING);
        assertThat(run.alerts.get(0).message()).contains("; 3.67% of 60000 events, baseline 1.00%");
        assertThat(run.alerts.get(0).contextData()).containsEntry(AnomalyContextKeys.EVENTS, "60000")
            .containsEntry(AnomalyContextKeys.EXPECTED_FRACTION, "0.010000");

        DetectorRun counting = new DetectorRun(AnomalySettings.defaults());
        mixed(counting, 60, 1_000, 10);
        mixed(counting, 60, 10_000, 100);
        assertThat(counting.of(AlertKind.FIRING)).as("counting mode takes the swing for an incident").hasSize(1);
    }

    @Test
    void ratioModeNeedsMinEventsInTheWindow() {
        DetectorRun run = new DetectorRun(new AnomalyConfig().setRatioMode("true").setMinEvents("1000").build(null));
        mixed(run, 60, 100, 1);
        mixed(run, 6, 100, 50);
        assertThat(run.alerts).as("600 events per window is below minEvents").isEmpty();
    }

    @Test
    void shortWindowsDetectWithinAboutOneWindowAndResolveWithinAFewOfTheEnd() {
        AnomalySettings settings = new AnomalyConfig().setWindow("2s").setBaseline("2m").build(null);
        for (double multiplier : new double[] {5, 10}) {
            for (int seed = 1; seed <= 5; seed++) {
                DetectorRun run = new DetectorRun(settings);
                Traffic traffic = new Traffic(seed, 0);
                run.traffic(traffic, 3 * MINUTE, t -> 20.0);
                long start = run.now;
                run.traffic(traffic, 10 * SECOND, t -> 20.0 * multiplier);
                long end = run.now;
                run.traffic(traffic, 30 * SECOND, t -> 20.0);

                AnomalyAlert firing = run.first(AlertKind.FIRING, start);
                AnomalyAlert resolved = run.first(AlertKind.RESOLVED, end);
                assertThat(firing).isNotNull();
                assertThat(firing.atMillis() - start).as("x%s seed %s", multiplier, seed).isLessThanOrEqualTo(2_000);
                assertThat(resolved).isNotNull();
                assertThat(resolved.atMillis() - end).isLessThanOrEqualTo(3 * 2_000);
                assertThat(run.of(AlertKind.FIRING)).hasSize(1);
            }
        }
    }

    private static void mixed(DetectorRun run, int buckets, int events, int errors) {
        for (int b = 0; b < buckets; b++) {
            for (int e = 0; e < events - errors; e++) {
                run.detector.recordOther();
            }
            for (int e = 0; e < errors; e++) {
                run.detector.recordError("com.acme.Api", null, null);
            }
            run.step();
        }
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
