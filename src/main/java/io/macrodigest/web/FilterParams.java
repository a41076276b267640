package io.macrodigest.web;
import io.macrodigest.analysis.sentiment.Sentiment;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import io.macrodigest.search.ArticleFilter;
import io.macrodigest.search.DriverFilter;

/**
 * The article filter as query parameters, shared by the listing, search, digests and pages:
 * {@code q, driver (repeatable, rates or rates:+ / rates:-), tone, asset, sentiment, source, lang, from, to}.
 */
public class FilterParams {

    @QueryParam("q")
    String q;
    @QueryParam("driver")
    List<String> driver;
    @QueryParam("tone")
    String tone;
    @QueryParam("asset")
    String asset;
    @QueryParam("sentiment")
    String sentiment;
    @QueryParam("source")
    String source;
    @QueryParam("lang")
    String language;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;

    /** The same parameters given in a request body rather than the query string. */
    static FilterParams of(String q, List<String> driver, String tone, String asset, String sentiment, String source,
            String language) {
        FilterParams p = new FilterParams();
        p.q = q;
        p.driver = driver;
        p.tone = tone;
        p.asset = asset;
        p.sentiment = sentiment;
        p.source = source;
        p.language = language;
        return p;
    }

    /** The filter these parameters describe; a 400 problem names the parameter that is wrong. */
    ArticleFilter toFilter() {
        return new ArticleFilter(q, drivers(), atMost(asset, 64, "asset"),
                Requests.oneOf(sentiment, "sentiment", Sentiment.Label.values(), Sentiment.Label::id),
                sourceId(), atMost(language, 16, "lang"),
                Requests.instant(from, "from", false),
                Requests.instant(to, "to", true));
    }

    /** As long as the stored columns (a saved query keeps these), so a longer value is refused up front. */
    private static String atMost(String value, int max, String name) {
        if (value != null && value.strip().length() > max) {
            throw ApiProblem.badRequest("'" + name + "' is longer than " + max + " characters.");
        }
        return value;
    }

    private List<DriverFilter> drivers() {
        try {
            DriverFilter.Tone defaultTone = DriverFilter.Tone.parse(tone);
            List<DriverFilter> out = new ArrayList<>();
            if (driver != null) {
                for (String value : driver) {
                    for (String one : value.split(",")) {
                        if (!one.isBlank()) {
                            out.add(DriverFilter.parse(one, defaultTone));
                        }
                    }
                }
            }
            if (out.isEmpty() && defaultTone != DriverFilter.Tone.ANY) {
                throw new IllegalArgumentException("'tone' needs a 'driver' to apply to.");
            }
            return out;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    private Long sourceId() {
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(source.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("'source' must be a source id (a number), not '" + source + "'.");
        }
    }
}
