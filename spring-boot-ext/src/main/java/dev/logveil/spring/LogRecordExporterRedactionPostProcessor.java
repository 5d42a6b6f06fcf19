package dev.logveil.spring;

import dev.logveil.core.redact.Redactor;
import dev.logveil.opentelemetry.RedactingLogRecordExporter;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Wraps every {@link LogRecordExporter} bean in a {@link RedactingLogRecordExporter}, so that Spring Boot's own
 * OpenTelemetry log export (which builds the SDK from such beans, without SDK autoconfigure) sends redacted records.
 * Options come from {@code logging.logveil.*}.
 *
 * <p>The bean then has the wrapper's type: inject exporter beans as {@code LogRecordExporter}, not by their concrete
 * class.
 */
class LogRecordExporterRedactionPostProcessor implements BeanPostProcessor {
    private static final Log STATUS = LogFactory.getLog(LogRecordExporterRedactionPostProcessor.class);

    private final Environment environment;
    private Redactor redactor;

    LogRecordExporterRedactionPostProcessor(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof LogRecordExporter exporter && !(bean instanceof RedactingLogRecordExporter)) {
            return RedactingLogRecordExporter.wrap(exporter, redactor());
        }
        return bean;
    }

    /** Built on first use; the listener has already logged any problem with the options, so they are not repeated. */
    private synchronized Redactor redactor() {
        if (redactor == null) {
            redactor = LogveilSettings.from(environment, STATUS::debug).redactor(STATUS::debug);
        }
        return redactor;
    }
}
