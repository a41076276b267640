package io.macrodigest.digest;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.drivers.Driver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.macrodigest.article.Article;
import io.macrodigest.article.SqlTimes;
import io.macrodigest.search.ArticleFilter;
import io.macrodigest.story.StorySummarizer;

/** Builds digests: the driver pulse of a window's matching articles, then its top story clusters. */
@ApplicationScoped
public class DigestService {

    /**
     * A driver's net tone over the {@code article_driver d} rows of a group: their tones weighted by confidence,
     * with a floor so that a low-confidence reading still counts a little. Digests and the pulse share it.
     */
    static final String NET_TONE = "sum(d.tone * greatest(d.confidence, 0.05)) / sum(greatest(d.confidence, 0.05))";
    private static final int MAX_ARTICLES = 2_000;
    private static final int MAX_MERGED = 6;

    private final EntityManager em;
    private final DigestConfig config;
    private final StorySummarizer summarizer;

    public DigestService(EntityManager em, DigestConfig config, StorySummarizer summarizer) {
        this.em = em;
        this.config = config;
        this.summarizer = summarizer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Digest build(DigestRequest request) {
        ArticleFilter window = request.filter().between(request.from(), request.to());
        List<Article> articles = articles(window);
        Map<Long, List<Article>> clusters = new LinkedHashMap<>();
        for (Article a : articles) {
            clusters.computeIfAbsent(clusterOf(a), k -> new ArrayList<>()).add(a);
        }
        List<Ranked> ranked = new ArrayList<>();
        clusters.forEach((key, members) -> ranked.add(rank(key, members)));
        ranked.sort(Comparator.comparingDouble(Ranked::weight).reversed().thenComparing(r -> -r.clusterId()));
        List<Digest.Story> stories = top(ranked, request.since());
        Instant updated = stories.stream().map(Digest.Story::updatedAt).max(Comparator.naturalOrder()).orElse(null);
        long[] counts = counts(window);
        return new Digest(request.period().id(), request.date(), request.from(), request.to(), request.filter().q(),
                Instant.now(), updated,
                (int) counts[0], (int) counts[1], pulse(window), stories);
    }

    /**
     * The first {@code maxStories} ranked stories that {@code since} admits. Their whole clusters are read in
     * batches (articles outside the window too), so that first seen, last updated and the links cover the story.
     */
    private List<Digest.Story> top(List<Ranked> ranked, DigestRequest.Since since) {
        int max = config.maxStories();
        // with since, most stories may be left out: larger batches keep the number of queries small
        int size = since == null ? max : Math.max(max, 100);
        List<Digest.Story> stories = new ArrayList<>();
        for (int start = 0; start < ranked.size() && stories.size() < max; start += size) {
            List<Ranked> batch = ranked.subList(start, Math.min(ranked.size(), start + size));
            Map<Long, Cluster> clusters = clusters(batch.stream().map(Ranked::clusterId).toList());
            for (Ranked r : batch) {
                Cluster cluster = clusters.containsKey(r.clusterId()) ? clusters.get(r.clusterId())
                        : Cluster.of(r.members());
                if ((since == null || since.admits(r.clusterId(), cluster.updatedAt())) && stories.size() < max) {
                    stories.add(draft(r, cluster));
                }
            }
        }
        return stories;
    }

    /** Articles and stories of the whole window: the stories are ranked among the newest MAX_ARTICLES only. */
    private long[] counts(ArticleFilter window) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("select count(*), count(distinct coalesce(a.cluster_id, a.id)) from "
                + window.sqlFrom(params) + " where " + window.sqlWhere(params));
        params.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        return new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue() };
    }

    private List<Article> articles(ArticleFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select a.id from " + filter.sqlFrom(params) + " where " + filter.sqlWhere(params)
                + " order by " + ArticleFilter.TIME + " desc, a.id desc limit " + MAX_ARTICLES;
        Query query = em.createNativeQuery(sql, Long.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = Article.<Article> list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return ids.stream().map(byId::get).filter(a -> a != null).toList();
    }

    /** Every analysed article of the given clusters, also those outside the window, oldest first. */
    private Map<Long, Cluster> clusters(List<Long> clusterIds) {
        if (clusterIds.isEmpty()) {
            return Map.of();
        }
        Query query = em.createNativeQuery("select coalesce(a.cluster_id, a.id), a.id, a.title, a.canonical_url,"
                + " a.site_name, " + ArticleFilter.TIME + ", a.updated_at from article a"
                + " where coalesce(a.cluster_id, a.id) in (:ids) and a.status = 'ANALYZED'"
                + " order by " + ArticleFilter.TIME + ", a.id");
        query.setParameter("ids", clusterIds);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, List<Digest.SourceLink>> links = new HashMap<>();
        Map<Long, Instant> updated = new HashMap<>();
        for (Object[] row : rows) {
            long cluster = ((Number) row[0]).longValue();
            links.computeIfAbsent(cluster, k -> new ArrayList<>())
                    .add(new Digest.SourceLink(((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                            (String) row[4], SqlTimes.instant(row[5])));
            updated.merge(cluster, SqlTimes.instant(row[6]), (x, y) -> x.isAfter(y) ? x : y);
        }
        Map<Long, Cluster> out = new HashMap<>();
        links.forEach((cluster, list) -> out.put(cluster, new Cluster(list, updated.get(cluster))));
        return out;
    }

    /** A story's every article as links, oldest first, and the latest change to any of them. */
    private record Cluster(List<Digest.SourceLink> links, Instant updatedAt) {

        /** From the articles in the window alone, should the cluster's rows have changed under the digest. */
        static Cluster of(List<Article> members) {
            List<Digest.SourceLink> links = members.stream()
                    .sorted(Comparator.comparing(Article::effectiveTime).thenComparing(a -> a.id))
                    .map(a -> new Digest.SourceLink(a.id, a.title, a.canonicalUrl, a.siteName, a.effectiveTime()))
                    .toList();
            Instant updated = members.stream().map(a -> a.updatedAt).max(Comparator.naturalOrder()).orElseThrow();
            return new Cluster(links, updated);
        }

        Instant firstSeen() {
            return links.getFirst().publishedAt();
        }

        int outlets() {
            return (int) links.stream().map(Digest.SourceLink::outlet).distinct().count();
        }
    }

    private static long clusterOf(Article a) {
        return a.clusterId != null ? a.clusterId : a.id;
    }

    /**
     * A cluster weighs as much as its richest article, plus a bonus that grows with the number of articles
     * telling the story (log-damped, so that a widely reported story rises without drowning the rest).
     */
    private static Ranked rank(long clusterId, List<Article> members) {
        Article lead = members.getFirst();
        double best = -1;
        for (Article a : members) {
            double w = weight(a.analysis());
            if (w > best) {
                best = w;
                lead = a;
            }
        }
        return new Ranked(clusterId, lead, members, best + 0.3 * Math.log(members.size()));
    }

    /** Articles that move several drivers strongly and carry insights and quotes come first. */
    private static double weight(Analysis analysis) {
        double drivers = analysis.drivers().stream().mapToDouble(d -> Math.abs(d.tone()) * d.confidence() + 0.2).sum();
        return drivers + 0.15 * analysis.insights().size() + 0.1 * analysis.quotes().size()
                + 0.1 * analysis.actionItems().size();
    }

    private Digest.Story draft(Ranked r, Cluster cluster) {
        Article lead = r.lead();
        Analysis analysis = lead.analysis();
        LinkedHashSet<Analysis.Insight> insights = new LinkedHashSet<>(analysis.insights());
        LinkedHashSet<Analysis.Quote> quotes = new LinkedHashSet<>(analysis.quotes());
        LinkedHashSet<Analysis.ActionItem> actions = new LinkedHashSet<>(analysis.actionItems());
        for (Article a : r.members()) {
            Analysis other = a.analysis();
            other.insights().stream().limit(MAX_MERGED).forEach(insights::add);
            other.quotes().stream().limit(MAX_MERGED).forEach(quotes::add);
            other.actionItems().stream().limit(MAX_MERGED).forEach(actions::add);
        }
        List<Digest.SummaryLine> lines = summary(r.members());
        String summary = lines.isEmpty() ? analysis.summary()
                : lines.stream().map(Digest.SummaryLine::text).collect(Collectors.joining(" "));
        return new Digest.Story(Digest.storyId(r.clusterId()), r.clusterId(), lead.id, lead.title, lead.canonicalUrl,
                lead.siteName, cluster.firstSeen(), cluster.updatedAt(), summary, lines, cluster.outlets(),
                insights.stream().limit(MAX_MERGED).toList(), quotes.stream().limit(MAX_MERGED).toList(),
                actions.stream().limit(MAX_MERGED).toList(), analysis.drivers(), analysis.assets(),
                analysis.sentiment(), cluster.links());
    }

    /** The story summary over the cluster's articles in the window, earliest first. */
    private List<Digest.SummaryLine> summary(List<Article> members) {
        List<StorySummarizer.Source> sources = members.stream()
                .sorted(Comparator.comparing(Article::effectiveTime).thenComparing(a -> a.id))
                .map(a -> new StorySummarizer.Source(a.id, Outlets.name(a.siteName, a.canonicalUrl), a.canonicalUrl,
                        a.text, a.summary))
                .toList();
        return summarizer.summarize(sources).stream()
                .map(l -> new Digest.SummaryLine(l.text(), l.articleId(), l.outlet(), l.url())).toList();
    }

    /**
     * Each driver's confidence-weighted net tone, its number of tags and its strongest evidence (largest
     * |tone| × confidence) over every matching article of the window, computed in the database.
     */
    private List<Digest.DriverPulse> pulse(ArticleFilter window) {
        Map<String, Object> params = new HashMap<>();
        String strength = "abs(d.tone) * d.confidence desc, d.article_id desc";
        String withEvidence = " filter (where jsonb_array_length(d.evidence) > 0)";
        Query query = em.createNativeQuery("select d.driver,"
                + " " + NET_TONE + ", count(*),"
                + " (array_agg(d.evidence ->> 0 order by " + strength + ")" + withEvidence + ")[1],"
                + " (array_agg(d.article_id order by " + strength + ")" + withEvidence + ")[1]"
                + " from article_driver d where d.article_id in (select a.id from " + window.sqlFrom(params)
                + " where " + window.sqlWhere(params) + ") group by d.driver");
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Driver, Digest.DriverPulse> byDriver = new EnumMap<>(Driver.class);
        for (Object[] row : rows) {
            Driver driver = Driver.valueOf((String) row[0]);
            byDriver.put(driver, new Digest.DriverPulse(driver, round(((Number) row[1]).doubleValue()),
                    ((Number) row[2]).intValue(), (String) row[3], row[4] == null ? null : ((Number) row[4]).longValue()));
        }
        List<Digest.DriverPulse> out = new ArrayList<>();
        for (Driver driver : Driver.values()) {
            out.add(byDriver.getOrDefault(driver, new Digest.DriverPulse(driver, 0, 0, null, null)));
        }
        return out;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private record Ranked(long clusterId, Article lead, List<Article> members, double weight) {
    }
}
