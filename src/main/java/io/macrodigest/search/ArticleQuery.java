package io.macrodigest.search;

/** One page of a listing or search: the filter, the page size, and {@code cursor} to continue a previous page. */
public record ArticleQuery(ArticleFilter filter, int limit, String cursor) {
}
