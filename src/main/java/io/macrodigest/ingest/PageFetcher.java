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
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads web pages with hard limits: connect timeout, one deadline for the whole exchange, a body cap that
 * also bounds decompression, a redirect limit and a content-type allowlist.
 */
@ApplicationScoped
public class PageFetcher {

    static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final FetchConfig config;
    private final HttpClient client;

    public PageFetcher(FetchConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Fetches an HTML page, following redirects itself so that each hop is checked. */
    public FetchedPage fetchPage(URI url) {
        return fetch(url, HTML_TYPES);
    }

    public FetchedPage fetch(URI url, Set<String> acceptedTypes) {
        URI current = checkScheme(url);
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            HttpResponse<byte[]> response = exchange(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException("redirect " + status + " without a Location header", false));
                current = checkScheme(current.resolve(location.strip()));
                continue;
            }
            if (status >= 400) {
                boolean retryable = status == 408 || status == 429 || status >= 500;
                throw new FetchException("HTTP " + status + " from " + current, retryable);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            if (!accepted(contentType, acceptedTypes)) {
                throw new FetchException("unsupported content type '" + contentType + "' from " + current
                        + " (expected " + String.join(", ", acceptedTypes) + ")", false);
            }
            byte[] body = decode(response);
            return new FetchedPage(url, current, status, contentType, body);
        }
        throw new FetchException("more than " + config.maxRedirects() + " redirects from " + url, false);
    }

    private HttpResponse<byte[]> exchange(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.timeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip")
                .GET().build();
        long max = config.maxBodySize().asLongValue();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> new CappedBodySubscriber(max));
        try {
            return future.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("no complete response from " + url + " within " + config.timeout().toSeconds() + "s", true);
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

    private static FetchException translate(URI url, Throwable cause) {
        if (cause instanceof FetchException fe) {
            return new FetchException(fe.getMessage() + " (" + url + ")", fe.isTransient());
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException("timed out fetching " + url, true, cause);
        }
        if (cause instanceof java.net.ConnectException) {
            return new FetchException("cannot connect to " + url.getHost() + ": connection refused or unreachable", true, cause);
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

    private static URI checkScheme(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https URLs can be fetched, not '" + url + "'", false);
        }
        if (url.getHost() == null) {
            throw new FetchException("URL has no host: '" + url + "'", false);
        }
        return url;
    }
}
