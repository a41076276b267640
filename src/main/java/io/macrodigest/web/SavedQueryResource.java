package io.macrodigest.web;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.digest.SavedQuery;
import io.macrodigest.digest.SavedQueryService;
import io.macrodigest.search.ArticleFilter;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Saved queries for newsletter jobs; every operation needs the API key because the answers carry feed tokens. */
@Path("/api/saved-queries")
@Tag(name = "digests")
@Produces(MediaType.APPLICATION_JSON)
@WriteAccess
public class SavedQueryResource {

    private final SavedQueryService saved;

    public SavedQueryResource(SavedQueryService saved) {
        this.saved = saved;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a named filter; the answer holds its feed URLs with their secret token")
    public Response create(SaveRequest request, @Context UriInfo uri) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw ApiProblem.badRequest("'name' is required.");
        }
        if (request.name().length() > 200) {
            throw ApiProblem.badRequest("'name' is longer than 200 characters.");
        }
        ArticleFilter filter = FilterParams.of(request.q(), request.driver(), request.tone(), request.asset(),
                request.sentiment(), request.source() == null ? null : request.source().toString(), request.lang())
                .toFilter();
        SavedQueryView view = SavedQueryView.of(saved.create(request.name(), filter), uri);
        return Response.created(URI.create(view.feeds().atom())).entity(view).build();
    }

    @GET
    @Operation(summary = "All saved queries with their feed URLs")
    public List<SavedQueryView> list(@Context UriInfo uri) {
        return saved.list().stream().map(s -> SavedQueryView.of(s, uri)).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a saved query; its feeds answer 404 from then on")
    public Response delete(@PathParam("id") long id) {
        if (!saved.delete(id)) {
            throw ApiProblem.notFound("No saved query with id " + id + ".");
        }
        return Response.noContent().build();
    }

    @RegisterForReflection
    public record SaveRequest(String name, String q, List<String> driver, String tone, String asset, String sentiment,
            Long source, String lang) {
    }

    @RegisterForReflection
    public record SavedQueryView(long id, String name, String q, String driver, String asset, String sentiment,
            Long source, String lang, java.time.Instant createdAt, Feeds feeds) {

        static SavedQueryView of(SavedQuery s, UriInfo uri) {
            return new SavedQueryView(s.id, s.name, s.q, s.driver, s.asset, s.sentiment, s.sourceId, s.language,
                    s.createdAt, new Feeds(feed(s, "rss", uri), feed(s, "atom", uri), feed(s, "json", uri)));
        }

        private static String feed(SavedQuery s, String ext, UriInfo uri) {
            return uri.getBaseUriBuilder().path("feeds").path(s.id + "." + ext).queryParam("token", s.token).build()
                    .toString();
        }
    }

    @RegisterForReflection
    public record Feeds(String rss, String atom, String json) {
    }
}
