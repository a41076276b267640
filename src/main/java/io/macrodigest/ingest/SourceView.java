package io.macrodigest.ingest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A source as the API shows it, with the state of its polling. */
@RegisterForReflection
public record SourceView(long id, String url, SourceKind kind, String title, long pollIntervalSeconds, boolean enabled,
        boolean llmEnabled, List<String> tags, Status status) {

    @RegisterForReflection
    public record Status(Instant lastSuccessAt, String lastError, Instant lastErrorAt, int consecutiveFailures,
            Instant nextPollAt, int articlesFound) {

        @JsonIgnore
        public boolean failing() {
            return consecutiveFailures > 0;
        }
    }

    static SourceView of(Source s) {
        return new SourceView(s.id, s.url, s.kind, s.title, s.pollIntervalSeconds, s.enabled, s.llmEnabled,
                List.copyOf(s.tags), new Status(s.lastSuccessAt, s.lastError, s.lastErrorAt, s.consecutiveFailures,
                        s.nextPollAt, s.articlesFound));
    }
}
