package io.macrodigest.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.digest.DigestConfig;
import io.macrodigest.digest.DigestFormat;
import io.macrodigest.digest.DigestRequest;
import io.macrodigest.digest.FeedContext;
import io.macrodigest.digest.SavedQuery;
import io.macrodigest.digest.SavedQueryService;

/** The feed of one saved query over the last few UTC days; readable only with the query's token. */
@Path("/feeds")
@Tag(name = "digests")
public class FeedResource {

    private final SavedQueryService saved;
    private final DigestResponder responder;
    private final int days;

    public FeedResource(SavedQueryService saved, DigestResponder responder, DigestConfig config) {
        this.saved = saved;
        this.responder = responder;
        this.days = config.feedDays();
    }

    @GET
    @Path("/{id: [0-9]+}.{ext: rss|atom|json}")
    @Produces({ "application/rss+xml", "application/atom+xml", "application/feed+json" })
    @Operation(summary = "A saved query's feed (RSS 2.0, Atom or JSON Feed 1.1); 'since' pulls only newer stories")
    public Response feed(@PathParam("id") long id, @PathParam("ext") String ext, @QueryParam("token") String token,
            @QueryParam("since") String since, @Context UriInfo uri, @Context Request request) {
        SavedQuery query = saved.withToken(id, token)
                .orElseThrow(() -> ApiProblem.notFound("No feed " + id + " for this token."));
        DigestRequest.Since after;
        try {
            after = DigestRequest.Since.parse(since);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        DigestRequest digest = DigestRequest.lastDays(days, SavedQueryService.filterOf(query), after);
        DigestFormat format = switch (ext) {
            case "rss" -> DigestFormat.RSS;
            case "atom" -> DigestFormat.ATOM;
            default -> DigestFormat.JSON_FEED;
        };
        String base = uri.getBaseUri().toString();
        List<FeedContext.Alternate> alternates = List.of(
                alternate("RSS", DigestFormat.RSS, id, "rss", token, uri),
                alternate("Atom", DigestFormat.ATOM, id, "atom", token, uri),
                alternate("JSON Feed", DigestFormat.JSON_FEED, id, "json", token, uri));
        FeedContext context = new FeedContext("urn:macro-digest:saved-query:" + id, query.name,
                uri.getRequestUri().toString(), base, base, alternates);
        return responder.respond(digest, format, context, request, false);
    }

    private static FeedContext.Alternate alternate(String label, DigestFormat f, long id, String ext, String token,
            UriInfo uri) {
        return new FeedContext.Alternate(label, f.baseType(),
                uri.getBaseUriBuilder().path("feeds").path(id + "." + ext).queryParam("token", token).build().toString());
    }
}
