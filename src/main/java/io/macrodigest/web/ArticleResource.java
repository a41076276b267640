package io.macrodigest.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.article.ArticleStore;
import io.macrodigest.article.ArticleView;
import io.macrodigest.ingest.IngestService;
import io.macrodigest.search.ArticlePage;
import io.macrodigest.search.ArticleQuery;
import io.macrodigest.search.ArticleSearch;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.RunOnVirtualThread;

@Path(ArticleResource.PATH)
@Tag(name = "articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final String PATH = "/api/articles";

    private final IngestService ingest;
    private final ArticleStore store;
    private final ArticleSearch search;
    private final long maxHtml;

    public ArticleResource(IngestService ingest, ArticleStore store, ArticleSearch search, ApiConfig config) {
        this.ingest = ingest;
        this.store = store;
        this.search = search;
        this.maxHtml = config.api().maxHtmlBody().asLongValue();
    }

    @POST
    @WriteAccess
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest an article: fetched by the service from 'url', or from the 'html' given")
    public Response create(IngestRequest request, UriInfo uri) {
        if (request == null) {
            throw ApiProblem.badRequest("A JSON body {\"url\": ...} is required.");
        }
        URI url = Requests.absoluteUrl(request.url(), "url");
        if (request.html() != null && request.html().getBytes(StandardCharsets.UTF_8).length > maxHtml) {
            throw ApiProblem.tooLarge("The html field is over the limit of " + maxHtml + " bytes.");
        }
        ArticleStore.Saved saved = request.html() == null
                ? ingest.ingest(url, IngestService.Origin.API)
                : ingest.ingest(url, request.html(), IngestService.Origin.API);
        URI location = uri.getBaseUriBuilder().path("api/articles/{id}").build(saved.article().id());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(location).entity(saved.article()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One stored article with its analysis")
    public ArticleView get(@PathParam("id") long id) {
        ArticleView article = store.find(id);
        if (article == null) {
            throw ApiProblem.notFound("No article with id " + id + ".");
        }
        return article;
    }

    @GET
    @Operation(summary = "Analysed articles, newest first, by full-text query and tags, with cursor pagination")
    public ArticlePage list(@BeanParam FilterParams filter, @QueryParam("limit") @Parameter(description = "Items per page, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String limit,
            @QueryParam("cursor") String cursor) {
        ArticleQuery query = new ArticleQuery(filter.toFilter(), Requests.intInRange(limit, 20, 1, 100, "limit"), cursor);
        try {
            return search.list(query);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    @RegisterForReflection
    public record IngestRequest(String url, String html) {
    }
}
