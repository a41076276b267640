package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.drivers.Stance;
import io.macrodigest.analysis.sentiment.Sentiment;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Grounded LLM analyses by normalised content hash and model, so the same article is never paid for twice.
 * Each read and write is its own short transaction; the model call happens between them, outside any.
 * The enums are registered because reading an analysis back calls their Jackson creators by reflection,
 * which a native image only allows when told.
 */
@ApplicationScoped
@RegisterForReflection(targets = { Driver.class, Stance.class, Sentiment.Label.class })
class LlmAnalysisCache {

    private static final Logger LOG = Logger.getLogger(LlmAnalysisCache.class);

    private final EntityManager em;
    private final ObjectMapper json;

    LlmAnalysisCache(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional
    Optional<Analysis> find(String contentHash, String model) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "select cast(analysis as text) from llm_analysis_cache where content_hash = ?1 and model = ?2")
                .setParameter(1, contentHash).setParameter(2, model).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(rows.get(0), Analysis.class));
        } catch (JsonProcessingException e) {
            // written by an older shape of Analysis: ask the model again and overwrite
            LOG.warnf("Unreadable cached LLM analysis %s/%s, analysing again: %s", contentHash, model, e.getMessage());
            return Optional.empty();
        }
    }

    @Transactional
    void put(String contentHash, String model, Analysis analysis) {
        String document;
        try {
            document = json.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Analysis is not serialisable", e);
        }
        // another pod may have analysed the same text meanwhile: the newer answer wins, without a key error
        em.createNativeQuery("""
                insert into llm_analysis_cache (content_hash, model, analysis) values (?1, ?2, cast(?3 as jsonb))
                on conflict (content_hash, model) do update set analysis = excluded.analysis, created_at = now()""")
                .setParameter(1, contentHash).setParameter(2, model).setParameter(3, document).executeUpdate();
    }
}
