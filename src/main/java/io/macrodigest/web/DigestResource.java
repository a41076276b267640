package io.macrodigest.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.digest.DigestFormat;
import io.macrodigest.digest.DigestPeriod;
import io.macrodigest.digest.DigestRequest;
import io.macrodigest.digest.FeedContext;
import io.macrodigest.search.ArticleFilter;
import io.macrodigest.search.DriverFilter;

/** Digests over the API, JSON unless asked otherwise by Accept or {@code format=}. */
@Path("/api/digest")
@Tag(name = "digests")
public class DigestResource {

    private final DigestResponder responder;

    public DigestResource(DigestResponder responder) {
        this.responder = responder;
    }

    @GET
    @Produces({ "application/json", "text/html", "text/markdown", "application/rss+xml", "application/atom+xml",
            "application/feed+json" })
    @Operation(summary = "The digest of a UTC day, an ISO week or a from/to range, optionally filtered: driver pulse "
            + "and top story clusters, as JSON, HTML, Markdown, RSS 2.0, Atom or JSON Feed 1.1 (Accept or format=)")
    public Response digest(@QueryParam("period") String period, @QueryParam("date") String date,
            @QueryParam("since") String since, @QueryParam("format") String format, @BeanParam FilterParams filter,
            @Context HttpHeaders headers, @Context UriInfo uri, @Context Request request) {
        return respond(responder, period, date, since, responder.negotiate(format, headers, DigestFormat.JSON),
                filter, uri, request);
    }

    /** Shared with the digest page, which differs only in its default format. */
    static Response respond(DigestResponder responder, String period, String date, String since, DigestFormat format, FilterParams params,
            UriInfo uri, Request request) {
        ArticleFilter filter = params.toFilter();
        DigestRequest.Since after;
        try {
            after = DigestRequest.Since.parse(since);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        DigestRequest digest;
        if (filter.from() != null || filter.to() != null) {
            if (filter.from() == null || filter.to() == null || !filter.from().isBefore(filter.to())) {
                throw ApiProblem.badRequest("A range digest needs both 'from' and 'to', with 'from' before 'to'.");
            }
            digest = DigestRequest.range(filter.from(), filter.to(), filter, after);
        } else {
            DigestPeriod p = period == null || period.isBlank() ? DigestPeriod.DAY
                    : Requests.oneOf(period, "period", new DigestPeriod[] { DigestPeriod.DAY, DigestPeriod.WEEK },
                            DigestPeriod::id);
            digest = DigestRequest.of(p, day(date), filter, after);
        }
        return responder.respond(digest, format, context(digest, uri), request, true);
    }

    private static FeedContext context(DigestRequest digest, UriInfo uri) {
        URI self = uri.getRequestUri();
        String query = self.getRawQuery();
        String site = uri.getBaseUri().toString();
        URI html = uri.getBaseUriBuilder().path("digest").replaceQuery(query).replaceQueryParam("format").build();
        List<FeedContext.Alternate> alternates = Arrays.stream(DigestFormat.values())
                .filter(f -> f != DigestFormat.HTML)
                .map(f -> new FeedContext.Alternate(label(f), f.baseType(),
                        uri.getBaseUriBuilder().path("api/digest").replaceQuery(query)
                                .replaceQueryParam("format", f.id()).build().toString()))
                .toList();
        String id = uri.getBaseUriBuilder().path("api/digest").replaceQuery(query).replaceQueryParam("format", "atom")
                .replaceQueryParam("since").build().toString();
        return new FeedContext(id, title(digest), self.toString(), site, html.toString(), alternates);
    }

    static String label(DigestFormat f) {
        return switch (f) {
            case JSON -> "JSON";
            case HTML -> "HTML";
            case MARKDOWN -> "Markdown";
            case RSS -> "RSS";
            case ATOM -> "Atom";
            case JSON_FEED -> "JSON Feed";
        };
    }

    static String title(DigestRequest d) {
        String base = switch (d.period()) {
            case DAY -> "Daily digest, " + d.date();
            case WEEK -> "Weekly digest, week of " + d.date();
            case RANGE -> "Digest, " + d.from() + " to " + d.to();
        };
        ArticleFilter f = d.filter();
        StringBuilder what = new StringBuilder();
        if (f.q() != null) {
            what.append(" “").append(f.q()).append('”');
        }
        f.drivers().stream().map(DriverFilter::id).forEach(id -> what.append(' ').append(id));
        if (f.asset() != null) {
            what.append(' ').append(f.asset());
        }
        return what.isEmpty() ? base : base + " ·" + what;
    }

    static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("'date' must be YYYY-MM-DD, not '" + date + "'.");
        }
    }
}
