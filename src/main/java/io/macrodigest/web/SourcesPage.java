package io.macrodigest.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.ingest.SourceService;
import io.macrodigest.ingest.SourceView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Which sources are polled, how they fare and when they are next read. */
@Path("/sources")
public class SourcesPage {

    private final SourceService sources;

    public SourcesPage(SourceService sources) {
        this.sources = sources;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(List<SourceView> sources);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page() {
        return Templates.sources(sources.list());
    }
}
