package io.macrodigest.story;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Where the story rebuild stands: {@code state} is idle, running, done or failed; articles up to
 * {@code lastArticleId} are handled, {@code processed} of them in this run, {@code embedded} embedded and
 * {@code joined} moved into an earlier story; {@code remaining} analysed articles are left.
 */
@RegisterForReflection
public record RebuildProgress(String state, long lastArticleId, int processed, int embedded, int joined,
        long remaining, Instant startedAt, Instant updatedAt, String error) {
}
