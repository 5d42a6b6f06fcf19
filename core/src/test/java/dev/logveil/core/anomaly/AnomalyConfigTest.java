package dev.logveil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyConfigTest {
    private final List<String> problems = new ArrayList<>();

    @Test
    void defaultsAreTheDocumentedOnes() {
        AnomalySettings settings = new AnomalyConfig().build(problems::add);

        assertThat(problems).isEmpty();
        assertThat(settings.level()).isEqualTo(Severity.ERROR);
        assertThat(settings.window()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.baseline()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.minErrors()).isEqualTo(10);
        assertThat(settings.factor()).isEqualTo(3.0);
        assertThat(settings.cooldown()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.zScore()).isEqualTo(4.0);
        assertThat(settings.sustain()).isEqualTo(2);
        assertThat(settings.resolveFactor()).isEqualTo(1.5);
        assertThat(settings.resolveAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.digestInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.maxAlertsPerHour()).isEqualTo(6);
        assertThat(settings.ratioMode()).isFalse();
        assertThat(settings.minEvents()).isEqualTo(100);
        assertThat(settings.topK()).isEqualTo(5);
        assertThat(settings.metrics()).isTrue();
        assertThat(settings.markers()).isEmpty();
        assertThat(settings.loggers()).isEmpty();
    }

    @Test
    void derivedFiguresFollowTheWindowAndTheBaseline() {
        AnomalySettings settings = AnomalySettings.defaults();

        assertThat(settings.bucketMillis()).isEqualTo(10_000L);
        assertThat(settings.alpha()).isCloseTo(0.00384, org.assertj.core.data.Offset.offset(0.00001));
        assertThat(settings.warmUpBuckets()).as("5 minutes of 10 s buckets").isEqualTo(30);
        assertThat(settings.resolveEvaluations()).isEqualTo(6);
    }

    @Test
    void theWarmUpScalesWithTheBaselineNotAConstant() {
        assertThat(new AnomalyConfig().setBaseline("60m").build(null).warmUpBuckets()).isEqualTo(60);
        assertThat(new AnomalyConfig().setBaseline("2h").build(null).warmUpBuckets()).isEqualTo(120);
        assertThat(new AnomalyConfig().setWindow("2s").setBaseline("60s").build(null).warmUpBuckets())
            .as("10 s of 333 ms buckets, but never less than two windows").isEqualTo(30);
        assertThat(new AnomalyConfig().setWindow("2s").setBaseline("5s").build(null).warmUpBuckets())
            .as("two windows").isEqualTo(12);
    }

    @Test
    void readsEveryOptionAsTyped() {
        AnomalySettings settings = new AnomalyConfig()
            .setLevel("warn").setWindow("2 seconds").setBaseline("PT5M").setMinErrors(" 3 ").setFactor("2.5")
            .setCooldown("1m").setZScore("3.5").setSustain("3").setResolveFactor("1.2").setResolveAfter("4s")
            .setDigestInterval("0s").setMaxAlertsPerHour("0").setRatioMode("TRUE").setMinEvents("50")
            .setTopK("3").setMetrics("false").setMarkers("AUTH_FAILURE, SECURITY").addMarker("FRAUD")
            .setLoggers("com.acme.auth").addLogger("com.acme.login,com.acme.sso")
            .build(problems::add);

        assertThat(problems).isEmpty();
        assertThat(settings.level()).isEqualTo(Severity.WARN);
        assertThat(settings.window()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.baseline()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.minErrors()).isEqualTo(3);
        assertThat(settings.factor()).isEqualTo(2.5);
        assertThat(settings.cooldown()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.zScore()).isEqualTo(3.5);
        assertThat(settings.sustain()).isEqualTo(3);
        assertThat(settings.resolveFactor()).isEqualTo(1.2);
        assertThat(settings.resolveAfter()).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.digestInterval()).isZero();
        assertThat(settings.maxAlertsPerHour()).isZero();
        assertThat(settings.ratioMode()).isTrue();
        assertThat(settings.minEvents()).isEqualTo(50);
        assertThat(settings.topK()).isEqualTo(3);
        assertThat(settings.metrics()).isFalse();
        assertThat(settings.markers()).containsExactly("AUTH_FAILURE", "SECURITY", "FRAUD");
        assertThat(settings.loggers()).containsExactly("com.acme.auth", "com.acme.login", "com.acme.sso");
    }

    @Test
    void eachBadOptionIsReportedByNameAndValueAndFallsBackToItsDefault() {
        AnomalySettings settings = new AnomalyConfig()
            .setLevel("EROR").setWindow("abc").setBaseline("soon").setMinErrors("ten").setFactor("0.5")
            .setCooldown("-1m").setZScore("x").setSustain("0").setResolveFactor("9").setResolveAfter("1 fortnight")
            .setDigestInterval("PT").setMaxAlertsPerHour("-2").setRatioMode("yes").setMinEvents("1e3")
            .setTopK("many").setMetrics("maybe")
            .build(problems::add);

        assertThat(problems).containsExactly(
            "level: unknown level 'EROR' (expected TRACE, DEBUG, INFO, WARN, ERROR or FATAL); using the default ERROR",
            "window: invalid duration 'abc': expected a number and a unit (500 ms, 10 seconds, 10s, 1m, 2h, 1d) or"
                + " ISO-8601 (PT10S); using the default 1m",
            "baseline: invalid duration 'soon': expected a number and a unit (500 ms, 10 seconds, 10s, 1m, 2h, 1d)"
                + " or ISO-8601 (PT10S); using the default 30m",
            "factor: 0.5 is below 1; using the default 3",
            "resolveFactor: 9 is above 3; using the default 1.5",
            "minErrors: 'ten' is not a whole number; using the default 10",
            "cooldown: invalid duration '-1m': expected a number and a unit (500 ms, 10 seconds, 10s, 1m, 2h, 1d)"
                + " or ISO-8601 (PT10S); using the default 10m",
            "zScore: 'x' is not a number; using the default 4",
            "sustain: 0 is below 1; using the default 2",
            "resolveAfter: invalid duration '1 fortnight': unknown unit 'fortnight'; expected a number and a unit"
                + " (500 ms, 10 seconds, 10s, 1m, 2h, 1d) or ISO-8601 (PT10S); using the default 1m",
            "digestInterval: invalid duration 'PT': expected a number and a unit (500 ms, 10 seconds, 10s, 1m, 2h,"
                + " 1d) or ISO-8601 (PT10S); using the default 30m",
            "maxAlertsPerHour: -2 is below 0; using the default 6",
            "ratioMode: 'yes' is neither true nor false; using the default false",
            "minEvents: '1e3' is not a whole number; using the default 100",
            "topK: 'many' is not a whole number; using the default 5",
            "metrics: 'maybe' is neither true nor false; using the default true");
        assertThat(settings).usingRecursiveComparison().isEqualTo(AnomalySettings.defaults());
    }

    @Test
    void aWindowOrBaselineTooShortToJudgeIsRefused() {
        AnomalySettings settings = new AnomalyConfig().setWindow("500ms").setBaseline("90s").build(problems::add);

        assertThat(problems).containsExactly("window: '500ms' is shorter than 1s; using the default 1m",
            "baseline: '90s' is shorter than 2m; using the default 30m");
        assertThat(settings.window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.baseline()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void everyDurationLongerThanAYearIsRefusedSoNoDerivedFigureOverflows() {
        AnomalySettings settings = new AnomalyConfig().setWindow("100000000000d").setBaseline("100000000000d")
            .setCooldown("400d").setResolveAfter("P9000D").setDigestInterval("106751991167d").build(problems::add);

        assertThat(problems).containsExactly(
            "window: '100000000000d' is longer than 365d; using the default 1m",
            "baseline: '100000000000d' is longer than 365d; using the default 30m",
            "cooldown: '400d' is longer than 365d; using the default 10m",
            "resolveAfter: 'P9000D' is longer than 365d; using the default 1m",
            "digestInterval: '106751991167d' is longer than 365d; using the default 30m");
        assertThat(settings).usingRecursiveComparison().isEqualTo(AnomalySettings.defaults());
    }

    @Test
    void theLongestAcceptedWindowAndBaselineStillGiveFiniteFigures() {
        AnomalySettings settings = new AnomalyConfig().setWindow("365d").setCooldown("365d").build(problems::add);

        assertThat(problems).isEmpty();
        assertThat(settings.baseline()).isEqualTo(Duration.ofDays(365 * 30));
        assertThat(settings.alpha()).isBetween(0.0, 1.0);
        assertThat(settings.warmUpBuckets()).isPositive();
    }

    @Test
    void loggerSelectionFollowsTheLoggerHierarchy() {
        AnomalySettings settings = new AnomalyConfig().setLoggers("com.acme.auth, org.example.").build(null);

        assertThat(settings.selectsLogger("com.acme.auth")).isTrue();
        assertThat(settings.selectsLogger("com.acme.auth.Login")).isTrue();
        assertThat(settings.selectsLogger("com.acme.auth$Inner")).isTrue();
        assertThat(settings.selectsLogger("com.acme.authz")).isFalse();
        assertThat(settings.selectsLogger("com.acme")).isFalse();
        assertThat(settings.selectsLogger("org.example.Thing")).isTrue();
        assertThat(settings.selectsLogger(null)).isFalse();
        assertThat(AnomalySettings.defaults().selectsLogger("anything")).isTrue();
    }

    @Test
    void severityNamesAreCaseInsensitive() {
        assertThat(Severity.byName("error")).isEqualTo(Severity.ERROR);
        assertThat(Severity.byName(" Warning ")).isEqualTo(Severity.WARN);
        assertThat(Severity.byName("fatal")).isEqualTo(Severity.FATAL);
        assertThat(Severity.byName("notice")).isNull();
        assertThat(Severity.byName(null)).isNull();
    }
}
