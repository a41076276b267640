package io.macrodigest.web;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.search.ArticleQuery;
import io.macrodigest.search.CachedSearch;
import io.macrodigest.search.SearchResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Search results with highlighted snippets and facets that refine the search by link. */
@Path("/search")
public class SearchPage {

    private static final int PAGE_SIZE = 20;

    private final CachedSearch search;

    public SearchPage(CachedSearch search) {
        this.search = search;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(String q, SearchResult result, List<StoryHits> stories, SearchLinks links,
                boolean continued);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@BeanParam FilterParams filter, @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        ArticleQuery query = new ArticleQuery(filter.toFilter(), PAGE_SIZE, cursor);
        SearchResult result;
        try {
            result = search.search(query, true);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        String q = query.filter().q();
        return Templates.results(q == null ? "" : q, result, StoryHits.of(result.items()), new SearchLinks(uri.getQueryParameters()),
                cursor != null && !cursor.isBlank());
    }
}
