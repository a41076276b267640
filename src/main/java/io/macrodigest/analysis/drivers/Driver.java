package io.macrodigest.analysis.drivers;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The five macro drivers of the transmission chain inflation → rates → liquidity → risk appetite → prices. */
public enum Driver {
    RATES("rates"),
    INFLATION("inflation"),
    GROWTH("growth"),
    LIQUIDITY("liquidity"),
    RISK_APPETITE("risk-appetite");

    private final String id;

    Driver(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Driver> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equalsIgnoreCase(id)).findFirst();
    }

    @JsonCreator
    public static Driver parse(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown driver: " + id));
    }
}
