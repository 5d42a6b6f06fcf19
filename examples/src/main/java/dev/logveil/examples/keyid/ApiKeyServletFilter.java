package dev.logveil.examples.keyid;

import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.RequestIdScope;
import dev.logveil.logback.KeyIdMdc;
import dev.logveil.logback.RequestIdMdc;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A servlet {@link Filter} that authenticates requests by the {@code X-API-Key} header, with every log line of the
 * request carrying {@code request_id}, {@code key_id}, {@code key_origin} and {@code key_status}. Quoted by
 * {@code docs/key-id.md}.
 */
public final class ApiKeyServletFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyServletFilter.class);

    private final Predicate<String> validKeys;

    /** @param validKeys answers whether a well-formed key is one of ours (a key store, a cache, ...) */
    public ApiKeyServletFilter(Predicate<String> validKeys) {
        this.validKeys = validKeys;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        // tag::servlet[]
        String rawKey = request.getHeader("X-API-Key");
        try (RequestIdScope requestId = RequestIdMdc.bind(request.getHeader("X-Request-ID"));
             KeyIdScope key = KeyIdMdc.bind(rawKey, "header")) {
            response.setHeader("X-Request-ID", requestId.requestId());
            if (!key.isOk()) {
                log.warn(key.status().event()); // auth.key_missing, auth.key_empty or auth.key_malformed
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            if (!validKeys.test(rawKey.strip())) {
                log.warn("auth.key_rejected"); // well-formed, but not one of ours: key_id says which
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            chain.doFilter(request, response); // every line logged downstream carries the four fields
        }
        // end::servlet[]
    }
}
