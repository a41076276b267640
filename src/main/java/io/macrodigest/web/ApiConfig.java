package io.macrodigest.web;

import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may write through the API ({@code digest.api-keys}) and how much a request may carry ({@code digest.api.*}). */
@ConfigMapping(prefix = "digest")
public interface ApiConfig {

    /** Bearer keys accepted for writes (env DIGEST_API_KEYS, comma separated). */
    Optional<List<String>> apiKeys();

    Api api();

    interface Api {

        /** Lets writes through when no key is configured; meant for dev only. */
        @WithDefault("false")
        boolean openWithoutKeys();

        @WithDefault("5M")
        MemorySize maxHtmlBody();

        @WithDefault("1M")
        MemorySize maxJsonBody();

        /** The Retry-After of a 503 while the database is unreachable. */
        @WithDefault("10s")
        java.time.Duration outageRetryAfter();
    }
}
