package io.macrodigest.article;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.macrodigest.analysis.Sentiment;

/**
 * Which analysed articles a search, a digest or a feed is about; null or empty means "any". Renders itself as
 * SQL over {@code article a} (and the parsed query as {@code query} when there is text to match).
 */
public record ArticleFilter(String q, List<DriverFilter> drivers, String asset, Sentiment.Label sentiment,
        Long sourceId, String language, Instant from, Instant to) {

    /** The time articles are sorted and bucketed by: when published, else when read. */
    public static final String TIME = "coalesce(a.published_at, a.fetched_at)";

    public static final ArticleFilter ANY = new ArticleFilter(null, List.of(), null, null, null, null, null, null);

    public ArticleFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        drivers = drivers == null ? List.of() : List.copyOf(drivers);
        asset = asset == null || asset.isBlank() ? null : asset.strip();
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasText() {
        return q != null;
    }

    public ArticleFilter between(Instant newFrom, Instant newTo) {
        return new ArticleFilter(q, drivers, asset, sentiment, sourceId, language, newFrom, newTo);
    }

    /** The FROM clause; the web-search query is parsed once per statement and joined as {@code query}. */
    public String sqlFrom(Map<String, Object> params) {
        if (!hasText()) {
            return "article a";
        }
        params.put("q", q);
        return "article a cross join websearch_to_tsquery('english', :q) query";
    }

    /** The WHERE condition, parameters added to {@code params}. */
    public String sqlWhere(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("a.status = 'ANALYZED'");
        if (hasText()) {
            sql.append(" and a.search_vector @@ query");
        }
        for (int i = 0; i < drivers.size(); i++) {
            DriverFilter d = drivers.get(i);
            sql.append(" and exists (select 1 from article_driver d where d.article_id = a.id and d.driver = :driver")
                    .append(i);
            sql.append(switch (d.tone()) {
                case POSITIVE -> " and d.tone > 0)";
                case NEGATIVE -> " and d.tone < 0)";
                case ANY -> ")";
            });
            params.put("driver" + i, d.driver().name());
        }
        if (asset != null) {
            sql.append(" and exists (select 1 from article_asset s where s.article_id = a.id"
                    + " and lower(s.asset) = lower(:asset))");
            params.put("asset", asset);
        }
        if (sentiment != null) {
            sql.append(" and a.sentiment_label = :sentiment");
            params.put("sentiment", sentiment.name());
        }
        if (sourceId != null) {
            sql.append(" and a.source_id = :sourceId");
            params.put("sourceId", sourceId);
        }
        if (language != null) {
            // "en" also finds "en-GB"
            sql.append(" and (lower(a.language) = :language or lower(a.language) like :languagePrefix)");
            params.put("language", language);
            params.put("languagePrefix", language + "-%");
        }
        if (from != null) {
            sql.append(" and ").append(TIME).append(" >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and ").append(TIME).append(" < :to");
            params.put("to", Timestamp.from(to));
        }
        return sql.toString();
    }
}
