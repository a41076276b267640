package io.macrodigest.analysis.text;

import java.util.Set;

/**
 * Scans over a span of tokens that the drivers and sentiment readers share: whether a clause break, a stop or a
 * cue word stands between two things decides whether one may modify the other.
 */
public final class TokenScan {

    private TokenScan() {
    }

    /** Whether one of {@code words} stands at a position in {@code [from, to)}, clipped to the tokens. */
    public static boolean anyBetween(Tokens tokens, int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (words.contains(tokens.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token at {@code i} is {@code word}; false past either end. */
    public static boolean is(Tokens tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.lower(i).equals(word);
    }
}
