package io.macrodigest.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /** Product token matched against robots.txt user-agent lines. */
    @WithDefault("macro-digest")
    String robotsAgent();

    /** Addresses or CIDR ranges exempt from the private-address refusal (tests use 127.0.0.1/32). */
    Optional<List<String>> allowedNetworks();

    /** Least time between two requests to one host from this instance; robots.txt Crawl-delay may raise it. */
    @WithDefault("1s")
    Duration minHostDelay();

    /** Upper bound on a Crawl-delay or Retry-After we agree to wait inside one fetch. */
    @WithDefault("30s")
    Duration maxPoliteWait();

    /** How long a robots.txt stays cached. */
    @WithDefault("1h")
    Duration robotsTtl();

    /** Attempts for a transient failure (timeouts, 5xx, 429), with exponential backoff and jitter between. */
    @WithDefault("3")
    int attempts();

    @WithDefault("500ms")
    Duration backoffBase();
}
