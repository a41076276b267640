package io.macrodigest.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.sentiment.Sentiment;
import io.macrodigest.article.Article;
import io.macrodigest.article.ArticleView;
import io.macrodigest.article.RelatedArticle;
import io.macrodigest.article.SqlTimes;


/**
 * Finds analysed articles: newest first (the article listing) or ranked by relevance blended with recency
 * (search), each with keyset pagination.
 *
 * <p>A search works on a bounded candidate set: the {@code digest.search.candidates} newest matches, found
 * through the GIN index of the narrow {@code article_search} table (V11) without reading any article row.
 * Only those are ranked and counted in the facets, so the cost of a query does not grow with how many
 * articles match; {@code total} still counts every match. The trade-off: a match older than the newest N is
 * never listed, even if its text would rank it higher; recency already weighs down old articles, and a
 * narrower query (more words, a filter, a date range) reaches them.
 *
 * <p>The ranked score is {@code (ts_rank_cd(ranking, query, 32) + BODY_MATCH) * ((1 - w) + w * 2^(-age / halfLife))}:
 * cover density rank over title (A) and summary, insights and quotes (B), normalised into [0, 1) (flag 32
 * divides by rank + 1), plus a small constant for the match itself, so that articles matching in the body only
 * still order by recency; then scaled by a recency factor that falls from 1 for a fresh article towards
 * {@code 1 - w} for an old one. Age is measured from the instant the first page was ranked, kept in the cursor,
 * so the scores of later pages are exactly those of the first and (score, id) is a stable keyset.
 */
@ApplicationScoped
public class ArticleSearch {

