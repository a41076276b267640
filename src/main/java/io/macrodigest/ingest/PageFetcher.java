package io.macrodigest.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * One HTTP exchange at a time with hard limits ({@link PinnedHttpClient}: connect timeout, one deadline for the
 * whole exchange, body cap), a cap on decompression, a redirect limit with every hop vetted by the
 * {@link AddressGuard} and connected to the very addresses it vetted, and a content-type allowlist. Politeness
 * (robots.txt, per-host pacing, retries) is {@link PoliteFetcher}'s.
 */
@ApplicationScoped
public class PageFetcher {

    private final FetchConfig config;
    private final AddressGuard guard;
    private final PinnedHttpClient client;

    public PageFetcher(FetchConfig config, AddressGuard guard, PinnedHttpClient client) {
        this.config = config;
        this.guard = guard;
        this.client = client;
    }

    public FetchedPage fetch(FetchRequest request) {
        return fetch(request, target -> {
        });
    }

    /** @param beforeRedirect sees every redirect target before it is requested, and refuses it by throwing */
    public FetchedPage fetch(FetchRequest request, Consumer<URI> beforeRedirect) {
        URI current = request.url();
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            VettedUrl target = guard.vet(current);
            current = target.url();
            if (hop > 0) {
                beforeRedirect.accept(current);
            }
            PinnedHttpClient.Reply response = client.get(target, headers(request, hop == 0));
            int status = response.status();
            if (status == 304) {
                return new FetchedPage(request.url(), current, status, null, null, new byte[0], request.etag(),
                        request.lastModified(), true);
            }
            if (status >= 300 && status < 400) {
                URI from = current;
                String location = response.header("Location")
                        .orElseThrow(() -> new FetchException("redirect " + status + " without a Location header from "
                                + from, false));
                current = resolve(current, location);
                continue;
            }
            if (status >= 400) {
                throw failure(current, response);
            }
            String contentType = response.header("Content-Type").orElse(null);
            if (!accepted(contentType, request.acceptedTypes())) {
                throw new FetchException("unsupported content type '" + contentType + "' from " + current
                        + " (expected one of " + String.join(", ", request.acceptedTypes().stream().sorted().toList())
                        + ")", false, status, null, null);
            }
            return new FetchedPage(request.url(), current, status, contentType,
                    response.header("Content-Language").orElse(null), decode(response),
                    response.header("ETag").orElse(null), response.header("Last-Modified").orElse(null), false);
        }
        throw new FetchException("more than " + config.maxRedirects() + " redirects from " + request.url(), false);
    }

    private Map<String, String> headers(FetchRequest request, boolean firstHop) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", config.userAgent());
        headers.put("Accept", String.join(", ", request.acceptedTypes().stream().sorted().toList()) + ", */*;q=0.1");
        headers.put("Accept-Encoding", "gzip");
        // validators belong to the URL they came from, not to wherever a redirect leads
        if (firstHop && request.etag() != null) {
            headers.put("If-None-Match", request.etag());
        }
        if (firstHop && request.lastModified() != null) {
            headers.put("If-Modified-Since", request.lastModified());
        }
        return headers;
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException("malformed redirect target '" + location + "' from " + base, false);
        }
    }

    private static FetchException failure(URI url, PinnedHttpClient.Reply response) {
        int status = response.status();
        Duration retryAfter = response.header("Retry-After").map(PageFetcher::retryAfter).orElse(null);
        boolean retryable = status == 408 || status == 425 || status == 429 || status >= 500;
        String wait = retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + "s)";
        return new FetchException("HTTP " + status + " from " + url + wait, retryable, status, retryAfter, null);
    }

    /** Retry-After is either delta-seconds or an HTTP date. */
    static Duration retryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    private byte[] decode(PinnedHttpClient.Reply response) {
        boolean gzip = response.header("Content-Encoding")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        if (!gzip) {
            return response.body();
        }
        long max = config.maxBodySize().asLongValue();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            for (int n; (n = in.read(buf)) > 0;) {
                if (out.size() + (long) n > max) {
                    throw new FetchException("decompressed body is over the limit of " + max + " bytes", false);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchException("corrupt gzip body: " + e.getMessage(), false, e);
        }
    }

    private static boolean accepted(String contentType, Set<String> acceptedTypes) {
        if (contentType == null) {
            return false;
        }
        String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return acceptedTypes.contains(mime);
    }
}
