package dev.logveil.logstash;

import dev.logveil.logstash.testkit.DocsExampleScenarios;
import java.util.List;

/** The examples of {@code docs/logstash.md} for LLE 9 are these files, verbatim: each loads cleanly and redacts. */
class DocsExampleTest extends DocsExampleScenarios {
    @Override
    protected List<String> examples() {
        return List.of("docs/logstash-encoder-9.xml", "docs/logstash-decorator-9.xml");
    }
}
