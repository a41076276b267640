package io.macrodigest.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.macrodigest.analysis.Analysis;

/**
 * Finds analysed articles: newest first (the article listing) or ranked by relevance blended with recency
 * (search), each with keyset pagination.
 *
 * <p>The ranked score is {@code ts_rank_cd(search_vector, query, 32) * ((1 - w) + w * 2^(-age / halfLife))}:
 * cover density rank normalised into [0, 1) (flag 32 divides by rank + 1; title words weigh most, then summary,
 * insights and quotes, then the body), scaled by a recency factor that falls from 1 for a fresh article towards
 * {@code 1 - w} for an old one. Age is measured from the instant the first page was ranked, kept in the cursor,
 * so the scores of later pages are exactly those of the first and (score, id) is a stable keyset.
 */
@ApplicationScoped
public class ArticleSearch {

    private static final String TIME = ArticleFilter.TIME;

    private final EntityManager em;
    private final SearchConfig config;

    public ArticleSearch(EntityManager em, SearchConfig config) {
        this.em = em;
        this.config = config;
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
        ArticleFilter filter = query.filter();
        Page page = filter.hasText() ? ranked(query) : newest(query);
        List<Article> articles = load(page.ids());
        Map<Long, String> snippets = filter.hasText() ? snippets(filter.q(), page.ids()) : Map.of();
        List<SearchHit> hits = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Analysis analysis = a.analysis();
            String snippet = snippets.containsKey(a.id) ? snippets.get(a.id) : SnippetHtml.of(a.summary);
            hits.add(new SearchHit(a.id, a.clusterId == null ? a.id : a.clusterId, a.title, a.canonicalUrl,
                    a.siteName, a.effectiveTime(), a.summary, snippet, page.scores().get(a.id),
                    analysis.sentiment(), analysis.drivers(), analysis.assets()));
        }
        String next = null;
        if (page.more() && !articles.isEmpty()) {
            Article last = articles.getLast();
            next = filter.hasText()
                    ? Cursor.relevance(page.rankedAt(), page.scores().get(last.id), last.id).encode()
                    : Cursor.newest(last.effectiveTime(), last.id).encode();
        }
        FacetCounts counts = withFacets ? facets(filter) : new FacetCounts(-1, Facets.NONE);
        return new SearchResult(filter.hasText() ? "relevance" : "newest", counts.total(), hits, next, counts.facets());
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

    private Page ranked(ArticleQuery query) {
        Cursor after = query.cursor() == null || query.cursor().isBlank() ? null
                : Cursor.decode(query.cursor(), Cursor.Kind.RELEVANCE);
        Instant rankedAt = after == null ? Instant.now() : after.time();
        Map<String, Object> params = new HashMap<>();
        ArticleFilter filter = query.filter();
        double weight = Math.clamp(config.recencyWeight(), 0.0, 1.0);
        String score = "ts_rank_cd(a.search_vector, query, 32) * (:keep + :weight * power(2.0,"
                + " -greatest(:rankedAt - extract(epoch from " + TIME + ")::float8, 0) / :halfLife))";
        params.put("keep", 1 - weight);
        params.put("weight", weight);
        params.put("rankedAt", rankedAt.toEpochMilli() / 1000.0);
        params.put("halfLife", (double) Math.max(1, config.recencyHalfLife().toSeconds()));
        StringBuilder sql = new StringBuilder("select x.id, x.score from (select a.id, ").append(score)
                .append(" as score from ").append(filter.sqlFrom(params)).append(" where ")
                .append(filter.sqlWhere(params)).append(") x");
        if (after != null) {
            sql.append(" where (x.score, x.id) < (:afterScore, :afterId)");
            params.put("afterScore", after.score());
            params.put("afterId", after.id());
        }
        sql.append(" order by x.score desc, x.id desc limit :limit");
        params.put("limit", query.limit() + 1);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        boolean more = rows.size() > query.limit();
        List<Long> ids = new ArrayList<>();
        Map<Long, Double> scores = new HashMap<>();
        for (Object[] row : more ? rows.subList(0, query.limit()) : rows) {
            long id = ((Number) row[0]).longValue();
            ids.add(id);
            scores.put(id, ((Number) row[1]).doubleValue());
        }
        return new Page(ids, scores, rankedAt, more);
    }

    /** Highlighted fragments of summary, insights, quotes and text, for one page of ids only. */
    private Map<Long, String> snippets(String q, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String doc = "concat_ws(' … ', a.summary,"
                + " (select string_agg(i.insight || ' ' || coalesce(i.impact, ''), ' ') from article_insight i where i.article_id = a.id),"
                + " (select string_agg(qt.text, ' ') from article_quote qt where qt.article_id = a.id),"
                + " left(a.text, 20000))";
        Query query = em.createNativeQuery("select a.id, ts_headline('english', translate(" + doc
                + ", chr(2) || chr(3), ''), query, :options) from article a"
                + " cross join websearch_to_tsquery('english', :q) query where a.id in (:ids)");
        query.setParameter("q", q);
        query.setParameter("ids", ids);
        query.setParameter("options", "StartSel=" + SnippetHtml.START + ", StopSel=" + SnippetHtml.STOP
                + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, String> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put(((Number) row[0]).longValue(), SnippetHtml.of((String) row[1]));
        }
        return out;
    }

    /** Total and facet counts of every match, in one round trip over the matching set. */
    private FacetCounts facets(ArticleFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = "with m as materialized (select a.id, a.source_id from " + filter.sqlFrom(params)
                + " where " + filter.sqlWhere(params) + ")"
                + " select 'total' as kind, cast(null as text) as value, cast(null as text) as label, count(*) as n from m"
                + " union all (select 'driver', d.driver, null, count(distinct d.article_id) from m"
                + "   join article_driver d on d.article_id = m.id group by d.driver)"
                + " union all (select 'asset', min(s.asset), null, count(distinct s.article_id) from m"
                + "   join article_asset s on s.article_id = m.id group by lower(s.asset) order by 4 desc, 2 limit :facetLimit)"
                + " union all (select 'source', cast(m.source_id as text), coalesce(min(src.title), min(src.url)), count(*)"
                + "   from m join source src on src.id = m.source_id group by m.source_id order by 4 desc, 2 limit :facetLimit)";
        params.put("facetLimit", config.facetLimit());
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        long total = 0;
        List<Facets.Count> drivers = new ArrayList<>();
        List<Facets.Count> assets = new ArrayList<>();
        List<Facets.Count> sources = new ArrayList<>();
        for (Object[] row : rows) {
            long n = ((Number) row[3]).longValue();
            switch ((String) row[0]) {
                case "total" -> total = n;
                case "driver" -> {
                    String id = io.macrodigest.analysis.Driver.valueOf((String) row[1]).id();
                    drivers.add(new Facets.Count(id, id, n));
                }
                case "asset" -> assets.add(new Facets.Count((String) row[1], (String) row[1], n));
                default -> sources.add(new Facets.Count((String) row[1], (String) row[2], n));
            }
        }
        drivers.sort((x, y) -> Long.compare(y.count(), x.count()));
        return new FacetCounts(total, new Facets(drivers, assets, sources));
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
                (String) r[3], r[4] instanceof java.sql.Timestamp t ? t.toInstant()
                        : r[4] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) r[4])).toList();
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

    private record Page(List<Long> ids, Map<Long, Double> scores, Instant rankedAt, boolean more) {
    }

    private record FacetCounts(long total, Facets facets) {
    }
}
