package io.macrodigest.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.digest.DigestFormat;

/** The digest as a page: the same parameters and formats as {@code /api/digest}, HTML unless asked otherwise. */
@Path("/digest")
public class DigestPage {

    private final DigestResponder responder;

    public DigestPage(DigestResponder responder) {
        this.responder = responder;
    }

    @GET
    @Produces({ "text/html", "application/json", "text/markdown", "application/rss+xml", "application/atom+xml",
            "application/feed+json" })
    @Operation(hidden = true)
    public Response page(@QueryParam("period") String period, @QueryParam("date") String date,
            @QueryParam("since") String since, @QueryParam("format") String format, @BeanParam FilterParams filter,
            @Context HttpHeaders headers, @Context UriInfo uri, @Context Request request) {
        return DigestResource.respond(responder, period, date, since,
                responder.negotiate(format, headers, DigestFormat.HTML), filter, uri, request);
    }
}
