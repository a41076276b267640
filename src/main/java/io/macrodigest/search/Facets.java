package io.macrodigest.search;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * How many of the articles matching the current query carry each driver, asset and source, counted over the
 * {@code counted} newest matches (the ones a search ranks): fewer than {@code total} when a query matches more.
 */
@RegisterForReflection
public record Facets(List<Count> drivers, List<Count> assets, List<Count> sources, int counted) {

    public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), 0);

    /** @param value what to filter on, @param label what to show */
    @RegisterForReflection
    public record Count(String value, String label, long count) {
    }
}
