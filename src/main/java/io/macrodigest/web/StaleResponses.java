package io.macrodigest.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.macrodigest.article.CacheConfig;
import io.macrodigest.article.VersionedCache;

/**
 * The last good answer to each page, digest and feed request, kept in memory so that while the database is
 * unreachable a reader still gets what was rendered before, marked stale: {@code Warning: 110}, {@code Age} and
 * {@code X-Stale: true} on every such answer, and a visible notice at the top of an HTML page.
 */
@ApplicationScoped
public class StaleResponses {

    private static final Pattern BODY = Pattern.compile("<body[^>]*>", Pattern.CASE_INSENSITIVE);

    private final VersionedCache<Stored> responses;

    public StaleResponses(CacheConfig config) {
        this.responses = new VersionedCache<>(config.stalePages(), Long.MAX_VALUE);
    }

    record Stored(byte[] body, MediaType type) {
    }

    /** Only answers whose bytes say everything are kept: pages, digests and feeds. */
    static boolean keeps(String path) {
        return path.startsWith("/api/digest") || path.startsWith("/feeds/") || ProblemMappers.isPage(path);
    }

    /** A GET's identity: its URL and, as digests vary by it, its Accept header. */
    static String key(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath() + '?' + request.getUriInfo().getRequestUri().getRawQuery()
                + '|' + request.getHeaderString(HttpHeaders.ACCEPT);
    }

    void remember(ContainerRequestContext request, byte[] body, MediaType type) {
        responses.put(key(request), 0, new Stored(body, type));
    }

    /** The last good answer to this request marked stale, or null when there is none. */
    Response recall(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) || !keeps(request.getUriInfo().getPath())) {
            return null;
        }
        VersionedCache.Aged<Stored> last = responses.lastStored(key(request));
        if (last == null) {
            return null;
        }
        Stored stored = last.value();
        byte[] body = stored.type().isCompatible(MediaType.TEXT_HTML_TYPE) ? withNotice(stored.body(), last.age())
                : stored.body();
        return Response.ok(body, stored.type())
                .header("Warning", "110 - \"Response is Stale\"")
                .header("Age", last.age().toSeconds())
                .header("X-Stale", "true")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The notice goes first inside the body, where every page's layout shows it. */
    static byte[] withNotice(byte[] html, Duration age) {
        String page = new String(html, StandardCharsets.UTF_8);
        String notice = "<div class=\"stale-notice\" role=\"status\">The database cannot be reached just now: this is"
                + " the page as it was " + ago(age) + " and may be out of date.</div>";
        Matcher body = BODY.matcher(page);
        String marked = body.find() ? page.substring(0, body.end()) + notice + page.substring(body.end())
                : notice + page;
        return marked.getBytes(StandardCharsets.UTF_8);
    }

    private static String ago(Duration age) {
        long minutes = age.toMinutes();
        if (minutes < 1) {
            return "less than a minute ago";
        }
        return minutes < 120 ? minutes + (minutes == 1 ? " minute ago" : " minutes ago") : age.toHours() + " hours ago";
    }
}
