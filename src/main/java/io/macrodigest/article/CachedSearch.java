package io.macrodigest.article;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Search through a per-pod cache of result pages: readers repeat the same searches (the chips and facet links
 * of the pages, newsletter jobs on a schedule), and each one costs tens of milliseconds of database time, so
 * a repeat answers from memory until any article changes ({@link DataVersion}) or the page reaches
 * {@code digest.cache.search-max-age}.
 */
@ApplicationScoped
public class CachedSearch {

    private final ArticleSearch search;
    private final DataVersion dataVersion;
    private final VersionedCache<SearchResult> pages;

    public CachedSearch(ArticleSearch search, DataVersion dataVersion, CacheConfig config) {
        this.search = search;
        this.dataVersion = dataVersion;
        this.pages = new VersionedCache<>(config.searches(), config.searchMaxAge().toNanos());
    }

    /** As {@link ArticleSearch#search}; the version is read first, so a page is never newer than its tag. */
    public SearchResult search(ArticleQuery query, boolean withFacets) {
        long version = dataVersion.current().version();
        String key = query + "|" + withFacets;
        SearchResult cached = pages.get(key, version);
        if (cached != null) {
            return cached;
        }
        SearchResult fresh = search.search(query, withFacets);
        pages.put(key, version, fresh);
        return fresh;
    }
}