    private static final String TIME = ArticleFilter.TIME;
    /** What a match in the body alone is worth: below any title or summary match of the same age. */
    private static final double BODY_MATCH = 0.01;
    /** How much of the body a snippet looks at when only the body matched: the opening, where news puts its facts. */
    private static final int BODY_SNIPPET_CHARS = 5_000;
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score)
            .thenComparingLong(Candidate::id).reversed();

    private final EntityManager em;
    private final SearchConfig config;
    private final MeaningBlend meaning;
    private final ObjectMapper mapper;
    private final SearchSlots slots;

    public ArticleSearch(EntityManager em, SearchConfig config, MeaningBlend meaning, ObjectMapper mapper,
            SearchSlots slots) {
        this.em = em;
        this.config = config;
        this.meaning = meaning;
        this.mapper = mapper;
        this.slots = slots;
    }

    /** Newest first, with the whole article (the {@code GET /api/articles} contract). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticlePage list(ArticleQuery query) {
        Page page = newest(query);
        List<Article> articles = load(page.ids());
        String next = page.more() && !articles.isEmpty()
                ? Cursor.newest(articles.getLast().effectiveTime(), articles.getLast().id).encode()
                : null;
        return new ArticlePage(articles.stream().map(ArticleView::of).toList(), next);
    }

    /** Ranked by relevance and recency when there is text to match, else newest first; with facets on request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchResult search(ArticleQuery query, boolean withFacets) {
        return slots.run(() -> searchNow(query, withFacets));
    }

    private SearchResult searchNow(ArticleQuery query, boolean withFacets) {
        ArticleFilter filter = query.filter();
        Candidates candidates = null;
        Page page;
        if (filter.hasText()) {
            Cursor after = query.cursor() == null || query.cursor().isBlank() ? null
                    : Cursor.decode(query.cursor(), Cursor.Kind.RELEVANCE);
            Instant rankedAt = after == null ? Instant.now() : after.time();
            // the model call of the blend holds no connection
            candidates = meaning.blend(filter, work(c -> candidates(c, filter, rankedAt)));
            page = ranked(candidates, after, query.limit());
        } else {
            page = newest(query);
            if (withFacets) {
                candidates = work(c -> candidates(c, filter, null));
            }
        }
        Page shown = page;
        List<Candidate> counted = withFacets ? candidates.list() : List.of();
        Shown result = work(c -> new Shown(hits(c, shown, filter.hasText() ? snippets(c, filter.q(), shown.ids()) : Map.of()),
                withFacets ? facets(c, counted) : Facets.NONE));
        List<SearchHit> hits = result.hits();
        String next = null;
        if (page.more() && !hits.isEmpty()) {
            SearchHit last = hits.getLast();
            next = filter.hasText()
                    ? Cursor.relevance(page.rankedAt(), page.scores().get(last.id()), last.id()).encode()
                    : Cursor.newest(last.publishedAt(), last.id()).encode();
        }
        long total = withFacets ? candidates.total() : -1;
        return new SearchResult(filter.hasText() ? "relevance" : "newest", total, hits, next, result.facets());
    }

    /** Statements on one connection of the session, held for them only. */
    private <T> T work(Sql<T> statements) {
        return em.unwrap(Session.class).doReturningWork(statements::run);
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run(Connection connection) throws SQLException;
    }

    private record Shown(List<SearchHit> hits, Facets facets) {
    }

    private Page newest(ArticleQuery query) {
        Map<String, Object> params = new HashMap<>();
        ArticleFilter filter = query.filter();
        StringBuilder sql = new StringBuilder("select a.id from ").append(filter.sqlFrom(params))
                .append(" where ").append(filter.sqlWhere(params));
        if (query.cursor() != null && !query.cursor().isBlank()) {
            Cursor after = Cursor.decode(query.cursor(), Cursor.Kind.NEWEST);
            sql.append(" and (").append(TIME).append(", a.id) < (:afterTime, :afterId)");
            params.put("afterTime", java.sql.Timestamp.from(after.time()));
            params.put("afterId", after.id());
        }
        sql.append(" order by ").append(TIME).append(" desc, a.id desc limit :limit");
        params.put("limit", query.limit() + 1);
        Query q = em.createNativeQuery(sql.toString(), Long.class);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = new ArrayList<>(q.getResultList());
        boolean more = ids.size() > query.limit();
        return new Page(more ? ids.subList(0, query.limit()) : ids, Map.of(), null, more);
    }

    /**
     * The newest {@code digest.search.candidates} matches and the count of all matches, in one statement: the
     * matching set is materialised once from the GIN bitmap (no ordered index walk that would detoast the
     * document of every row it passes), and only the candidates read their ranking vector. Scores are null
     * when {@code rankedAt} is, for the newest-first listing's facets.
     */
    private Candidates candidates(Connection connection, ArticleFilter filter, Instant rankedAt) throws SQLException {
        Map<String, Object> params = new HashMap<>();
        String score = "cast(null as float8)";
        if (rankedAt != null) {
            double weight = Math.clamp(config.recencyWeight(), 0.0, 1.0);
            score = "(ts_rank_cd(s.ranking, query, 32) + :bodyMatch) * (:keep + :weight * power(2.0,"
                    + " -greatest(:rankedAt - extract(epoch from c.at)::float8, 0) / :halfLife))";
            params.put("bodyMatch", BODY_MATCH);
            params.put("keep", 1 - weight);
            params.put("weight", weight);
            params.put("rankedAt", rankedAt.toEpochMilli() / 1000.0);
            params.put("halfLife", (double) Math.max(1, config.recencyHalfLife().toSeconds()));
        }
        List<String> phrases = filter.hasText() ? requiredPhrases(filter.q()) : List.of();
        if (!phrases.isEmpty()) {
            params.put("phrases", phrases.toArray(String[]::new));
        }
        String sql = "with m as materialized (select s.article_id, s.at from " + filter.sqlSearchFrom(params)
                + " where " + filter.sqlSearchWhere(params)
                + (phrases.isEmpty() ? "" : " and s.pair_buckets @> search_phrase_buckets(cast(:phrases as text[]))")
                + "),"
                + " c as (select article_id, at from m order by at desc, article_id desc limit :candidates)"
                + " select c.article_id, s.source_id, " + score + ", (select count(*) from m), s.drivers, s.assets"
                + " from c join article_search s on s.article_id = c.article_id"
                + (rankedAt == null ? "" : " cross join websearch_to_tsquery('english', :q) query");
        params.put("candidates", Math.max(1, config.candidates()));
        List<Object[]> rows = SqlRows.query(connection, sql, params);
        List<Candidate> list = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            list.add(new Candidate(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).doubleValue(), ((Number) row[4]).intValue(), (String[]) row[5]));
        }
        long total = rows.isEmpty() ? 0 : ((Number) rows.getFirst()[3]).longValue();
        return new Candidates(list, total, rankedAt);
    }

    /**
     * The quoted phrases of a web-search query that every match must hold, whose word pairs' buckets (V35) narrow
     * the matches through an index before the exact recheck: none when the query has an
     * {@code or} (a phrase may be one of the alternatives), and not an excluded one ({@code -"..."}). An unclosed
     * quote runs to the end, as {@code websearch_to_tsquery} reads it.
     */
    static List<String> requiredPhrases(String q) {
        List<String> phrases = new ArrayList<>();
        StringBuilder unquoted = new StringBuilder();
        int i = 0;
        while (i < q.length()) {
            int open = q.indexOf('"', i);
            if (open < 0) {
                unquoted.append(q, i, q.length());
                break;
            }
            unquoted.append(q, i, open).append(' ');
            int close = q.indexOf('"', open + 1);
            int end = close < 0 ? q.length() : close;
            if (open == 0 || q.charAt(open - 1) != '-') {
                phrases.add(q.substring(open + 1, end));
            }
            i = end + 1;
        }
        for (String token : unquoted.toString().split("\\s+")) {
            if (token.equalsIgnoreCase("or")) {
                return List.of();
            }
        }
        return phrases;
    }

    /** One page of the candidates in (score, id) order, after the cursor's position. */
    private static Page ranked(Candidates candidates, Cursor after, int limit) {
        List<Candidate> ordered = candidates.list().stream()
                .filter(c -> after == null || c.score() < after.score()
                        || (c.score() == after.score() && c.id() < after.id()))
                .sorted(BEST_FIRST).limit(limit + 1L).toList();
        boolean more = ordered.size() > limit;
        List<Long> ids = new ArrayList<>();
        Map<Long, Double> scores = new HashMap<>();
        for (Candidate c : more ? ordered.subList(0, limit) : ordered) {
            ids.add(c.id());
            scores.put(c.id(), c.score());
        }
        return new Page(ids, scores, candidates.rankedAt(), more);
    }

    /**
     * Highlighted fragments for one page of ids only, from the short fields (summary, insights, quotes); for a
     * hit that matched in its body alone, from the opening of the body instead, so that every hit shows why it
     * matched. Bounded either way: {@code ts_headline} never parses a whole long body. The statement is V44's
     * {@code search_snippets}, planned once per connection: it reads the page's hits by id whatever was searched.
     */
    private Map<Long, String> snippets(Connection connection, String q, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // a snippet highlights any searched word it holds: under the query's own AND, a field holding only some of
        // the words (the rest matched in the title) would show no highlight at all
        Map<String, Object> params = new HashMap<>();
        params.put("q", anyWordOf(q));
        params.put("ids", ids.toArray(Long[]::new));
        params.put("options", "StartSel=" + SnippetHtml.START + ", StopSel=" + SnippetHtml.STOP
                + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"");
        params.put("bodyChars", BODY_SNIPPET_CHARS);
        Map<Long, String> out = new HashMap<>();
        for (Object[] row : SqlRows.query(connection,
                "select id, short, body from search_snippets(:q, :ids, :options, :bodyChars)", params)) {
            String shortFields = (String) row[1];
            String body = (String) row[2];
            boolean bodyMarked = body != null && body.indexOf(SnippetHtml.START) >= 0;
            out.put(((Number) row[0]).longValue(), SnippetHtml.of(bodyMarked ? body : shortFields));
        }
        return out;
    }

    /** The searched words of a web-search query joined by {@code or}: exclusions and the {@code or} operator left out. */
    static String anyWordOf(String q) {
        List<String> words = new ArrayList<>();
        for (String token : q.strip().split("\\s+")) {
            String word = token.replace("\"", "");
            if (!token.startsWith("-") && !word.isBlank() && !word.equalsIgnoreCase("or")) {
                words.add(word);
            }
        }
        return words.isEmpty() ? q : String.join(" or ", words);
    }

    /**
     * Driver, asset and source counts over the candidates, from the values they were read with: no
     * statement but the labels of the top sources.
     */
    private Facets facets(Connection connection, List<Candidate> candidates) throws SQLException {
        if (candidates.isEmpty()) {
            return Facets.NONE;
        }
        Map<String, Long> drivers = new HashMap<>();
        Map<String, Long> assets = new HashMap<>();
        Map<String, String> assetLabels = new HashMap<>();
        for (Candidate c : candidates) {
            for (Driver d : Driver.values()) {
                if ((c.drivers() & DriverFilter.bit(d, DriverFilter.Tone.ANY)) != 0) {
                    drivers.merge(d.id(), 1L, Long::sum);
                }
            }
            for (String form : c.assets()) {
                if (form.startsWith("=")) {
                    // as a model wrote it; one spelling per asset, the first in sort order
                    assetLabels.merge(form.substring(1).toLowerCase(Locale.ROOT), form.substring(1),
                            (x, y) -> x.compareTo(y) <= 0 ? x : y);
                } else {
                    assets.merge(form, 1L, Long::sum);
                }
            }
        }
        List<Facets.Count> driverCounts = drivers.entrySet().stream()
                .sorted(Map.Entry.<String, Long> comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(e -> new Facets.Count(e.getKey(), e.getKey(), e.getValue())).toList();
        List<Facets.Count> assetCounts = assets.entrySet().stream()
                .map(e -> {
                    String label = assetLabels.getOrDefault(e.getKey(), e.getKey());
                    return new Facets.Count(label, label, e.getValue());
                })
                .sorted(Comparator.comparingLong(Facets.Count::count).reversed().thenComparing(Facets.Count::value))
                .limit(config.facetLimit()).toList();
        return new Facets(driverCounts, assetCounts, sources(connection, candidates), candidates.size());
    }

    /** Source counts from the candidates' source ids, labelled with one lookup of the top sources. */
    private List<Facets.Count> sources(Connection connection, List<Candidate> candidates) throws SQLException {
        Map<Long, Long> counts = candidates.stream().filter(c -> c.sourceId() != null)
                .collect(Collectors.groupingBy(Candidate::sourceId, Collectors.counting()));
        List<Map.Entry<Long, Long>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<Long, Long> comparingByValue().reversed()
                        .thenComparing(e -> String.valueOf(e.getKey())))
                .limit(config.facetLimit()).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = SqlRows.query(connection, "select id, coalesce(title, url) from source where id = any(:ids)",
                Map.of("ids", top.stream().map(Map.Entry::getKey).toArray(Long[]::new)));
        Map<Long, String> labels = rows.stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
        return top.stream().map(e -> new Facets.Count(String.valueOf(e.getKey()),
                labels.getOrDefault(e.getKey(), String.valueOf(e.getKey())), e.getValue())).toList();
    }

    /** The other analysed articles of the story {@code id} belongs to, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RelatedArticle> sameStory(long id) {
        Query q = em.createNativeQuery("select a.id, a.title, a.canonical_url, a.site_name, " + TIME
                + " from article a where coalesce(a.cluster_id, a.id) ="
                + " (select coalesce(b.cluster_id, b.id) from article b where b.id = :id)"
                + " and a.id <> :id and a.status = 'ANALYZED' order by " + TIME + ", a.id limit 50");
        q.setParameter("id", id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new RelatedArticle(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], SqlTimes.instant(r[4]))).toList();
    }

    /** Loads articles keeping the order of {@code ids}. */
    List<Article> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = Article.<Article> list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return ids.stream().map(byId::get).filter(a -> a != null).toList();
    }

    /**
     * The page's hits in its order, with the drivers and assets each shows, in three plain statements: loading
     * them as entities with their collections cost half of a search's time in the application (HQL
     * interpretation and hydration of columns a hit never shows).
     */
    private List<SearchHit> hits(Connection connection, Page page, Map<Long, String> snippets) throws SQLException {
        if (page.ids().isEmpty()) {
            return List.of();
        }
        Long[] ids = page.ids().toArray(Long[]::new);
        Map<Long, List<Analysis.DriverTag>> drivers = new HashMap<>();
        for (Object[] r : rows(connection, "select d.article_id, d.driver, d.tone, d.direction, d.confidence, cast(d.evidence as text)"
                + " from article_driver d where d.article_id = any(:ids) order by d.article_id, d.position", ids)) {
            drivers.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>()).add(new Analysis.DriverTag(
                    Driver.valueOf((String) r[1]), ((Number) r[2]).doubleValue(), (String) r[3],
                    ((Number) r[4]).doubleValue(), evidence((String) r[5])));
        }
        Map<Long, List<Analysis.AssetTag>> assets = new HashMap<>();
        for (Object[] r : rows(connection, "select x.article_id, x.asset, x.sentiment, x.mentions from article_asset x"
                + " where x.article_id = any(:ids) order by x.article_id, x.position", ids)) {
            assets.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>()).add(new Analysis.AssetTag(
                    (String) r[1], ((Number) r[2]).doubleValue(), ((Number) r[3]).intValue()));
        }
        Map<Long, SearchHit> byId = new HashMap<>();
        for (Object[] r : rows(connection, "select a.id, a.cluster_id, a.title, a.canonical_url, a.site_name, " + TIME
                + ", a.summary, a.sentiment_label, a.sentiment_score from article a where a.id = any(:ids)", ids)) {
            long id = ((Number) r[0]).longValue();
            String summary = (String) r[6];
            byId.put(id, new SearchHit(id, r[1] == null ? id : ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (String) r[4], SqlTimes.instant(r[5]), summary,
                    snippets.containsKey(id) ? snippets.get(id) : SnippetHtml.of(summary), page.scores().get(id),
                    new Sentiment(r[7] == null ? null : Sentiment.Label.valueOf((String) r[7]),
                            r[8] == null ? 0 : ((Number) r[8]).doubleValue()),
                    drivers.getOrDefault(id, List.of()), assets.getOrDefault(id, List.of())));
        }
        return page.ids().stream().map(byId::get).filter(h -> h != null).toList();
    }

    private static List<Object[]> rows(Connection connection, String sql, Long[] ids) throws SQLException {
        return SqlRows.query(connection, sql, Map.of("ids", ids));
    }

    private List<String> evidence(String json) {
        try {
            return json == null ? List.of() : List.of(json.isEmpty() ? new String[0] : mapper.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article_driver.evidence is not a JSON array of strings", e);
        }
    }

    private record Page(List<Long> ids, Map<Long, Double> scores, Instant rankedAt, boolean more) {
    }

    /** @param drivers and {@code assets}: the search row's own (V41), which the facets count */
    record Candidate(long id, Long sourceId, double score, int drivers, String[] assets) {

        Candidate withScore(double newScore) {
            return new Candidate(id, sourceId, newScore, drivers, assets);
        }
    }

    /** @param total every match, not only the candidates */
    record Candidates(List<Candidate> list, long total, Instant rankedAt) {
    }
}
