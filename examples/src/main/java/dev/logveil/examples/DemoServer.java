package dev.logveil.examples;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo service: {@link DemoApi} behind {@link ApiKeyFilter}, on the JDK's HTTP server, on the loopback only. */
final class DemoServer implements AutoCloseable {

    /** The keys the service accepts. */
    static final Set<String> VALID_KEYS = Set.of(DemoSecrets.ALICE_KEY, DemoSecrets.BOB_KEY);

    private final HttpServer server;
    private final ExecutorService workers;

    private DemoServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts serving on {@code 127.0.0.1:port} ({@code 0}: a free port chosen by the system). */
    static DemoServer start(int port) throws IOException {
        // Without TCP_NODELAY, the JDK server's separate header and body writes meet the client's delayed ACK:
        // about 40 ms per request on Linux. Read once, when the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        HttpContext api = server.createContext("/", new DemoApi());
        api.getFilters().add(new ApiKeyFilter(VALID_KEYS));
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.start();
        return new DemoServer(server, workers);
    }

    /** The base address, e.g. {@code http://127.0.0.1:41234}. */
    URI baseUri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /** Stops accepting requests, lets running ones finish (up to a second), and stops the worker threads. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
