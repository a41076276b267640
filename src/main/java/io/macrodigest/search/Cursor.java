package io.macrodigest.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Keyset position of the last item of a page, opaque to clients. Newest-first listings continue after
 * (time, id); ranked searches after (score, id), and carry the instant the first page was ranked at so that
 * every later page computes the same recency factor and thus the same scores.
 */
record Cursor(Kind kind, Instant time, double score, long id) {

    enum Kind {
        NEWEST('n'), RELEVANCE('r');

        final char code;

        Kind(char code) {
            this.code = code;
        }
    }

    static Cursor newest(Instant time, long id) {
        return new Cursor(Kind.NEWEST, time, 0, id);
    }

    static Cursor relevance(Instant rankedAt, double score, long id) {
        return new Cursor(Kind.RELEVANCE, rankedAt, score, id);
    }

    String encode() {
        String raw = kind.code + "|" + time + "|" + score + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String token, Kind expected) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 4);
            if (parts[0].length() != 1 || parts[0].charAt(0) != expected.code) {
                throw new IllegalArgumentException("wrong kind");
            }
            return new Cursor(expected, Instant.parse(parts[1]), Double.parseDouble(parts[2]), Long.parseLong(parts[3]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor '" + token + "' is not one this API gave out for this listing");
        }
    }
}
