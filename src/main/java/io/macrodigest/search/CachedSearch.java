package io.macrodigest.search;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.macrodigest.article.CacheConfig;
import io.macrodigest.article.DataVersion;
import io.macrodigest.article.VersionedCache;

/**
 * Search through a per-pod cache of result pages: readers repeat the same searches (the chips and facet links
 * of the pages, newsletter jobs on a schedule), and each one costs tens of milliseconds of database time, so
 * a repeat answers from memory until any article changes ({@link DataVersion}) or the page reaches
 * {@code digest.cache.search-max-age}. The API's JSON is kept as bytes as well: on a hit, serialising the page
 * would be most of the remaining work.
 */
@ApplicationScoped
public class CachedSearch {

    private final ArticleSearch search;
    private final DataVersion dataVersion;
    private final ObjectMapper json;
    private final VersionedCache<SearchResult> pages;
    private final VersionedCache<byte[]> jsonPages;

    public CachedSearch(ArticleSearch search, DataVersion dataVersion, ObjectMapper json, CacheConfig config) {
        this.search = search;
        this.dataVersion = dataVersion;
        this.json = json;
        long maxAge = config.searchMaxAge().toNanos();
        this.pages = new VersionedCache<>(config.searches(), maxAge);
        this.jsonPages = new VersionedCache<>(config.searches(), maxAge);
    }

    /** As {@link ArticleSearch#search}. */
    public SearchResult search(ArticleQuery query, boolean withFacets) {
        return search(key(query, withFacets), dataVersion.current().version(), query, withFacets);
    }

    /** The same page as JSON, as the API sends it. */
    public byte[] searchJson(ArticleQuery query, boolean withFacets) {
        String key = key(query, withFacets);
        long version = dataVersion.current().version();
        return jsonPages.get(key, version, () -> {
            try {
                return json.writeValueAsBytes(search(key, version, query, withFacets));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("search result not serialisable", e);
            }
        });
    }

    /** The version is read before searching, so a page is never filed under a version newer than its data. */
    private SearchResult search(String key, long version, ArticleQuery query, boolean withFacets) {
        return pages.get(key, version, () -> search.search(query, withFacets));
    }

    private static String key(ArticleQuery query, boolean withFacets) {
        return query + "|" + withFacets;
    }
}
