package io.macrodigest.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.digest.Pulse;
import io.macrodigest.digest.PulseService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The macro pulse as a server-drawn SVG chart with the numbers in a table beneath. */
@Path("/pulse")
public class PulsePage {

    private final PulseService pulse;

    public PulsePage(PulseService pulse) {
        this.pulse = pulse;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pulse(Pulse pulse, PulseChart chart);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("bucket") String bucket) {
        Pulse p = PulseResource.load(pulse, from, to, bucket);
        return Templates.pulse(p, PulseChart.of(p));
    }
}
