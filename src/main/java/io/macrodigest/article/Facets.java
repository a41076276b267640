package io.macrodigest.article;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** How many of the articles matching the current query (the newest ones a search ranks) carry each driver, asset and source. */
@RegisterForReflection
public record Facets(List<Count> drivers, List<Count> assets, List<Count> sources) {

    public static final Facets NONE = new Facets(List.of(), List.of(), List.of());

    /** @param value what to filter on, @param label what to show */
    @RegisterForReflection
    public record Count(String value, String label, long count) {
    }
}
