package dev.logveil.core.internal.anomaly;

import dev.logveil.core.internal.status.Faults;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs a detector's evaluations on one daemon thread of its own, named {@code logveil-anomaly-<name>}, at each bucket
 * boundary, so that "resolved" arrives even when the application has gone quiet. Notices go to {@code sink} on that
 * thread, never on a logging thread. A sink or detector that throws is reported through the {@link ThrottledReporter}
 * and the ticker goes on. {@link #close} stops the thread and waits for it to end.
 */
public final class AnomalyTicker implements AutoCloseable {
    /** The prefix of every ticker thread's name. */
    public static final String THREAD_PREFIX = "logveil-anomaly-";

    private static final long STOP_WAIT_MILLIS = 2_000L;

    private final ErrorRateDetector detector;
    private final LongSupplier clock;
    private final Consumer<AnomalyAlert> sink;
    private final ThrottledReporter problems;
    private final ScheduledThreadPoolExecutor executor;
    /** Every thread the executor made, so that close() can wait for each to die, not just for the pool to drain. */
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    private AnomalyTicker(String name, ErrorRateDetector detector, LongSupplier clock, Consumer<AnomalyAlert> sink,
                          ThrottledReporter problems) {
        this.detector = detector;
        this.clock = clock;
        this.sink = sink;
        this.problems = problems;
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, THREAD_PREFIX + name);
            thread.setDaemon(true);
            threads.add(thread);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Starts the evaluation thread.
     *
     * @param name the appender's name, for the thread name
     * @param clock the current time in milliseconds, on the detector's timeline
     * @param sink receives each notice, on the ticker thread
     * @param problems where faults are reported
     */
    public static AnomalyTicker start(String name, ErrorRateDetector detector, LongSupplier clock,
                                      Consumer<AnomalyAlert> sink, ThrottledReporter problems) {
        AnomalyTicker ticker = new AnomalyTicker(name, detector, clock, sink, problems);
        ticker.scheduleNext();
        return ticker;
    }

    private void scheduleNext() {
        if (executor.isShutdown()) {
            return;
        }
        // One millisecond past the boundary, so that the tick never lands just before it and waits a whole bucket.
        long delay = Math.max(0L, detector.nextEvaluationMillis() - clock.getAsLong() + 1);
        try {
            executor.schedule(this::run, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // close() won the race: nothing more to schedule.
        }
    }

    private void run() {
        try {
            List<AnomalyAlert> alerts = detector.tick(clock.getAsLong());
            for (AnomalyAlert alert : alerts) {
                try {
                    sink.accept(alert);
                } catch (RuntimeException | Error e) {
                    problems.report("could not deliver an error-rate alert (" + Faults.typeOf(e) + ")");
                }
            }
        } catch (RuntimeException | Error e) {
            problems.report("error-rate evaluation failed (" + Faults.typeOf(e) + ")");
        } finally {
            scheduleNext();
        }
    }

    /** Whether the evaluation thread is still running. */
    public boolean isRunning() {
        return !executor.isTerminated() || threads.stream().anyMatch(Thread::isAlive);
    }

    /**
     * Stops the evaluation thread and waits until it has ended. A delivery under way is let finish (an interrupt
     * could break an attached appender's file channel); only one that hangs past two seconds is interrupted.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
            // The pool counts as terminated a moment before its worker thread returns from run(); join it so that
            // "closed" really means no logveil thread is left (a container's leak check would see it otherwise).
            for (Thread thread : threads) {
                thread.join(STOP_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
