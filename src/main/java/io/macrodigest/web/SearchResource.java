package io.macrodigest.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.search.ArticleQuery;
import io.macrodigest.search.CachedSearch;
import io.macrodigest.search.SearchResult;

@Path("/api/search")
@Tag(name = "articles")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final CachedSearch search;

    public SearchResource(CachedSearch search) {
        this.search = search;
    }

    @GET
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SearchResult.class)))
    @Operation(summary = "Full-text search ranked by relevance and recency, with highlighted snippets and facet counts")
    public byte[] search(@BeanParam FilterParams filter, @QueryParam("limit") @Parameter(description = "Items per page, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String limit,
            @QueryParam("cursor") String cursor, @QueryParam("facets") @Parameter(description = "Count facets (default true)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String facets) {
        ArticleQuery query = new ArticleQuery(filter.toFilter(), Requests.intInRange(limit, 20, 1, 100, "limit"), cursor);
        try {
            return search.searchJson(query, Requests.flag(facets, true, "facets"));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }
}
