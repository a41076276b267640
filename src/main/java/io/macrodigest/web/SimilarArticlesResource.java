package io.macrodigest.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.story.SimilarArticle;
import io.macrodigest.story.SimilarArticles;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Path("/api/articles/{id}/similar")
@Tag(name = "articles")
@Produces(MediaType.APPLICATION_JSON)
public class SimilarArticlesResource {

    private final SimilarArticles similar;

    public SimilarArticlesResource(SimilarArticles similar) {
        this.similar = similar;
    }

    @GET
    @Operation(summary = "More like this: articles of other stories nearest in meaning, one per story")
    public Similar get(@PathParam("id") long id, @QueryParam("limit") @Parameter(
            description = "Items, 1 to 50 (default 10)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50")) String limit) {
        int max = Requests.intInRange(limit, 10, 1, 50, "limit");
        return new Similar(id, similar.of(id, max)
                .orElseThrow(() -> ApiProblem.notFound("No article with id " + id + ".")));
    }

    @RegisterForReflection
    public record Similar(long id, List<SimilarArticle> items) {
    }
}
