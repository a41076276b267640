package io.macrodigest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sample articles that fill an empty database so a first start shows something; on in dev only. */
@ConfigMapping(prefix = "digest.sample-content")
public interface SampleContentConfig {

    @WithDefault("false")
    boolean enabled();
}
