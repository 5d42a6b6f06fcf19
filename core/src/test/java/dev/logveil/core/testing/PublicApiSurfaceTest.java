package dev.logveil.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.redact.Redactor;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The scanner behind {@link PublicApiContract}, on fixture types whose leaks are known. */
class PublicApiSurfaceTest {

    @Test
    void findsCoreApiTypesAndNoneOfTheInternalOnes() {
        PublicApiSurface core = PublicApiSurface.ofModuleOf(Redactor.class);

        assertThat(core.typeNames())
            .contains("dev.logveil.core.redact.Redactor", "dev.logveil.core.redact.Redactor.MatchListener")
            .doesNotContain("dev.logveil.core.internal.line.RedactionPolicy",
                "dev.logveil.core.internal.line.RedactionPolicy.EntryFormat")
            .noneMatch(name -> name.contains(".internal."))
            // package-private engine classes are not API
            .doesNotContain("dev.logveil.core.redact.ScanEngine");
    }

    @Test
    void anInternalTypeInAnyPartOfASignatureIsALeak() {
        List<String> leaks = PublicApiSurface.of(List.of(Leaky.class)).leaks();

        assertThat(leaks).containsExactlyInAnyOrder(
            "dev.logveil.core.testing.PublicApiSurfaceTest.Leaky#policy: internal type "
                + RedactionPolicy.class.getName(),
            "dev.logveil.core.testing.PublicApiSurfaceTest.Leaky#wrap parameter: internal type "
                + RedactionPolicy.class.getName(),
            "dev.logveil.core.testing.PublicApiSurfaceTest.Leaky#later returns: internal type "
                + RedactionPolicy.class.getName(),
            "dev.logveil.core.testing.PublicApiSurfaceTest.Leaky#hidden returns: non-public type "
                + Hidden.class.getName());
    }

    @Test
    void privateAndPackagePrivateMembersMayUseAnything() {
        assertThat(PublicApiSurface.of(List.of(Tidy.class)).leaks()).isEmpty();
    }

    /** Leaks through a field, a parameter, a type argument and a non-public return type. */
    public static class Leaky {
        public RedactionPolicy policy;

        public void wrap(RedactionPolicy policy) {
        }

        public Supplier<? extends RedactionPolicy> later() {
            return null;
        }

        public Hidden hidden() {
            return null;
        }
    }

    /** Uses internal types only where no caller outside the package can see them. */
    public static class Tidy {
        private RedactionPolicy policy;

        RedactionPolicy policy() {
            return policy;
        }

        private void wrap(RedactionPolicy policy) {
            this.policy = policy;
        }

        public Redactor redactor() {
            return Redactor.defaults();
        }
    }

    static final class Hidden {
    }
}
