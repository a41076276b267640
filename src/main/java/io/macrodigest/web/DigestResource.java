package io.macrodigest.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.digest.Digest;
import io.macrodigest.digest.DigestPeriod;
import io.macrodigest.digest.DigestService;

@Path("/api/digest")
@Tag(name = "digests")
public class DigestResource {

    private final DigestService digests;

    public DigestResource(DigestService digests) {
        this.digests = digests;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The digest of a UTC day or ISO week: driver pulse and top stories")
    public Digest digest(@QueryParam("period") String period, @QueryParam("date") String date) {
        DigestPeriod p = period == null || period.isBlank() ? DigestPeriod.DAY
                : Requests.oneOf(period, "period", DigestPeriod.values(), DigestPeriod::id);
        return digests.build(p, day(date));
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
