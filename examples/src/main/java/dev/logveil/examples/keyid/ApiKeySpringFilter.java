package dev.logveil.examples.keyid;

import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.RequestIdScope;
import dev.logveil.logback.KeyIdMdc;
import dev.logveil.logback.RequestIdMdc;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Spring {@link OncePerRequestFilter} that authenticates requests by the {@code X-API-Key} header, or an
 * {@code api_key} query parameter, with every log line of the request carrying {@code request_id}, {@code key_id},
 * {@code key_origin} and {@code key_status}. Register it as a bean (or with a {@code FilterRegistrationBean} to
 * order it first). Quoted by {@code docs/key-id.md}.
 */
public final class ApiKeySpringFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeySpringFilter.class);

    private final Predicate<String> validKeys;

    /** @param validKeys answers whether a well-formed key is one of ours (a key store, a cache, ...) */
    public ApiKeySpringFilter(Predicate<String> validKeys) {
        this.validKeys = validKeys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        // tag::spring[]
        String header = request.getHeader("X-API-Key");
        String rawKey = header != null ? header : request.getParameter("api_key");
        String origin = header != null ? "header" : "param";
        try (RequestIdScope requestId = RequestIdMdc.bind(request.getHeader("X-Request-ID"));
             KeyIdScope key = KeyIdMdc.bind(rawKey, origin)) {
            response.setHeader("X-Request-ID", requestId.requestId());
            if (!key.isOk() || !validKeys.test(rawKey.strip())) {
                log.warn(key.isOk() ? "auth.key_rejected" : key.status().event());
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            chain.doFilter(request, response);
        }
        // end::spring[]
    }
}
