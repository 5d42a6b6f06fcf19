package dev.logveil.core.internal.json;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.RedactionChannelContract;
import java.util.Map;

/** The shared channel contract, run against core's own JSON writer (the adapters run it through their frameworks). */
class JsonEventWriterContractTest extends RedactionChannelContract {
    private final JsonEventWriter writer = new JsonEventWriter(Redactor.defaults(), Map.of());

    @Override
    protected String render(ContractEvent event) {
        TestEventView view = new TestEventView();
        view.message = event.formattedMessage();
        view.context.putAll(event.context());
        view.keyValues.putAll(event.keyValues());
        view.throwable = event.throwable();
        return writer.toJson(view);
    }
}
