package io.macrodigest.search;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A page of search hits. {@code sort} is {@code relevance} when there was text to match, else {@code newest};
 * {@code total} counts every match and {@code facets} the newest {@code digest.search.candidates} of them (all of
 * them when there are no more), not just this page; {@code nextCursor} is null on the last page.
 */
@RegisterForReflection
public record SearchResult(String sort, long total, List<SearchHit> items, String nextCursor, Facets facets) {
}
