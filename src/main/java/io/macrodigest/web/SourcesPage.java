package io.macrodigest.web;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.ingest.SourceInput;
import io.macrodigest.ingest.SourceService;
import io.macrodigest.ingest.SourceView;
import io.macrodigest.ingest.StarterFeeds;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Which sources are polled, how they fare and when they are next read; and the curated starter feeds, imported
 * in one click by a form that needs the API key like every other write (none while writes are open in dev).
 */
@Path("/sources")
public class SourcesPage {

    private static final int PAGE_SIZE = 100;

    private final SourceService sources;
    private final StarterFeeds starter;
    private final ApiKeys keys;

    public SourcesPage(SourceService sources, StarterFeeds starter, ApiKeys keys) {
        this.sources = sources;
        this.starter = starter;
        this.keys = keys;
    }

    /** What the last import did, shown once after its redirect; null on a plain visit. */
    public record Imported(int created, int known) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(List<SourceView> sources, int page, boolean more,
                List<SourceInput> starter, boolean keyNeeded, Imported imported);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("page") String page, @QueryParam("imported") String imported,
            @QueryParam("known") String known) {
        // 1-based in the address; 100 rows keep the page well under its size budget however many sources there are
        SourceService.SourcePage p = sources.page(Requests.intInRange(page, 1, 1, 100_000, "page") - 1, PAGE_SIZE);
        Imported done = imported == null ? null : new Imported(Requests.intInRange(imported, 0, 0, 10_000, "imported"),
                Requests.intInRange(known, 0, 0, 10_000, "known"));
        return Templates.sources(p.sources(), p.index() + 1, p.more(), starter.feeds(), !keys.open(), done);
    }

    /** Imports the starter feeds, then shows the list (post, redirect, get: a reload does not post again). */
    @POST
    @Path("/starter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response importStarter(@FormParam("key") String key, @FormParam("paused") String paused) {
        keys.authorize(key);
        SourceService.ImportResult result = starter.importAll(!Requests.flag(paused, false, "paused"));
        URI target = UriBuilder.fromPath("/sources").queryParam("imported", result.created().size())
                .queryParam("known", result.skipped().size()).build();
        return Response.seeOther(target).build();
    }
}
