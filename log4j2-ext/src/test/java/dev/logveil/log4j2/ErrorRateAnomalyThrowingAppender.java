package dev.logveil.log4j2;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;

/** A broken alert target for the tests: every append throws, and it does not ignore exceptions. */
@Plugin(name = "ErrorRateAnomalyThrowing", category = Node.CATEGORY, elementType = Appender.ELEMENT_TYPE)
public final class ErrorRateAnomalyThrowingAppender extends AbstractAppender {
    final AtomicInteger calls = new AtomicInteger();

    private ErrorRateAnomalyThrowingAppender(String name) {
        super(name, null, null, false, Property.EMPTY_ARRAY);
    }

    @PluginFactory
    public static ErrorRateAnomalyThrowingAppender create(@PluginAttribute("name") String name) {
        return new ErrorRateAnomalyThrowingAppender(name);
    }

    @Override
    public void append(LogEvent event) {
        calls.incrementAndGet();
        throw new IllegalStateException("alert channel down");
    }
}
