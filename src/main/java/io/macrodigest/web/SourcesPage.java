package io.macrodigest.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.ingest.SourceService;
import io.macrodigest.ingest.SourceView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Which sources are polled, how they fare and when they are next read. */
@Path("/sources")
public class SourcesPage {

    private static final int PAGE_SIZE = 100;

    private final SourceService sources;

    public SourcesPage(SourceService sources) {
        this.sources = sources;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(List<SourceView> sources, int page, boolean more);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("page") String page) {
        // 1-based in the address; 100 rows keep the page well under its size budget however many sources there are
        SourceService.SourcePage p = sources.page(Requests.intInRange(page, 1, 1, 100_000, "page") - 1, PAGE_SIZE);
        return Templates.sources(p.sources(), p.index() + 1, p.more());
    }
}
