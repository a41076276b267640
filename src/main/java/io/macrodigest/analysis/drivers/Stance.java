package io.macrodigest.analysis.drivers;

import com.fasterxml.jackson.annotation.JsonValue;

/** Monetary-policy stance of a text: hawkish leans to tighter policy, dovish to easier. */
public enum Stance {
    HAWKISH, DOVISH, NEUTRAL;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
