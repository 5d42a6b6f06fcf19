package dev.logveil.logstash;

import dev.logveil.core.internal.options.Component;
import dev.logveil.core.testing.DocumentedOptions;
import dev.logveil.core.testing.VocabularyContract;
import org.junit.jupiter.api.Test;

/** The masker and the decorator take exactly the redaction options core's vocabulary gives them, as Joran sees them. */
class VocabularyTest {

    @Test
    void theMaskerAndTheDecoratorTakeTheRedactionOptions() {
        VocabularyContract.check(Component.LLE_VALUE_MASKER,
            VocabularyContract.beanNames(RedactingValueMasker.class));
        VocabularyContract.check(Component.LLE_VALUE_MASKER,
            VocabularyContract.beanNames(RedactingJsonGeneratorDecorator.class));
    }

    @Test
    void theReferenceTableListsEveryOption() {
        DocumentedOptions.assertListsVocabulary(DocumentedOptions.table("logstash.md", "## Options"),
            Component.LLE_VALUE_MASKER);
    }
}
