package io.macrodigest.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.digest.Pulse;
import io.macrodigest.digest.PulseBucket;
import io.macrodigest.digest.PulseService;

@Path("/api/pulse")
@Tag(name = "digests")
@Produces(MediaType.APPLICATION_JSON)
public class PulseResource {

    private final PulseService pulse;

    public PulseResource(PulseService pulse) {
        this.pulse = pulse;
    }

    @GET
    @Operation(summary = "Each driver's net tone and article count per UTC day or ISO week")
    public Pulse pulse(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("bucket") String bucket) {
        return load(pulse, from, to, bucket);
    }

    /** Shared with the pulse page: defaults to the last 30 days by day or 26 weeks by week; {@code to} inclusive. */
    static Pulse load(PulseService pulse, String from, String to, String bucket) {
        PulseBucket b = bucket == null || bucket.isBlank() ? PulseBucket.DAY
                : Requests.oneOf(bucket, "bucket", PulseBucket.values(), PulseBucket::id);
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(ZoneOffset.UTC) : date(to, "to");
        LocalDate start = from == null || from.isBlank() ? b.defaultFrom(end) : date(from, "from");
        if (start.isAfter(end)) {
            throw ApiProblem.badRequest("'from' must not be after 'to'.");
        }
        try {
            return pulse.pulse(b, start, end.plusDays(1));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.badRequest("'" + name + "' must be YYYY-MM-DD, not '" + value + "'.");
        }
    }
}
