package io.macrodigest.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import io.macrodigest.article.CacheConfig;
import io.macrodigest.article.DataVersion;
import io.macrodigest.article.VersionedCache;

/**
 * Serves digests in every format through the cache, with validators that can be checked before any digest is
 * built: the ETag hashes the request, the format, where it is published and the data version.
 */
@ApplicationScoped
public class DigestPublisher {

    private final DigestService digests;
    private final DigestRenderer renderer;
    private final DataVersion dataVersion;
    private final VersionedCache<Rendered> rendered;
    private final VersionedCache<Digest> built;

    public DigestPublisher(DigestService digests, DigestRenderer renderer, DataVersion dataVersion,
            CacheConfig config) {
        this.digests = digests;
        this.renderer = renderer;
        this.dataVersion = dataVersion;
        // a digest covers fixed dates, so only a new data version makes it stale
        this.rendered = new VersionedCache<>(config.digests(), Long.MAX_VALUE);
        this.built = new VersionedCache<>(config.digests(), Long.MAX_VALUE);
    }

    public DataVersion.Stamp version() {
        return dataVersion.current();
    }

    /**
     * The digest in one format, with validators of its content: the ETag hashes what the digest says (not when it
     * was generated), and Last-Modified stays where it was while a rebuild says the same. So a newsletter job
     * polling a narrow feed gets 304s while articles it does not cover keep arriving.
     */
    public Rendered render(DigestRequest request, DigestFormat format, FeedContext context, DataVersion.Stamp stamp) {
        String key = key(request, format, context);
        return rendered.get(key, stamp.version(), () -> {
            Digest digest = digest(request, stamp);
            String etag = hash(key + '#' + content(digest));
            Rendered previous = rendered.latest(key);
            Instant lastModified = previous != null && previous.etag().equals(etag) ? previous.lastModified()
                    : stamp.changedAt();
            return new Rendered(renderer.render(digest, format, context), format, etag, lastModified);
        });
    }

    /** What the digest says: every field but the instant it was generated at. */
    private static String content(Digest d) {
        return new Digest(d.period(), d.date(), d.from(), d.to(), d.query(), null, d.updatedAt(), d.articleCount(),
                d.storyCount(), d.drivers(), d.stories()).toString();
    }

    /** The digest itself, built once per data version and shared by every format and page that shows it. */
    public Digest digest(DigestRequest request, DataVersion.Stamp stamp) {
        return built.get(request.key(), stamp.version(), () -> digests.build(request));
    }

    private static String key(DigestRequest request, DigestFormat format, FeedContext context) {
        return request.key() + '|' + format.id() + '|' + context;
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
