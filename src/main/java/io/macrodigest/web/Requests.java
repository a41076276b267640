package io.macrodigest.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import io.macrodigest.ingest.UrlCanonicalizer;

/** Parsing of request parameters into values, with a 400 that names the parameter when one is wrong. */
final class Requests {

    private Requests() {
    }

    static URI absoluteUrl(String value, String name) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest("'" + name + "' is required.");
        }
        try {
            URI uri = UrlCanonicalizer.parse(value);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw ApiProblem.badRequest("'" + name + "' must be an http or https URL, not '" + value + "'.");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("'" + name + "': " + e.getMessage());
        }
    }

    /** A date (start of that UTC day) or a full ISO-8601 instant. */
    static Instant instant(String value, String name, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("'" + name + "' must be YYYY-MM-DD or an ISO-8601 date-time, not '" + value + "'.");
        }
    }

    /** The constant whose id matches {@code value}, ignoring case; null when absent. */
    static <E extends Enum<E>> E oneOf(String value, String name, E[] values, Function<E, String> id) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values).filter(v -> id.apply(v).equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> ApiProblem.badRequest("'" + name + "' must be one of "
                        + Arrays.stream(values).map(id).toList() + ", not '" + value + "'."));
    }

    /** A whole number in [min, max], or {@code fallback} when absent; anything else is a 400, not JAX-RS's 404. */
    static int intInRange(String value, int fallback, int min, int max, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("'" + name + "' must be a whole number between " + min + " and " + max
                    + ", not '" + value + "'.");
        }
        if (n < min || n > max) {
            throw ApiProblem.badRequest("'" + name + "' must be between " + min + " and " + max + ".");
        }
        return n;
    }

    /** {@code true} or {@code false} (any case), or {@code fallback} when absent. */
    static boolean flag(String value, boolean fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badRequest("'" + name + "' must be true or false, not '" + value + "'.");
        };
    }
}
