package dev.logveil.core.redact;

/**
 * Finds stretches of plain lower-case prose where no detector can start, so that the engine's pre-scan can jump over
 * them instead of stepping from word to word.
 *
 * <p>The text is read in blocks of {@value #BLOCK} characters with one table load per character and no branch on the
 * data: a block's classes are ORed together, and the block is <em>loud</em> if it holds any character other than a
 * space and the lower-case letters {@code a-z} (minus {@code b} and {@code y}), or has no space at all. A block is
 * <em>quiet</em> when it and the block after it are both not loud. No detector can start in a quiet block, because
 * every match of every default detector has a loud character within {@value #BLOCK} characters of its start, or is
 * a word of at least {@code 2 * BLOCK} characters (which fills a whole block without a space):
 * <ul>
 *   <li>keys, URLs, PEM blocks, flags, e-mail addresses start at an operator ({@code = : - @ > % ' \}), digit-led
 *       secrets at a digit, and upper-case-led tokens and JWTs ({@code eyJ}) at an upper-case letter;</li>
 *   <li>every lower-case token prefix has a separator ({@code _ - . /}) within its first {@value #BLOCK}
 *       characters, except {@code dapi}, whose token is a word of 36 characters or more
 *       ({@code QuietTextTest} checks this of every rule in {@link TokenRules});</li>
 *   <li>{@code bearer} starts with {@code b} and {@code identified by} has a {@code y}.</li>
 * </ul>
 * The opt-in high-entropy detector looks at every word, so the engine does not use this class when it is on.
 */
final class QuietText {
    /** Characters per block. */
    static final int BLOCK = 16;

    private static final byte QUIET_LETTER = 1;
    private static final byte SPACE = 2;
    private static final byte LOUD = 4;
    /** The class of every {@code char}: indexing by the character itself spares the loop a range test. */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        java.util.Arrays.fill(CLASS, LOUD);
        for (char c = 'a'; c <= 'z'; c++) {
            CLASS[c] = QUIET_LETTER;
        }
        CLASS['b'] = LOUD;
        CLASS['y'] = LOUD;
        CLASS[' '] = SPACE;
    }

    private QuietText() {
    }

    /**
     * The end of the quiet blocks that start at {@code from}: no detector can start in {@code s[from, end)}.
     * {@code from} itself when the first block is not quiet. The caller counts {@code s[from, end)} as examined;
     * this counts the characters it read beyond.
     *
     * @param to the end of the text; blocks are read up to it, never past it
     */
    static int end(char[] s, int from, int to) {
        if (isLoud(s, from, Math.min(from + BLOCK, to))) {
            ScanCounter.examined(Math.min(from + BLOCK, to) - from);
            return from;
        }
        int start = from;
        while (true) {
            int next = start + BLOCK;
            if (next >= to) {
                return to;
            }
            // A block is quiet only if the block after it is not loud either: a match that starts near its end may
            // show its loud character in the next block.
            if (isLoud(s, next, Math.min(next + BLOCK, to))) {
                ScanCounter.examined(Math.min(next + BLOCK, to) - start);
                return start;
            }
            start = next;
        }
    }

    /** Whether {@code c} may appear in a quiet block: a space or a lower-case letter other than {@code b y}. */
    static boolean isQuiet(char c) {
        return CLASS[c] != LOUD;
    }

    /** Whether {@code s[from, to)} holds a loud character or no space. One load per character, no data branch. */
    private static boolean isLoud(char[] s, int from, int to) {
        int classes = 0;
        for (int i = from; i < to; i++) {
            classes |= CLASS[s[i]];
        }
        return (classes & (LOUD | SPACE)) != SPACE;
    }
}
