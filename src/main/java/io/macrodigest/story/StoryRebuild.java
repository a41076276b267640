package io.macrodigest.story;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.macrodigest.article.Article;

/**
 * Embeds and re-clusters the articles stored before stories were grouped by meaning (or after a model change),
 * oldest id first, while the service serves. Each article is one short transaction under the placing lock that
 * ingest takes, so a live ingest and the rebuild never decide on the same story at once; the model runs between
 * transactions. An article that starts a story of its own (the first of its cluster) is compared with earlier
 * articles near it in time and, when the story rule accepts one, its whole cluster joins that story, exactly as if
 * it had arrived after it; an article already in another article's cluster stays there. Stories of earlier
 * articles keep their ids. Progress is saved after every article, so a run that stops (a restart, a redeploy)
 * resumes where it was when started again.
 */
@ApplicationScoped
public class StoryRebuild {

    private static final Logger LOG = Logger.getLogger(StoryRebuild.class);
    private static final int BATCH = 50;
    /** A run whose progress has not moved for this long is taken to have died with its pod. */
    static final String STALE_AFTER = "2 minutes";

    private final EntityManager em;
    private final StoryProfiler profiler;
    private final StoryStore store;
    private final StoryMatcher matcher;
    private final StoryConfig config;
    private final AtomicBoolean running = new AtomicBoolean();

    public StoryRebuild(EntityManager em, StoryProfiler profiler, StoryStore store, StoryMatcher matcher,
            StoryConfig config) {
        this.em = em;
        this.profiler = profiler;
        this.store = store;
        this.matcher = matcher;
        this.config = config;
    }

    /**
     * Starts a run on this pod in the background: from the start when {@code restart} is set or the last run
     * finished, else resuming after the last article handled. Returns false when a run is going, here or on
     * another pod (whose progress moved in the last {@link #STALE_AFTER}; a run whose pod died is resumed).
     */
    public boolean start(boolean restart) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        boolean claimed;
        try {
            claimed = begin(restart);
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        if (!claimed) {
            running.set(false);
            return false;
        }
        Thread.ofPlatform().daemon().name("story-rebuild").start(this::run);
        return true;
    }

    @Transactional
    public RebuildProgress progress() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select r.state, r.last_article_id, r.processed, r.embedded, r.joined,
                       (select count(*) from article a where a.status = 'ANALYZED' and a.id > r.last_article_id),
                       r.started_at, r.updated_at, r.error
                from story_rebuild r where r.id = 1""").getSingleResult();
        return new RebuildProgress((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), ((Number) row[5]).longValue(),
                (Instant) row[6], (Instant) row[7], (String) row[8]);
    }

    @Transactional
    boolean begin(boolean restart) {
        return em.createNativeQuery("""
                update story_rebuild set state = 'running', error = null, updated_at = now(),
                    started_at = case when :fresh or state in ('idle', 'done') then now() else started_at end,
                    processed = case when :fresh or state in ('idle', 'done') then 0 else processed end,
                    embedded = case when :fresh or state in ('idle', 'done') then 0 else embedded end,
                    joined = case when :fresh or state in ('idle', 'done') then 0 else joined end,
                    last_article_id = case when :fresh or state in ('idle', 'done') then 0 else last_article_id end
                where id = 1 and (state <> 'running' or updated_at < now() - cast(:stale as interval))""")
                .setParameter("fresh", restart).setParameter("stale", STALE_AFTER).executeUpdate() == 1;
    }

    private void run() {
        try {
            List<Long> batch;
            while (!(batch = nextBatch()).isEmpty()) {
                for (long id : batch) {
                    rebuildOne(id);
                }
            }
            finish("done", null);
            LOG.infof("Story rebuild done: %s", progress());
        } catch (RuntimeException e) {
            LOG.error("Story rebuild stopped; start it again to resume", e);
            finish("failed", String.valueOf(e.getMessage()));
        } finally {
            running.set(false);
        }
    }

    @Transactional
    List<Long> nextBatch() {
        return em.createNativeQuery("""
                select a.id from article a, story_rebuild r
                where r.id = 1 and a.id > r.last_article_id and a.status = 'ANALYZED'
                order by a.id limit :n""", Long.class).setParameter("n", BATCH).getResultList();
    }

    private void rebuildOne(long id) {
        Optional<Source> source = source(id);
        StoryProfile profile = null;
        if (source.isPresent() && source.get().needsEmbedding()) {
            profile = profiler.profile(source.get().title(), source.get().text());
        }
        place(id, profile);
    }

    /** The text to embed, when the article has no embedding of the current model yet. */
    @Transactional
    Optional<Source> source(long id) {
        Article article = Article.findById(id);
        if (article == null) {
            return Optional.empty();
        }
        boolean embedded = ((Number) em.createNativeQuery(
                "select count(*) from article_embedding where article_id = :id and model = :model")
                .setParameter("id", id).setParameter("model", profiler.modelId()).getSingleResult()).longValue() > 0;
        return Optional.of(new Source(article.title, article.text, !embedded));
    }

    @Transactional
    void place(long id, StoryProfile fresh) {
        Article article = Article.findById(id);
        int embedded = 0;
        int joined = 0;
        if (article != null) {
            if (fresh != null && fresh.vector() != null) {
                store.saveEmbedding(id, article.effectiveTime(), fresh);
                embedded = 1;
            }
            joined = regroup(article) ? 1 : 0;
        }
        em.createNativeQuery("""
                update story_rebuild set last_article_id = :id, processed = processed + 1,
                    embedded = embedded + :embedded, joined = joined + :joined, updated_at = now()
                where id = 1""")
                .setParameter("id", id).setParameter("embedded", embedded).setParameter("joined", joined)
                .executeUpdate();
    }

    /** Moves the story the article starts into an earlier story it matches; true when it did. */
    private boolean regroup(Article article) {
        long story = article.clusterId == null ? article.id : article.clusterId;
        if (story != article.id || store.hasMatch(article.id)) {
            return false;
        }
        Optional<StoryProfile> profile = store.profile(article.id);
        if (profile.isEmpty()) {
            return false;
        }
        store.lockPlacing();
        List<StoryCandidate> earlier = store.candidates(article.id, article.effectiveTime(), config.window()).stream()
                .filter(c -> c.articleId() < article.id && c.storyId() != story)
                .toList();
        Optional<StoryMatch> match = matcher.match(profile.get(), earlier);
        store.saveMatch(article.id, match.orElse(new StoryMatch(article.id, null, null, "new")));
        if (match.isEmpty()) {
            return false;
        }
        store.moveStory(story, match.get().storyId());
        return true;
    }

    @Transactional
    void finish(String state, String error) {
        em.createNativeQuery("update story_rebuild set state = :state, error = :error, updated_at = now() where id = 1")
                .setParameter("state", state).setParameter("error", error).executeUpdate();
    }

    record Source(String title, String text, boolean needsEmbedding) {
    }
}
