package dev.logveil.core.internal.anomaly;

/**
 * The optional Micrometer binding of a detector. Micrometer is an optional dependency: when
 * {@code io.micrometer.core} is not on the class path, {@link #bindToGlobalRegistry} does nothing, and the binding
 * class, the only one that names Micrometer types, is never loaded.
 *
 * <p>Meters (tag {@code appender} = the appender's name), registered in Micrometer's global registry
 * ({@code Metrics.globalRegistry}, to which Spring Boot adds its registries by default):
 * <ul>
 *   <li>{@value #ERRORS} (function counter): the errors the detector has counted;</li>
 *   <li>{@value #ERROR_RATE} (gauge): errors per second over the last evaluated window;</li>
 *   <li>{@value #EXPECTED_RATE} (gauge): the rate the baseline expected for that window;</li>
 *   <li>{@value #FIRING} (gauge): 1 while an incident is open, else 0.</li>
 * </ul>
 */
public final class AnomalyMetrics {
    public static final String ERRORS = "logveil.anomaly.errors";
    public static final String ERROR_RATE = "logveil.anomaly.error.rate";
    public static final String EXPECTED_RATE = "logveil.anomaly.expected.rate";
    public static final String FIRING = "logveil.anomaly.firing";
    /** The tag naming the appender whose detector a meter reports. */
    public static final String APPENDER_TAG = "appender";

    /** A binding's handle: closing it removes the meters from the registry. */
    public interface Binding extends AutoCloseable {
        /** A binding that bound nothing. */
        Binding NONE = () -> { };

        @Override
        void close();
    }

    private static final String MICROMETER_PROBE = "io.micrometer.core.instrument.Metrics";

    private AnomalyMetrics() {
    }

    /**
     * Registers the detector's meters in Micrometer's global registry, if Micrometer is on the class path.
     *
     * @param appenderName the value of the {@code appender} tag
     * @return the handle that removes the meters again (call it when the appender stops)
     */
    public static Binding bindToGlobalRegistry(ErrorRateDetector detector, String appenderName) {
        if (!micrometerPresent(AnomalyMetrics.class.getClassLoader())) {
            return Binding.NONE;
        }
        return MicrometerAnomalyBinding.bindGlobal(detector, appenderName);
    }

    /** Whether Micrometer can be loaded through {@code loader}, without initialising anything of it. */
    static boolean micrometerPresent(ClassLoader loader) {
        try {
            Class.forName(MICROMETER_PROBE, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
