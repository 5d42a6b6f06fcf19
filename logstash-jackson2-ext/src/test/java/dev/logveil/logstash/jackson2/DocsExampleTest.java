package dev.logveil.logstash.jackson2;

import dev.logveil.logstash.testkit.DocsExampleScenarios;
import java.util.List;

/**
 * The examples of {@code docs/logstash.md} for LLE 7 and 8 are these files, verbatim: each loads cleanly and redacts.
 */
class DocsExampleTest extends DocsExampleScenarios {
    @Override
    protected List<String> examples() {
        return List.of("docs/logstash-encoder-8.xml", "docs/logstash-decorator-8.xml");
    }
}
