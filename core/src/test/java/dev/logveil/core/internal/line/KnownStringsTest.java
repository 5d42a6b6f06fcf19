package dev.logveil.core.internal.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Strings remembered by identity: the same instance is known, an equal copy is not, long ones are never kept. */
class KnownStringsTest {
    @Test
    void theSameInstanceIsKnownAndAnEqualCopyIsNot() {
        KnownStrings known = new KnownStrings();
        String name = "com.example.orders.OrderController";
        assertThat(known.contains(name)).isFalse();
        known.remember(name);
        assertThat(known.contains(name)).isTrue();
        assertThat(known.contains(new String(name))).as("a verdict is for the instance it was made on").isFalse();
        assertThat(known.contains(null)).isFalse();
    }

    @Test
    void longStringsAreNotKept() {
        KnownStrings known = new KnownStrings();
        String message = "x".repeat(257);
        known.remember(message);
        assertThat(known.contains(message)).isFalse();
    }
}
