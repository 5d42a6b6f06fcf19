package dev.logveil.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds {@link LogveilRequestIdFilter} to servlet web applications, unless
 * {@code logging.logveil.request-id.enabled=false} or the application defines its own.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OncePerRequestFilter.class)
@ConditionalOnProperty(prefix = LogveilProperties.PREFIX + ".request-id", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(LogveilProperties.class)
public class LogveilRequestIdAutoConfiguration {

    /** The request-id filter, reading and echoing the configured header. */
    @Bean
    @ConditionalOnMissingBean
    public LogveilRequestIdFilter logveilRequestIdFilter(LogveilProperties properties) {
        return new LogveilRequestIdFilter(properties.getRequestId().getHeader());
    }
}
