package io.macrodigest.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.ingest.AddressGuard;
import io.macrodigest.ingest.OpmlCodec;
import io.macrodigest.ingest.RefusedAddressException;
import io.macrodigest.ingest.SourceInput;
import io.macrodigest.ingest.SourceService;
import io.macrodigest.ingest.SourceView;
import io.macrodigest.ingest.StarterFeeds;
import io.macrodigest.ingest.UrlCanonicalizer;

@Path("/api")
@Tag(name = "sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private static final String OPML = "text/x-opml";

    private final SourceService sources;
    private final StarterFeeds starter;
    private final AddressGuard guard;

    public SourceResource(SourceService sources, StarterFeeds starter, AddressGuard guard) {
        this.sources = sources;
        this.starter = starter;
        this.guard = guard;
    }

    @GET
    @Path("/sources")
    @Operation(summary = "Every source with the state of its polling")
    public List<SourceView> list() {
        return sources.list();
    }

    @GET
    @Path("/sources/{id}")
    public SourceView get(@PathParam("id") long id) {
        return sources.find(id).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/sources")
    @WriteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a feed, sitemap or page list; an already registered URL answers 200 with it")
    public Response create(SourceInput input, UriInfo uri) {
        SourceService.Created result = valid(() -> sources.create(vetted(require(input))));
        URI location = uri.getBaseUriBuilder().path("api/sources/{id}").build(result.source().id());
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK).location(location)
                .entity(result.source()).build();
    }

    @PUT
    @Path("/sources/{id}")
    @WriteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    public SourceView update(@PathParam("id") long id, SourceInput input) {
        return valid(() -> sources.update(id, vetted(require(input)))).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/sources/{id}")
    @WriteAccess
    public Response delete(@PathParam("id") long id) {
        if (!sources.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/sources/{id}/poll")
    @WriteAccess
    @Operation(summary = "Poll the source now, on whichever instance takes the job; answers 202")
    public Response poll(@PathParam("id") long id) {
        if (!sources.pollNow(id)) {
            throw notFound(id);
        }
        return Response.accepted().build();
    }

    @POST
    @Path("/sources/opml")
    @WriteAccess
    @Consumes({ OPML, MediaType.APPLICATION_XML, MediaType.TEXT_XML })
    @Operation(summary = "Import the feeds of an OPML subscription list")
    public SourceService.ImportResult importOpml(byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("The body must be an OPML document.");
        }
        List<SourceInput> fetchable = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (SourceInput input : valid(() -> OpmlCodec.read(body))) {
            try {
                fetchable.add(vetted(input));
            } catch (IllegalArgumentException | RefusedAddressException e) {
                refused.add(input.url() + ": " + e.getMessage());
            }
        }
        SourceService.ImportResult result = valid(() -> sources.importAll(fetchable));
        List<String> skipped = new ArrayList<>(refused);
        skipped.addAll(result.skipped());
        return new SourceService.ImportResult(result.created(), skipped);
    }

    @GET
    @Path("/sources/starter")
    @Operation(summary = "The curated feeds shipped with the service, not registered until imported")
    public List<SourceInput> starterFeeds() {
        return starter.feeds();
    }

    @POST
    @Path("/sources/starter")
    @WriteAccess
    @Operation(summary = "Register the curated feeds; known ones are skipped, enabled=false adds them paused")
    public SourceService.ImportResult importStarter(@QueryParam("enabled") String enabled) {
        return starter.importAll(Requests.flag(enabled, true, "enabled"));
    }

    @GET
    @Path("/sources.opml")
    @Produces(OPML)
    @Operation(summary = "Export every source as an OPML subscription list")
    public String exportOpml() {
        return OpmlCodec.write(sources.list());
    }

    /**
     * A URL into the internal network is refused when it is registered, not only when it is polled; the check
     * resolves the host, so it runs here, before the service's transaction.
     */
    private SourceInput vetted(SourceInput input) {
        if (input.url() != null && !input.url().isBlank()) {
            URI url = UrlCanonicalizer.parse(input.url());
            String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                guard.refuseInternal(url);
            }
        }
        return input;
    }

    private static SourceInput require(SourceInput input) {
        if (input == null) {
            throw ApiProblem.badRequest("A JSON body {\"url\": ...} is required.");
        }
        return input;
    }

    private static <T> T valid(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No source with id " + id + ".");
    }
}
