package io.macrodigest.ingest;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the service reads from the network. */
@ConfigMapping(prefix = "digest.fetch")
public interface FetchConfig {

    @WithDefault("5s")
    Duration connectTimeout();

    /** Deadline for the whole exchange, body included: a slow site cannot hold a worker longer. */
    @WithDefault("20s")
    Duration timeout();

    @WithDefault("5M")
    MemorySize maxBodySize();

    @WithDefault("5")
    int maxRedirects();

    @WithDefault("macro-digest/0.1 (+https://github.com/macro-digest/macro-digest)")
    String userAgent();
}
