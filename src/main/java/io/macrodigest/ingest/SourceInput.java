package io.macrodigest.ingest;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a client sends to create or replace a source. Only {@code url} is required; {@code kind} is a hint
 * (feeds are sniffed) defaulting to rss; {@code pollIntervalSeconds} defaults to the configured interval.
 */
@RegisterForReflection
public record SourceInput(String url, String kind, String title, Long pollIntervalSeconds, Boolean enabled,
        Boolean llmEnabled, List<String> tags) {
}
