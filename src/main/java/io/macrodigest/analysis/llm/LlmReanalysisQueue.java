package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.macrodigest.article.ArticleStore;

/**
 * The fallbacks waiting for the LLM ({@code llm_reanalysis}, V40). Every method is one short transaction; the
 * model is called between a claim and its outcome, outside any. A claim pushes the article's next attempt out
 * by its backoff before the call, so a pod that dies mid-call leaves an article that is simply retried later,
 * and {@code for update skip locked} keeps two pods from claiming the same one.
 */
@ApplicationScoped
class LlmReanalysisQueue {

    /** An article whose stored analysis is a fallback; also the partial index's predicate (V40). */
    private static final String FALLBACK = "a.engine like '%(llm fallback:%' and a.status = 'ANALYZED' and s.llm_enabled";

    private final EntityManager em;
    private final ArticleStore articles;

    LlmReanalysisQueue(EntityManager em, ArticleStore articles) {
        this.em = em;
        this.articles = articles;
    }

    /** One claimed article, as it was when claimed. */
    record Claim(long articleId, String title, String text, String url, String contentHash, String engine,
            int attempts) {
    }

    /**
     * Queues the fallbacks of opted-in sources not queued yet, and forgets those that are no fallback any more
     * (re-ingested with an LLM answer) or whose source opted out.
     */
    @Transactional
    void sync() {
        em.createNativeQuery("delete from llm_reanalysis r where not exists (select 1 from article a"
                + " join source s on s.id = a.source_id where a.id = r.article_id and " + FALLBACK + ")")
                .executeUpdate();
        em.createNativeQuery("insert into llm_reanalysis (article_id) select a.id from article a"
                + " join source s on s.id = a.source_id where " + FALLBACK + " on conflict (article_id) do nothing")
                .executeUpdate();
    }

    /**
     * The due article waiting longest, claimed: its attempt counted and its next attempt set {@code initial}
     * doubled per earlier attempt (at most {@code max}) from now, which stands unless the answer replaces it.
     */
    @Transactional
    Optional<Claim> claim(Duration initial, Duration max) {
        List<?> rows = em.createNativeQuery("""
                with claimed as (
                    update llm_reanalysis r set attempts = r.attempts + 1,
                        next_attempt_at = now() + least(:max, :initial * power(2, least(r.attempts, 30)))
                            * interval '1 second'
                    where r.article_id = (
                        select q.article_id from llm_reanalysis q
                        join article a on a.id = q.article_id join source s on s.id = a.source_id
                        where q.next_attempt_at <= now() and %s
                        order by q.next_attempt_at, q.article_id desc
                        limit 1 for update of q skip locked)
                    returning r.article_id, r.attempts)
                select a.id, a.title, a.text, a.url, a.content_hash, a.engine, c.attempts
                from claimed c join article a on a.id = c.article_id""".formatted(FALLBACK))
                .setParameter("initial", (double) initial.toMillis() / 1000)
                .setParameter("max", (double) max.toMillis() / 1000)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.getFirst();
        return Optional.of(new Claim(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], ((Number) row[6]).intValue()));
    }

    /**
     * Stores the LLM's analysis in place of the fallback and dequeues the article; false (and dequeued all the
     * same, to be queued again if it is still a fallback) when the article changed since it was claimed.
     */
    @Transactional
    boolean replace(Claim claim, Analysis analysis) {
        boolean replaced = articles.replaceAnalysis(claim.articleId(), claim.contentHash(), claim.engine(), analysis);
        em.createNativeQuery("delete from llm_reanalysis where article_id = ?1")
                .setParameter(1, claim.articleId()).executeUpdate();
        return replaced;
    }

    /** Notes why the retry failed; the article keeps its fallback and the next attempt set by the claim. */
    @Transactional
    void failed(Claim claim, String reason) {
        em.createNativeQuery("update llm_reanalysis set last_error = ?2 where article_id = ?1")
                .setParameter(1, claim.articleId()).setParameter(2, reason).executeUpdate();
    }
}
