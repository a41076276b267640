package io.macrodigest.analysis.sentiment;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** @param score in [-1, 1]; its sign agrees with the label, and neutral scores stay near zero */
@RegisterForReflection
public record Sentiment(Label label, double score) {

    public enum Label {
        POSITIVE, NEGATIVE, NEUTRAL;

        @JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
