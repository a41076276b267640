package io.macrodigest.search;
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
     * filter columns of article: a search never has to visit the wide article rows of its matches. The driver,
     * asset, sentiment and source filters are keys of the text index (V42), for statements that find their rows
     * through it.
     */
    public String sqlSearchWhere(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(hasText() ? "s.document @@ query" : "true");
        appendFilters(sql, params, SEARCH_BY_INDEX);
        return sql.toString();
    }

    /**
     * As {@link #sqlSearchWhere} without text, with the filters as tests of the row's columns: for a statement
     * that walks the time index and tests row after row, where the index keys' function (an array built for
     * each row) cost 45-110 ms for the newest 1,000 rows of a common asset or driver.
     */
    public String sqlSearchRowWhere(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("true");
        appendFilters(sql, params, SEARCH_BY_ROW);
        return sql.toString();
    }

    /** How drivers, asset, sentiment and source are tested. */
    private enum Signals {
        /** exists() over article_driver and article_asset, columns of article */
        ANALYSIS_TABLES,
        /** the search row's own columns (V41) */
        ROW_COLUMNS,
        /** keys of the search row in its text index (V42) */
        INDEX_KEYS
    }

    /** Where the filtered columns are in each of the two tables. */
    private record Columns(String id, String time, String sentiment, String source, String language, Signals signals) {
    }

    private static final Columns ARTICLE = new Columns("a.id", TIME, "a.sentiment_label", "a.source_id", "a.language",
            Signals.ANALYSIS_TABLES);
    private static final Columns SEARCH_BY_ROW = new Columns("s.article_id", "s.at", "s.sentiment_label", "s.source_id",
            "s.language", Signals.ROW_COLUMNS);
    private static final Columns SEARCH_BY_INDEX = new Columns("s.article_id", "s.at", "s.sentiment_label",
            "s.source_id", "s.language", Signals.INDEX_KEYS);

    /** The search row's filter keys as its text index holds them (V42). */
    private static final String SEARCH_KEYS = "search_filter_keys(s.drivers, s.assets, s.source_id, s.sentiment_label)";

    private void appendFilters(StringBuilder sql, Map<String, Object> params, Columns c) {
        switch (c.signals()) {
            case ANALYSIS_TABLES -> appendAnalysisSignals(sql, params, c);
            case ROW_COLUMNS -> appendRowSignals(sql, params);
            case INDEX_KEYS -> appendSearchKeys(sql, params);
        }
        if (c.signals() != Signals.INDEX_KEYS) {
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

    /** Drivers and asset as tests of the search row's own columns (V41). */
    private void appendRowSignals(StringBuilder sql, Map<String, Object> params) {
        int mask = driverMask();
        if (mask != 0) {
            sql.append(" and (s.drivers & :driverMask) = :driverMask");
            params.put("driverMask", mask);
        }
        if (asset != null) {
            sql.append(" and s.assets @> cast(:assets as text[])");
            params.put("assets", new String[] { asset.toLowerCase(Locale.ROOT) });
        }
    }

    private int driverMask() {
        int mask = 0;
        for (DriverFilter d : drivers) {
            mask |= d.bit();
        }
        return mask;
    }

    /**
     * Drivers, asset, sentiment and source as keys the search row must hold (V42), each the same test as of its
     * column (a driver filter's bits all set, the asset among the lower-case forms, the label, the source), so the
     * text index answers them with the words and the rows that fail them are never read. Not also as column
     * tests: the planner would count each filter twice, expect a few rows where there are thousands and pick a
     * parallel plan (57 ms instead of 12 for "bitcoin -etf" with a driver).
     */
    private void appendSearchKeys(StringBuilder sql, Map<String, Object> params) {
        List<String> keys = new ArrayList<>();
        int mask = driverMask();
        for (int b = 0; b < Integer.SIZE - 1; b++) {
            if ((mask & (1 << b)) != 0) {
                keys.add("d" + b);
            }
        }
        if (asset != null) {
            keys.add("a:" + asset.toLowerCase(Locale.ROOT));
        }
        if (sentiment != null) {
            keys.add("s:" + sentiment.name());
        }
        if (sourceId != null) {
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
