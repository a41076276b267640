package io.macrodigest.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.macrodigest.config.DatabaseOutage;
import io.macrodigest.extract.ExtractionException;
import io.macrodigest.ingest.FetchException;
import io.macrodigest.ingest.RefusedAddressException;
import io.macrodigest.search.SearchBusyException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Turns every failure into an RFC 9457 problem for programs (the API, feeds, health), or into a page with the same
 * title and detail for the people who reached a page; stack traces stay in the log.
 */
public class ProblemMappers {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String detail);
    }

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final StaleResponses stale;
    private final long retryAfterSeconds;
    private final long busyRetryAfterSeconds;

    public ProblemMappers(StaleResponses stale, ApiConfig config, LoadConfig load) {
        this.stale = stale;
        this.retryAfterSeconds = Math.max(1, config.api().outageRetryAfter().toSeconds());
        this.busyRetryAfterSeconds = busySeconds(load);
    }

    @ServerExceptionMapper
    public Response searchBusy(SearchBusyException e, UriInfo uri) {
        return busy("Too many searches are waiting", busyRetryAfterSeconds, uri);
    }

    /** The pod is past what it can answer in time: a 503 to back off from, or to retry on another pod. */
    static Response busy(String why, long seconds, UriInfo uri) {
        Response problem = problem(503, "Service busy", why + "; retry in " + seconds + " s.", uri);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    static long busySeconds(LoadConfig load) {
        return Math.max(1, (load.retryAfter().toMillis() + 999) / 1000);
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return problem(e.status(), e.title(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response extraction(ExtractionException e, UriInfo uri) {
        return problem(422, "Page cannot be extracted", e.getMessage(), uri);
    }

    /** The URL itself, or where it redirects, is an internal address: the request is at fault, not the site. */
    @ServerExceptionMapper
    public Response refused(RefusedAddressException e, UriInfo uri) {
        return problem(400, "URL refused", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response fetch(FetchException e, UriInfo uri) {
        return problem(502, "Fetch failed", e.getMessage(), uri);
    }

    // Quarkus ships mappers for these subtypes; mapping each here keeps every JSON error a problem document.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response parse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String detail = switch (e) {
            case InvalidFormatException f -> "Wrong value at " + path(f) + ": " + f.getOriginalMessage();
            case MismatchedInputException m -> "Unexpected JSON at " + path(m) + ": " + m.getOriginalMessage();
            default -> "Malformed JSON: " + e.getOriginalMessage();
        };
        return problem(400, "Malformed JSON", detail, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return problem(status, title, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, ContainerRequestContext request) {
        if (DatabaseOutage.causedBy(e)) {
            return outage(e, uri, request);
        }
        LOG.errorf(e, "Unhandled error on %s", uri.getPath());
        return problem(500, "Internal error", "The request could not be completed; the error was logged.", uri);
    }

    /**
     * The database is out of reach: a page, digest or feed answered before is answered again from memory, marked
     * stale; anything else is a 503 with Retry-After, a state to wait out rather than an error to report.
     */
    private Response outage(Throwable e, UriInfo uri, ContainerRequestContext request) {
        LOG.warnf("Database unreachable on %s %s: %s", request.getMethod(), uri.getPath(), rootMessage(e));
        Response kept = stale.recall(request);
        if (kept != null) {
            return kept;
        }
        Response unavailable = problem(503, "Service unavailable",
                "The database cannot be reached just now; nothing was changed. Try again in " + retryAfterSeconds
                        + " seconds.", uri);
        return Response.fromResponse(unavailable).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String path(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse("");
        return path.isEmpty() ? "the root" : "'" + path + "'";
    }

    static Response problem(int status, String title, String detail, UriInfo uri) {
        if (uri != null && isPage(uri.getPath())) {
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.error(title, detail).render()).build();
        }
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath()))
                .build();
    }

    /** The pages people open in a browser; everything else is for programs and keeps problem+json. */
    static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/feeds/") && !path.startsWith("/q/")
                && !path.startsWith("/static/");
    }
}
