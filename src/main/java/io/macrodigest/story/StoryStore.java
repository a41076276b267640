package io.macrodigest.story;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.macrodigest.analysis.model.SentenceEmbedder;
import io.macrodigest.analysis.model.Vectors;

/**
 * The story tables (V25) through the caller's transaction: embeddings, the match that placed each article, and
 * the lock that serialises placing. Plain JDBC on Hibernate's connection, for bytea vectors and text arrays.
 */
@ApplicationScoped
public class StoryStore {

    /** Transaction-scoped advisory lock held while an article is placed, across every pod. */
    static final long PLACING_LOCK = 0x53544f52595f4c4bL;

    private final EntityManager em;
    private final SentenceEmbedder embedder;

    public StoryStore(EntityManager em, SentenceEmbedder embedder) {
        this.em = em;
        this.embedder = embedder;
    }

    /**
     * Waits until no other transaction is placing an article, then holds that until this one ends: an article
     * placed by another pod a moment ago is then visible to the candidate query, so two reports of one event
     * arriving together cannot both start a story.
     */
    void lockPlacing() {
        work(c -> {
            lockPlacing(c);
            return null;
        });
    }

    static void lockPlacing(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            st.setLong(1, PLACING_LOCK);
            st.execute();
        }
    }

    void saveEmbedding(long articleId, Instant storyAt, StoryProfile profile) {
        work(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    insert into article_embedding (article_id, model, story_at, vector, figures, names, words, terms)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (article_id) do update set model = excluded.model, story_at = excluded.story_at,
                        vector = excluded.vector, figures = excluded.figures, names = excluded.names,
                        words = excluded.words, terms = excluded.terms, created_at = now()""")) {
                st.setLong(1, articleId);
                st.setString(2, embedder.modelId());
                st.setTimestamp(3, Timestamp.from(storyAt));
                st.setBytes(4, Vectors.toBytes(profile.vector()));
                st.setArray(5, c.createArrayOf("text", profile.facts().figures().toArray()));
                st.setArray(6, c.createArrayOf("text", profile.facts().names().toArray()));
                st.setInt(7, profile.words());
                st.setString(8, StoredWords.join(profile.facts().terms()));
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Embedded articles dated within {@code window} of {@code at}, except {@code articleId}, with their stories. */
    List<StoryCandidate> candidates(long articleId, Instant at, Duration window) {
        return work(c -> candidates(c, articleId, at, window, embedder.modelId()));
    }

    static List<StoryCandidate> candidates(Connection c, long articleId, Instant at, Duration window, String model)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                select e.article_id, coalesce(a.cluster_id, a.id), e.vector, e.figures, e.names, e.words, e.terms
                from article_embedding e join article a on a.id = e.article_id
                where e.story_at between ? and ? and e.article_id <> ? and e.model = ?
                  and a.status = 'ANALYZED'""")) {
            st.setTimestamp(1, Timestamp.from(at.minus(window)));
            st.setTimestamp(2, Timestamp.from(at.plus(window)));
            st.setLong(3, articleId);
            st.setString(4, model);
            List<StoryCandidate> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(new StoryCandidate(rs.getLong(1), rs.getLong(2), Vectors.fromBytes(rs.getBytes(3)),
                            new StoryFacts(strings(rs.getArray(4)), strings(rs.getArray(5)),
                                    StoredWords.of(rs.getString(7))), rs.getInt(6)));
                }
            }
            return found;
        }
    }

    void saveMatch(long articleId, StoryMatch match) {
        work(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    insert into story_match (article_id, story_id, matched_article_id, similarity, rule)
                    values (?, ?, ?, ?, ?)
                    on conflict (article_id) do update set story_id = excluded.story_id,
                        matched_article_id = excluded.matched_article_id, similarity = excluded.similarity,
                        rule = excluded.rule, decided_at = now()""")) {
                st.setLong(1, articleId);
                st.setLong(2, match.storyId());
                st.setObject(3, match.matchedArticleId());
                st.setObject(4, match.similarity() == null ? null : match.similarity().floatValue());
                st.setString(5, match.rule());
                st.executeUpdate();
            }
            return null;
        });
    }

    boolean hasMatch(long articleId) {
        return work(c -> {
            try (PreparedStatement st = c.prepareStatement("select 1 from story_match where article_id = ?")) {
                st.setLong(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The stored profile of an article embedded with the current model. */
    Optional<StoryProfile> profile(long articleId) {
        return work(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "select vector, figures, names, words, terms from article_embedding"
                            + " where article_id = ? and model = ?")) {
                st.setLong(1, articleId);
                st.setString(2, embedder.modelId());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new StoryProfile(Vectors.fromBytes(rs.getBytes(1)),
                            new StoryFacts(strings(rs.getArray(2)), strings(rs.getArray(3)),
                                    StoredWords.of(rs.getString(5))), rs.getInt(4)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Every article of story {@code from} joins story {@code into}. */
    void moveStory(long from, long into) {
        work(c -> {
            try (PreparedStatement articles = c.prepareStatement(
                    "update article set cluster_id = ? where coalesce(cluster_id, id) = ?");
                    PreparedStatement matches = c.prepareStatement(
                            "update story_match set story_id = ? where story_id = ?")) {
                articles.setLong(1, into);
                articles.setLong(2, from);
                articles.executeUpdate();
                matches.setLong(1, into);
                matches.setLong(2, from);
                matches.executeUpdate();
            }
            return null;
        });
    }

    private static Set<String> strings(Array array) throws SQLException {
        Set<String> values = new TreeSet<>();
        for (Object o : (Object[]) array.getArray()) {
            values.add((String) o);
        }
        return values;
    }

    private <T> T work(Jdbc<T> body) {
        return em.unwrap(Session.class).doReturningWork(c -> body.run(c));
    }

    @FunctionalInterface
    interface Jdbc<T> {
        T run(Connection connection) throws SQLException;
    }
}
