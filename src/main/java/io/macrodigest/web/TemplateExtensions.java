package io.macrodigest.web;
import io.macrodigest.analysis.Analysis;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.macrodigest.digest.Digest;
import io.quarkus.qute.TemplateExtension;

/** Presentation helpers the page templates call on API records. */
@TemplateExtension
final class TemplateExtensions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private TemplateExtensions() {
    }

    /** CSS class of a tone badge: a small dead zone keeps near-zero readings neutral. */
    static String toneClass(Analysis.DriverTag tag) {
        return toneClassOf(tag.tone());
    }

    static String toneClass(Digest.DriverPulse pulse) {
        return pulse.articles() == 0 ? "neu" : toneClassOf(pulse.netTone());
    }

    static String toneClassOf(double tone) {
        return tone > 0.1 ? "pos" : tone < -0.1 ? "neg" : "neu";
    }

    /** A tone or sentiment with its sign and two decimals, e.g. {@code +0.25}. */
    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    /** A value for a query string: "US equities" or "S&P 500" must stay one parameter. */
    static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The UTC calendar day of an instant, as a date input wants it. */
    static String day(Instant time) {
        return time == null ? "" : time.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The last UTC day before an exclusive end: what a form's inclusive "to" date shows. */
    static String lastDayBefore(Instant end) {
        return end == null ? "" : end.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    static String when(Instant time) {
        return time == null ? "" : WHEN.format(time);
    }
}
