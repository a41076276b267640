package io.macrodigest.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One HTTP exchange at a time with hard limits: connect timeout, one deadline for the whole exchange, a body
 * cap that also bounds decompression, a redirect limit with every hop re-checked by the {@link AddressGuard},
 * and a content-type allowlist. Politeness (robots.txt, per-host pacing, retries) is {@link PoliteFetcher}'s.
 */
@ApplicationScoped
public class PageFetcher {

    private final FetchConfig config;
    private final AddressGuard guard;
    private final HttpClient client;

    public PageFetcher(FetchConfig config, AddressGuard guard) {
        this.config = config;
        this.guard = guard;
        // HTTP/1.1: no h2c upgrade dance with plain-http servers, and one request per connection at a time
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public FetchedPage fetch(FetchRequest request) {
        return fetch(request, target -> {
        });
    }

    /** @param beforeRedirect sees every redirect target before it is requested, and refuses it by throwing */
    public FetchedPage fetch(FetchRequest request, Consumer<URI> beforeRedirect) {
        URI current = request.url();
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            guard.check(current);
            if (hop > 0) {
                beforeRedirect.accept(current);
            }
            HttpResponse<byte[]> response = exchange(current, request, hop == 0);
            int status = response.statusCode();
            if (status == 304) {
                return new FetchedPage(request.url(), current, status, null, null, new byte[0], request.etag(),
                        request.lastModified(), true);
            }
            if (status >= 300 && status < 400) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException("redirect " + status + " without a Location header from "
                                + request.url(), false));
                current = resolve(current, location);
                continue;
            }
            if (status >= 400) {
                throw failure(current, response);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            if (!accepted(contentType, request.acceptedTypes())) {
                throw new FetchException("unsupported content type '" + contentType + "' from " + current
                        + " (expected one of " + String.join(", ", request.acceptedTypes().stream().sorted().toList())
                        + ")", false, status, null, null);
            }
            return new FetchedPage(request.url(), current, status, contentType,
                    response.headers().firstValue("Content-Language").orElse(null), decode(response),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null), false);
        }
        throw new FetchException("more than " + config.maxRedirects() + " redirects from " + request.url(), false);
    }

    private HttpResponse<byte[]> exchange(URI url, FetchRequest request, boolean firstHop) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(config.timeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", String.join(", ", request.acceptedTypes().stream().sorted().toList()) + ", */*;q=0.1")
                .header("Accept-Encoding", "gzip")
                .GET();
        // validators belong to the URL they came from, not to wherever a redirect leads
        if (firstHop && request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (firstHop && request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        long max = config.maxBodySize().asLongValue();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(builder.build(),
                info -> new CappedBodySubscriber(max));
        try {
            return future.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("no complete response from " + url + " within " + config.timeout().toSeconds() + "s",
                    true);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while fetching " + url, true);
        } catch (CancellationException e) {
            throw new FetchException("fetch of " + url + " was cancelled", true);
        } catch (ExecutionException e) {
            throw translate(url, e.getCause());
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException("malformed redirect target '" + location + "' from " + base, false);
        }
    }

    private static FetchException failure(URI url, HttpResponse<?> response) {
        int status = response.statusCode();
        Duration retryAfter = response.headers().firstValue("Retry-After").map(PageFetcher::retryAfter).orElse(null);
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

    private static FetchException translate(URI url, Throwable cause) {
        if (cause instanceof FetchException fe) {
            return new FetchException(fe.getMessage() + " (" + url + ")", fe.isTransient(), fe.status(), null, fe);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException("timed out fetching " + url, true, cause);
        }
        if (cause instanceof java.net.ConnectException) {
            return new FetchException("cannot connect to " + url.getHost() + ": connection refused or unreachable", true,
                    cause);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FetchException("cannot fetch " + url + ": " + reason, true, cause);
    }

    private byte[] decode(HttpResponse<byte[]> response) {
        boolean gzip = response.headers().firstValue("Content-Encoding")
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
