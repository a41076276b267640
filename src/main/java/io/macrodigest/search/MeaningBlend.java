package io.macrodigest.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.macrodigest.analysis.model.EmbeddingConfig;
import io.macrodigest.analysis.model.SentenceEmbedder;
import io.macrodigest.analysis.model.Vectors;
import io.macrodigest.article.SqlTimes;

/**
 * Blends meaning into a ranked search. The query is embedded (with the model's retrieval instruction) and
 * compared with the stored title + lead embeddings of the text candidates and of the newest
 * {@code digest.embedding.search.candidates} articles that pass the filters. Meaning adds
 * {@code weight × (similarity − min) / (1 − min) × recency} to a candidate's score, recency being the factor the
 * text score already carries; an article that does not hold the query's words joins the candidates when its
 * similarity reaches {@code min-similarity}, so "fed easing" finds a rate cut that never says easing. A query
 * that asks for exact words ({@link #asksForExactWords}) has its matches re-ranked, none added. Scores
 * depend only on the query, the data and the cursor's ranking instant, so pages stay a stable keyset. While the
 * model is not ready (or is off) search ranks by text alone.
 */
@ApplicationScoped
public class MeaningBlend {

    /** The instruction bge-small-en-v1.5 expects before a short retrieval query. */
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private final EntityManager em;
    private final SentenceEmbedder embedder;
    private final EmbeddingConfig.Search config;
    private final SearchConfig search;
    private final RecentVectors vectors;

    public MeaningBlend(EntityManager em, SentenceEmbedder embedder, EmbeddingConfig config, SearchConfig search) {
        this.em = em;
        this.embedder = embedder;
        this.config = config.search();
        this.search = search;
        this.vectors = new RecentVectors(config.search().memory(), config.search().memoryMaxAge().toNanos());
    }

    ArticleSearch.Candidates blend(ArticleFilter filter, ArticleSearch.Candidates text) {
        if (config.weight() <= 0 || text.rankedAt() == null) {
            return text;
        }
        Optional<float[]> query = embedder.embedIfReady(QUERY_INSTRUCTION + filter.q());
        if (query.isEmpty()) {
            return text;
        }
        Map<Long, Near> near = new HashMap<>();
        if (!asksForExactWords(filter.q())) {
            compare(newestByFilter(filter), query.get(), near, true);
        }
        List<Long> missing = text.list().stream().map(ArticleSearch.Candidate::id).filter(id -> !near.containsKey(id))
                .toList();
        compare(missing, query.get(), near, false);
        List<ArticleSearch.Candidate> blended = new ArrayList<>();
        for (ArticleSearch.Candidate c : text.list()) {
            Near n = near.remove(c.id());
            blended.add(n == null ? c : c.withScore(c.score() + meaning(n, text.rankedAt())));
        }
        Map<Long, Double> added = new HashMap<>();
        for (Near n : near.values()) {
            double meaning = meaning(n, text.rankedAt());
            if (n.fromFilter && meaning > 0) {
                added.put(n.id, meaning);
            }
        }
        blended.addAll(candidates(added));
        return new ArticleSearch.Candidates(blended, text.total() + added.size(), text.rankedAt());
    }

    private double meaning(Near n, Instant rankedAt) {
        double min = config.minSimilarity();
        if (n.similarity < min) {
            return 0;
        }
        double weight = Math.clamp(search.recencyWeight(), 0.0, 1.0);
        double age = Math.max(0, rankedAt.getEpochSecond() - n.at.getEpochSecond());
        double recency = (1 - weight) + weight * Math.pow(2, -age / Math.max(1, search.recencyHalfLife().toSeconds()));
        return config.weight() * (n.similarity - min) / (1 - min) * recency;
    }

    /** The ids of the newest articles passing the filters, by the search table's time index alone. */
    private List<Long> newestByFilter(ArticleFilter filter) {
        ArticleFilter withoutText = new ArticleFilter(null, filter.drivers(), filter.asset(), filter.sentiment(),
                filter.sourceId(), filter.language(), filter.from(), filter.to());
        Map<String, Object> params = new HashMap<>();
        String sql = "select s.article_id from " + withoutText.sqlSearchFrom(params)
                + " where " + withoutText.sqlSearchRowWhere(params) + " order by s.at desc, s.article_id desc limit :limit";
        params.put("limit", Math.max(0, config.candidates()));
        Query q = em.createNativeQuery(sql, Long.class);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = q.getResultList();
        return ids;
    }

    /** Similarities of the stored vectors (from memory) of {@code ids} with the query. */
    private void compare(List<Long> ids, float[] query, Map<Long, Near> near, boolean fromFilter) {
        if (!ids.isEmpty()) {
            vectors.of(ids, this::load).forEach((id, stored) -> near.put(id,
                    new Near(id, stored.at(), Vectors.dot(query, stored.vector()), fromFilter)));
        }
    }

    /** Candidates for the articles meaning adds, with the search row values their facets count: usually a few. */
    private List<ArticleSearch.Candidate> candidates(Map<Long, Double> scores) {
        if (scores.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.article_id, s.source_id, s.drivers, s.assets"
                + " from article_search s where s.article_id = any(cast(:ids as bigint[]))")
                .setParameter("ids", scores.keySet().toArray(Long[]::new)).getResultList();
        List<ArticleSearch.Candidate> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            out.add(new ArticleSearch.Candidate(id, row[1] == null ? null : ((Number) row[1]).longValue(), scores.get(id),
                    ((Number) row[2]).intValue(), (String[]) row[3]));
        }
        return out;
    }

    private Map<Long, RecentVectors.Stored> load(List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.article_id, e.story_at, e.vector from article_embedding e"
                + " where e.article_id = any(cast(:ids as bigint[])) and e.model = :model")
                .setParameter("ids", ids.toArray(Long[]::new)).setParameter("model", embedder.modelId()).getResultList();
        Map<Long, RecentVectors.Stored> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put(((Number) row[0]).longValue(),
                    new RecentVectors.Stored(Vectors.fromBytes((byte[]) row[2]), SqlTimes.instant(row[1])));
        }
        return out;
    }

    /**
     * Web-search syntax (a quoted phrase, an excluded word, an {@code or}) or a code-like token (letters and digits
     * mixed: a ticker, a series id, a reference): the reader wants these exact words, not their neighbours in meaning.
     */
    static boolean asksForExactWords(String q) {
        if (q.indexOf('"') >= 0) {
            return true;
        }
        for (String token : q.split("\\s+")) {
            if ((token.length() > 1 && token.charAt(0) == '-') || token.equalsIgnoreCase("or")
                    || (token.chars().anyMatch(Character::isLetter) && token.chars().anyMatch(Character::isDigit))) {
                return true;
            }
        }
        return false;
    }

    private record Near(long id, Instant at, double similarity, boolean fromFilter) {
    }
}
