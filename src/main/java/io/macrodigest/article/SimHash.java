package io.macrodigest.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * 64-bit SimHash over word 3-shingles: texts that share most of their shingles get fingerprints a few bits
 * apart, so a story republished with a new headline or a trimmed paragraph is still recognised.
 */
public final class SimHash {

    /**
     * Fingerprints at most this many bits apart are the same story. Unrelated texts land about 32 bits apart;
     * 6 or fewer happens by chance far less than once in a billion pairs, yet tolerates a few edited sentences
     * in an article of a few hundred words.
     */
    public static final int NEAR_DUPLICATE_BITS = 6;

    private static final int SHINGLE = 3;

    private SimHash() {
    }

    public static long of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] votes = new int[64];
        int count = 0;
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            long h = fnv1a64(String.join(" ", words[i], words[i + 1], words[i + 2]));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
            count++;
        }
        if (count == 0) {
            return fnv1a64(text);
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static long fnv1a64(String s) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        // FNV alone spreads short inputs poorly over the high bits; a final mix evens the votes out
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }
}
