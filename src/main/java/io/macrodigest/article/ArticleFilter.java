package io.macrodigest.article;
import io.macrodigest.analysis.sentiment.Sentiment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/**
 * Which analysed articles a search, a digest or a feed is about; null or empty means "any". Renders itself as
 * SQL over {@code article a} or the narrow {@code article_search s} (and the parsed query as {@code query} when
 * there is text to match).
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
        return "article a" + query(params);
    }

    /** The FROM clause over {@code article_search s}, for {@link #sqlSearchWhere}. */
    public String sqlSearchFrom(Map<String, Object> params) {
        return "article_search s" + query(params);
    }

    private String query(Map<String, Object> params) {
        if (!hasText()) {
            return "";
        }
        params.put("q", q);
        return " cross join websearch_to_tsquery('english', :q) query";
    }

    /** The WHERE condition over {@code article a}, parameters added to {@code params}. */
    public String sqlWhere(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("a.status = 'ANALYZED'");
        if (hasText()) {
            sql.append(" and a.id in (select s.article_id from article_search s where s.document @@ query)");
        }
        appendFilters(sql, params, ARTICLE);
        return sql.toString();
    }

    /**
     * The WHERE condition over the narrow {@code article_search s} (analysed articles only), which has the
     * filter columns of article: a search never has to visit the wide article rows of its matches.
     */
    public String sqlSearchWhere(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(hasText() ? "s.document @@ query" : "true");
        appendFilters(sql, params, SEARCH);
        return sql.toString();
    }

    /** Where the filtered columns are in each of the two tables; article_search has its own drivers and assets (V41). */
    private record Columns(String id, String time, String sentiment, String source, String language) {
    }

    private static final Columns ARTICLE = new Columns("a.id", TIME, "a.sentiment_label", "a.source_id", "a.language");
    private static final Columns SEARCH = new Columns("s.article_id", "s.at", "s.sentiment_label", "s.source_id",
            "s.language");

    /** The search row's filter keys as its text index holds them (V42). */
    private static final String SEARCH_KEYS = "search_filter_keys(s.drivers, s.assets, s.source_id, s.sentiment_label)";

    private void appendFilters(StringBuilder sql, Map<String, Object> params, Columns c) {
        if (c == SEARCH) {
            appendSearchKeys(sql, params);
        } else {
            appendAnalysisSignals(sql, params, c);
            if (sentiment != null) {
                sql.append(" and ").append(c.sentiment()).append(" = :sentiment");
                params.put("sentiment", sentiment.name());
            }
            if (sourceId != null) {
                sql.append(" and ").append(c.source()).append(" = :sourceId");
                params.put("sourceId", sourceId);
            }
        }
        if (language != null) {
            // "en" also finds "en-GB"
            sql.append(" and (lower(").append(c.language()).append(") = :language or lower(").append(c.language())
                    .append(") like :languagePrefix)");
            params.put("language", language);
            params.put("languagePrefix", language + "-%");
        }
        if (from != null) {
            sql.append(" and ").append(c.time()).append(" >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and ").append(c.time()).append(" < :to");
            params.put("to", Timestamp.from(to));
        }
    }

    /**
     * Drivers, asset, sentiment and source as keys the search row must hold (V42), each the same test as of its
     * column (a driver filter's bits all set, the asset among the lower-case forms, the label, the source), so the
     * text index answers them with the words and the rows that fail them are never read. The column tests are
     * written too: where a plan reads rows one by one (the newest rows by the time index), they are what is
     * evaluated first, and the keys function (a call building an array) runs only for rows that pass them.
     */
    private void appendSearchKeys(StringBuilder sql, Map<String, Object> params) {
        List<String> keys = new ArrayList<>();
        int mask = 0;
        for (DriverFilter d : drivers) {
            mask |= d.bit();
        }
        if (mask != 0) {
            sql.append(" and (s.drivers & :driverMask) = :driverMask");
            params.put("driverMask", mask);
            for (int b = 0; b < Integer.SIZE - 1; b++) {
                if ((mask & (1 << b)) != 0) {
                    keys.add("d" + b);
                }
            }
        }
        if (asset != null) {
            sql.append(" and s.assets @> cast(:assets as text[])");
            params.put("assets", new String[] { asset.toLowerCase(Locale.ROOT) });
            keys.add("a:" + asset.toLowerCase(Locale.ROOT));
        }
        if (sentiment != null) {
            sql.append(" and s.sentiment_label = :sentiment");
            params.put("sentiment", sentiment.name());
            keys.add("s:" + sentiment.name());
        }
        if (sourceId != null) {
            sql.append(" and s.source_id = :sourceId");
            params.put("sourceId", sourceId);
            keys.add("src:" + sourceId);
        }
        if (!keys.isEmpty()) {
            sql.append(" and ").append(SEARCH_KEYS).append(" @> cast(:filterKeys as text[])");
            params.put("filterKeys", keys.toArray(String[]::new));
        }
    }

    /** Drivers and asset over the analysis tables, for statements over {@code article a}. */
    private void appendAnalysisSignals(StringBuilder sql, Map<String, Object> params, Columns c) {
        for (int i = 0; i < drivers.size(); i++) {
            DriverFilter d = drivers.get(i);
            sql.append(" and exists (select 1 from article_driver d where d.article_id = ").append(c.id())
                    .append(" and d.driver = :driver").append(i);
            sql.append(switch (d.tone()) {
                case POSITIVE -> " and d.tone > 0)";
                case NEGATIVE -> " and d.tone < 0)";
                case ANY -> ")";
            });
            params.put("driver" + i, d.driver().name());
        }
        if (asset != null) {
            sql.append(" and exists (select 1 from article_asset x where x.article_id = ").append(c.id())
                    .append(" and lower(x.asset) = lower(:asset))");
            params.put("asset", asset);
        }
    }
}
