package io.macrodigest.story;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.macrodigest.analysis.model.SentenceEmbedder;
import io.macrodigest.analysis.model.Vectors;

/**
 * "More like this": the articles of other stories nearest in meaning to an article, one per story (its closest
 * article), most similar first. Compares stored title-and-lead embeddings of the articles dated within
 * {@code digest.story.similar-window} of it, at most {@code digest.story.similar-candidates} of them nearest in
 * time, so the cost stays flat however large the archive grows.
 */
@ApplicationScoped
public class SimilarArticles {

    private final EntityManager em;
    private final SentenceEmbedder embedder;
    private final StoryConfig config;

    public SimilarArticles(EntityManager em, SentenceEmbedder embedder, StoryConfig config) {
        this.em = em;
        this.embedder = embedder;
        this.config = config;
    }

    /** Empty when there is no such article; an empty list when it has no embedding (model off, not rebuilt). */
    @Transactional
    public Optional<List<SimilarArticle>> of(long articleId, int limit) {
        return of(articleId, limit, config.similarWindow());
    }

    /** As {@link #of(long, int)}, among the articles dated up to {@code window} before or after the article. */
    @Transactional
    public Optional<List<SimilarArticle>> of(long articleId, int limit, Duration window) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Object[] self = null;
            try (PreparedStatement st = c.prepareStatement("""
                    select coalesce(a.cluster_id, a.id), e.vector, e.story_at
                    from article a left join article_embedding e on e.article_id = a.id and e.model = ?
                    where a.id = ?""")) {
                st.setString(1, embedder.modelId());
                st.setLong(2, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        self = new Object[] { rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3) };
                    }
                }
            }
            if (self == null) {
                return Optional.empty();
            }
            if (self[1] == null) {
                return Optional.of(List.of());
            }
            float[] vector = Vectors.fromBytes((byte[]) self[1]);
            Timestamp at = (Timestamp) self[2];
            Map<Long, SimilarArticle> bestPerStory = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("""
                    select e.article_id, coalesce(a.cluster_id, a.id), e.vector, a.title, a.url, a.site_name,
                           a.published_at
                    from article_embedding e join article a on a.id = e.article_id
                    where e.story_at between ? and ? and e.model = ? and a.status = 'ANALYZED'
                      and coalesce(a.cluster_id, a.id) <> ?
                    order by abs(extract(epoch from e.story_at - ?)), e.article_id
                    limit ?""")) {
                st.setTimestamp(1, new Timestamp(at.getTime() - window.toMillis()));
                st.setTimestamp(2, new Timestamp(at.getTime() + window.toMillis()));
                st.setString(3, embedder.modelId());
                st.setLong(4, (Long) self[0]);
                st.setTimestamp(5, at);
                st.setInt(6, config.similarCandidates());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        double similarity = Math.round(Vectors.dot(vector, Vectors.fromBytes(rs.getBytes(3))) * 10_000)
                                / 10_000.0;
                        Timestamp published = rs.getTimestamp(7);
                        SimilarArticle candidate = new SimilarArticle(rs.getLong(1), rs.getLong(2), rs.getString(4),
                                rs.getString(5), rs.getString(6), published == null ? null : published.toInstant(),
                                similarity);
                        bestPerStory.merge(candidate.clusterId(), candidate,
                                (a, b) -> b.similarity() > a.similarity() ? b : a);
                    }
                }
            }
            List<SimilarArticle> ranked = new ArrayList<>(bestPerStory.values());
            ranked.sort(Comparator.comparingDouble(SimilarArticle::similarity).reversed()
                    .thenComparingLong(SimilarArticle::id));
            return Optional.of(ranked.subList(0, Math.min(limit, ranked.size())));
        });
    }
}
