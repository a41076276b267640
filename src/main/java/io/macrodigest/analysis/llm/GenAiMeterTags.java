package io.macrodigest.analysis.llm;

import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps quarkus-langchain4j's {@code gen_ai_*} meters to one set of tag keys each. The extension tags a call
 * with the AI service's class and method only on a Vert.x context, with the response model only on success,
 * and with the error message on failure; Prometheus refuses a second set of keys for a name, so without this
 * the token and duration figures of every call after the first kind are lost (and an error message is no
 * tag: its values are unbounded).
 */
class GenAiMeterTags {

    private static final Set<String> KEPT = Set.of("gen_ai.operation.name", "gen_ai.request.model", "gen_ai.token.type");

    @Produces
    @Singleton
    MeterFilter oneTagSetPerGenAiMeter() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("gen_ai.")) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream().filter(t -> KEPT.contains(t.getKey())).toList());
            }
        };
    }

    /**
     * Drops the extension's {@code guardrail.*} meters: they are registered with two different sets of tag
     * keys depending on the calling thread, so Prometheus refused the second (a warning on every scheduled
     * analysis). The one guardrail we run is counted by {@code digest.llm.answers.malformed}.
     */
    @Produces
    @Singleton
    MeterFilter noGuardrailMeters() {
        return MeterFilter.denyNameStartsWith("guardrail.");
    }
}
