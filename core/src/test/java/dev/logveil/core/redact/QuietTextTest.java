package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The pre-scan's jump over plain prose ({@link QuietText}): it must never skip a place where a detector starts, so
 * the engine finds exactly the same with and without it, wherever the blocks happen to fall.
 */
class QuietTextTest {
    private static final String PROSE = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
        + "incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco";
    private static final ScanEngine SKIPPING = engine(true);
    private static final ScanEngine STEPPING = engine(false);

    @Test
    void everyLowerCaseTokenPrefixShowsALoudCharacterWithinABlock() {
        for (TokenRule rule : TokenRules.all()) {
            String prefix = rule.prefix;
            if (!QuietText.isQuiet(prefix.charAt(0)) || prefix.charAt(0) == ' ') {
                continue;
            }
            boolean loudEarly = false;
            for (int k = 0; k < Math.min(prefix.length(), QuietText.BLOCK); k++) {
                loudEarly |= !QuietText.isQuiet(prefix.charAt(k));
            }
            // Otherwise the token is a word long enough to fill a whole block, which has no space and is loud.
            boolean longWord = prefix.length() + rule.minBody >= 2 * QuietText.BLOCK;
            assertThat(loudEarly || longWord).as(prefix).isTrue();
        }
        for (char loud : "by0A=:-_./@'\\%>\t\u00e9".toCharArray()) {
            assertThat(QuietText.isQuiet(loud)).as("%s", loud).isFalse();
        }
    }

    @Test
    void quietProseIsSkippedUpToTheBlockBeforeALoudOne() {
        char[] prose = PROSE.substring(0, PROSE.indexOf("labore")).toCharArray();
        assertThat(QuietText.end(prose, 0, prose.length)).isEqualTo(prose.length);
        // The b of "labore" is loud: its block and the one before are not skipped.
        char[] labore = PROSE.toCharArray();
        assertThat(QuietText.end(labore, 0, labore.length)).isEqualTo(PROSE.indexOf("labore") / 16 * 16 - 16);
        char[] withKey = (PROSE.substring(0, 40) + " password=x " + PROSE.substring(40)).toCharArray();
        int end = QuietText.end(withKey, 0, withKey.length);
        assertThat(end).isLessThanOrEqualTo(40).isGreaterThan(0);
        assertThat(end % QuietText.BLOCK).isZero();
        char[] bearer = "see bearer abcdefghijklmnopqrstuv1 for it".toCharArray();
        assertThat(QuietText.end(bearer, 0, bearer.length)).isZero();
        char[] longWord = "a dapiabcdefabcdefabcdefabcdefabcdefabcdef ok".toCharArray();
        assertThat(QuietText.end(longWord, 0, longWord.length)).isZero();
    }

    @Test
    void theEngineFindsTheSameWithAndWithoutSkipping() {
        List<String> secrets = new ArrayList<>(SecretSamples.BY_DETECTOR.values());
        secrets.addAll(List.of("bearer abcdefghijklmnopqrstuvw1", "bearer        abcdefghijklmnopq-rst",
            "identified by hunter", "dapi" + "abcdef".repeat(6), "token: abcdefgh", "sk-ant-" + "a".repeat(40),
            "xoxb-" + "abcdefgh1".repeat(3), "hooks.slack.com/services/" + "abc1".repeat(8), "password is: q"));
        for (FamilyCorpus.Family family : FamilyCorpus.families()) {
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < 60; i++) {
                secrets.add(family.secret().apply(random).line());
                secrets.add(family.benign().apply(random));
            }
        }
        int compared = 0;
        for (String secret : secrets) {
            // Every offset of the secret within a block, after and before quiet prose.
            for (int shift = 0; shift < QuietText.BLOCK + 1; shift++) {
                String line = PROSE.substring(0, 40 + shift) + " " + secret + " " + PROSE.substring(shift);
                assertThat(scan(SKIPPING, line)).as(line).isEqualTo(scan(STEPPING, line));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    private static String scan(ScanEngine engine, String line) {
        StringBuilder out = engine.scan(line, null);
        return out == null ? line : out.toString();
    }

    private static ScanEngine engine(boolean skipQuietText) {
        return new ScanEngine(ScanEngine.defaultDetectors(), List.of(), List.of(), List.of(),
            new Masker("[REDACTED]", false), skipQuietText);
    }
}
