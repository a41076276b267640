package io.macrodigest.web;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many expensive reads (search, digests, feeds) a pod works on at once before it sheds more ({@code digest.load.*}). */
@ConfigMapping(prefix = "digest.load")
public interface LoadConfig {

    /** Requests in progress on the limited paths; one more is refused with 503 instead of waiting in a queue. */
    @WithDefault("64")
    int maxConcurrent();

    /** Sent as {@code Retry-After} with a refusal, in whole seconds (at least one). */
    @WithDefault("1S")
    Duration retryAfter();

    /** Path prefixes the limit applies to. */
    @WithDefault("/api/search,/search,/api/digest,/digest,/feeds/")
    List<String> paths();
}
