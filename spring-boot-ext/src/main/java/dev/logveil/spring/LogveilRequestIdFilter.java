package dev.logveil.spring;

import dev.logveil.core.keyid.RequestIdScope;
import dev.logveil.logback.RequestIdMdc;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds {@code request_id} in the MDC for each servlet request, so every line the request logs can be correlated:
 * the incoming header's value when it is plainly an id, a fresh UUID otherwise (a forged header never puts a line
 * break or a secret into the logs), echoed in the response header. Added by the starter to servlet web applications;
 * {@code logging.logveil.request-id.enabled=false} leaves it out, {@code logging.logveil.request-id.header} names the
 * header (default {@code X-Request-ID}).
 *
 * <p>Ordered ahead of the filters that log, and the MDC is restored when the request ends.
 */
public class LogveilRequestIdFilter extends OncePerRequestFilter implements Ordered {
    /** Early, so that the filters that log (security, request logging) see the id. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final String header;

    /** A filter reading and echoing {@code header}. */
    public LogveilRequestIdFilter(String header) {
        this.header = header;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (RequestIdScope requestId = RequestIdMdc.bind(request.getHeader(header))) {
            response.setHeader(header, requestId.requestId());
            chain.doFilter(request, response);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
