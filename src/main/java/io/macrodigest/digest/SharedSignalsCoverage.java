package io.macrodigest.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.text.TextSimilarity;
import io.macrodigest.article.SqlTimes;
import io.macrodigest.search.ArticleFilter;
import io.quarkus.arc.DefaultBean;

/**
 * Related stories by signals a reader can check: among the articles of other stories published within
 * {@code digest.related.window} of this one, score = Dice overlap of headline content words
 * + 0.25 per shared asset + 0.1 per shared driver, times a time factor falling from 1 to 0.5 at the window's
 * edge. A story needs a shared headline word or asset (drivers alone are too common) and a score of at least
 * {@code digest.related.min-score}; each is shown by its best-scoring article, with the signals as reasons.
 */
@ApplicationScoped
@DefaultBean
public class SharedSignalsCoverage implements RelatedCoverage {

    private static final String SEPARATOR = "\u001f";
    private static final String SIGNALS = "(select string_agg(distinct lower(s.asset), chr(31)) from article_asset s"
            + " where s.article_id = a.id), (select string_agg(distinct d.driver, chr(31)) from article_driver d"
            + " where d.article_id = a.id)";

    private final EntityManager em;
    private final RelatedConfig config;

    public SharedSignalsCoverage(EntityManager em, RelatedConfig config) {
        this.em = em;
        this.config = config;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Related> of(long articleId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> self = em.createNativeQuery("select coalesce(a.cluster_id, a.id), " + ArticleFilter.TIME
                + ", a.title, " + SIGNALS + " from article a where a.id = :id and a.status = 'ANALYZED'")
                .setParameter("id", articleId).getResultList();
        if (self.isEmpty()) {
            return List.of();
        }
        Signals me = Signals.of(self.getFirst(), 0);
        if (me.time() == null) {
            return List.of();
        }
        Duration window = config.window();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with near as (select a.id from article a"
                + " where " + ArticleFilter.TIME + " between :from and :to and a.status = 'ANALYZED'"
                + " and coalesce(a.cluster_id, a.id) <> :story"
                + " order by abs(extract(epoch from " + ArticleFilter.TIME + " - cast(:at as timestamptz))), a.id limit :n)"
                + " select coalesce(a.cluster_id, a.id), " + ArticleFilter.TIME + ", a.title, " + SIGNALS
                + ", a.id, a.canonical_url, a.site_name from near join article a on a.id = near.id")
                .setParameter("from", me.time().minus(window)).setParameter("to", me.time().plus(window))
                .setParameter("story", me.story()).setParameter("at", me.time())
                .setParameter("n", config.candidates()).getResultList();
        Map<Long, Related> best = new HashMap<>();
        for (Object[] row : rows) {
            Related r = score(me, Signals.of(row, 0), row, window);
            if (r != null && r.score() >= config.minScore()) {
                best.merge(r.clusterId(), r, (x, y) -> x.score() >= y.score() ? x : y);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Related::score).reversed().thenComparing(Related::clusterId))
                .limit(limit).toList();
    }

    /**
     * The signals each of {@code others} shares with the article, in words ("asset: bitcoin", "driver: rates",
     * "headline: fed, cut"), for another ranking (by meaning) to show why a story is related; an article that
     * shares nothing maps to an empty list.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<String>> reasons(long articleId, Collection<Long> others) {
        if (others.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = new ArrayList<>(others);
        ids.add(articleId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select coalesce(a.cluster_id, a.id), " + ArticleFilter.TIME
                + ", a.title, " + SIGNALS + ", a.id from article a where a.id in (:ids)")
                .setParameter("ids", ids).getResultList();
        Map<Long, Signals> byId = new HashMap<>();
        rows.forEach(row -> byId.put(((Number) row[5]).longValue(), Signals.of(row, 0)));
        Signals me = byId.get(articleId);
        Map<Long, List<String>> reasons = new HashMap<>();
        for (long other : others) {
            Signals them = byId.get(other);
            reasons.put(other, me == null || them == null ? List.of() : Shared.between(me, them).reasons());
        }
        return reasons;
    }

    private static Related score(Signals me, Signals other, Object[] row, Duration window) {
        Shared shared = Shared.between(me, other);
        if (shared.words().isEmpty() && shared.assets().isEmpty()) {
            return null;
        }
        double dice = 2.0 * shared.words().size() / (me.words().size() + other.words().size());
        double apart = Math.abs(Duration.between(me.time(), other.time()).toSeconds()) / (double) window.toSeconds();
        double score = (dice + 0.25 * shared.assets().size() + 0.1 * shared.drivers().size())
                * (1 - 0.5 * Math.min(1, apart));
        String url = (String) row[6];
        return new Related(Digest.storyId(other.story()), other.story(), ((Number) row[5]).longValue(), (String) row[2],
                url, Outlets.name((String) row[7], url), other.time(), DigestService.round(score), shared.reasons());
    }

    /** The headline words, assets and drivers two articles have in common. */
    private record Shared(Set<String> words, Set<String> assets, Set<String> drivers) {

        static Shared between(Signals me, Signals other) {
            Set<String> words = new LinkedHashSet<>(me.words());
            words.retainAll(other.words());
            Set<String> assets = new LinkedHashSet<>(me.assets());
            assets.retainAll(other.assets());
            Set<String> drivers = new LinkedHashSet<>(me.drivers());
            drivers.retainAll(other.drivers());
            return new Shared(words, assets, drivers);
        }

        List<String> reasons() {
            List<String> reasons = new ArrayList<>();
            assets.forEach(a -> reasons.add("asset: " + a));
            drivers.forEach(d -> reasons.add("driver: " + Driver.valueOf(d).id()));
            if (!words.isEmpty()) {
                reasons.add("headline: " + String.join(", ", words));
            }
            return reasons;
        }
    }

    /** What an article is compared on: its story, time, headline words, assets and drivers. */
    private record Signals(long story, Instant time, Set<String> words, Set<String> assets, Set<String> drivers) {

        static Signals of(Object[] row, int from) {
            String title = (String) row[from + 2];
            return new Signals(((Number) row[from]).longValue(), SqlTimes.instant(row[from + 1]),
                    title == null ? Set.of() : TextSimilarity.contentStems(title), split(row[from + 3]),
                    split(row[from + 4]));
        }

        private static Set<String> split(Object joined) {
            return joined == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(((String) joined).split(SEPARATOR)));
        }
    }
}
