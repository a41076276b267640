package io.macrodigest.web;

import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.macrodigest.article.DataVersion;

import io.macrodigest.digest.DigestConfig;
import io.macrodigest.digest.DigestFormat;
import io.macrodigest.digest.DigestPublisher;
import io.macrodigest.digest.DigestRequest;
import io.macrodigest.digest.FeedContext;
import io.macrodigest.digest.Rendered;

/**
 * The HTTP side of digests and feeds: picks the format ({@code format=} wins over Accept), answers conditional
 * requests with 304 before anything is built, and sets the validators and caching headers.
 */
@ApplicationScoped
public class DigestResponder {

    private final DigestPublisher publisher;
    private final int maxAgeSeconds;

    public DigestResponder(DigestPublisher publisher, DigestConfig config) {
        this.publisher = publisher;
        this.maxAgeSeconds = (int) Math.min(Integer.MAX_VALUE, config.maxAge().toSeconds());
    }

    DigestFormat negotiate(String format, HttpHeaders headers, DigestFormat fallback) {
        if (format != null && !format.isBlank()) {
            return DigestFormat.byId(format).orElseThrow(() -> ApiProblem.badRequest("'format' must be one of "
                    + List.of(DigestFormat.values()).stream().map(DigestFormat::id).toList() + ", not '" + format + "'."));
        }
        MediaType preferred = MediaType.valueOf(fallback.baseType());
        for (MediaType wanted : headers.getAcceptableMediaTypes()) {
            if (preferred.isCompatible(wanted)) {
                return fallback;
            }
            for (DigestFormat f : DigestFormat.values()) {
                if (MediaType.valueOf(f.baseType()).isCompatible(wanted)) {
                    return f;
                }
            }
        }
        throw new ApiProblem(406, "Not acceptable", "Digests are available as "
                + List.of(DigestFormat.values()).stream().map(DigestFormat::baseType).toList()
                + "; pick one with Accept or 'format='.");
    }

    /** @param shared false for feeds behind a token: shared caches must not keep them */
    Response respond(DigestRequest digest, DigestFormat format, FeedContext context, Request request, boolean shared) {
        DataVersion.Stamp stamp = publisher.version();
        // cached per data version: a repeated request builds nothing; after a change, a rebuild that says the
        // same keeps its validators, so the client still gets a 304
        Rendered rendered = publisher.render(digest, format, context, stamp);
        EntityTag tag = new EntityTag(rendered.etag());
        Date lastModified = Date.from(rendered.lastModified());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAgeSeconds);
        cache.setNoTransform(false);
        cache.setPrivate(!shared);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return Response.ok(rendered.body(), format.mediaType()).tag(tag).lastModified(lastModified)
                .cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
