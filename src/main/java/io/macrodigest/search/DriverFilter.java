package io.macrodigest.search;
import io.macrodigest.analysis.drivers.Driver;

import java.util.Locale;


/**
 * Articles that carry a driver, optionally only with a tone of one sign. Written {@code rates}, {@code rates:+}
 * or {@code rates:-} in a query string.
 */
public record DriverFilter(Driver driver, Tone tone) {

    /**
     * This filter's bit in {@code article_search.drivers} (V41): three bits a driver, in the order of the
     * migration's table, for carried, some tone above zero and some tone below.
     */
    public int bit() {
        return bit(driver, tone);
    }

    static int bit(Driver driver, Tone tone) {
        int k = switch (driver) {
            case RATES -> 0;
            case INFLATION -> 1;
            case GROWTH -> 2;
            case LIQUIDITY -> 3;
            case RISK_APPETITE -> 4;
        };
        return 1 << (3 * k + tone.ordinal());
    }

    /** In the order of their bits in {@code article_search.drivers}. */
    public enum Tone {
        ANY(""), POSITIVE("+"), NEGATIVE("-");

        private final String sign;

        Tone(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }

        /** {@code positive}, {@code negative}, {@code +}, {@code -}; null or blank is any tone. */
        public static Tone parse(String value) {
            if (value == null || value.isBlank()) {
                return ANY;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "+", "positive", "pos" -> POSITIVE;
                case "-", "negative", "neg" -> NEGATIVE;
                case "any" -> ANY;
                default -> throw new IllegalArgumentException(
                        "'tone' must be positive or negative (or + / -), not '" + value + "'.");
            };
        }
    }

    /** Parses {@code driver[:sign]}; {@code defaultTone} applies when no sign is written. */
    public static DriverFilter parse(String value, Tone defaultTone) {
        String raw = value.strip();
        int colon = raw.indexOf(':');
        String id = colon < 0 ? raw : raw.substring(0, colon);
        Tone tone = colon < 0 ? defaultTone : Tone.parse(raw.substring(colon + 1));
        Driver driver = Driver.fromId(id).orElseThrow(() -> new IllegalArgumentException("'driver' must be one of "
                + java.util.Arrays.stream(Driver.values()).map(Driver::id).toList() + ", not '" + id + "'."));
        return new DriverFilter(driver, tone);
    }

    /** The query-string form, e.g. {@code rates:+}. */
    public String id() {
        return driver.id() + (tone == Tone.ANY ? "" : ":" + tone.sign());
    }
}
