package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Brings the articles the embedded engine analysed in the LLM's place (the model was down, slow or answered
 * badly) back to the LLM once it answers again, so an outage does not cost them the upgrade for good. A
 * clustered Quartz job: each firing runs on one pod, and the queue's claims keep pods apart even so. A firing
 * sends at most {@code batch-size} articles, one at a time, and stops at the first failure: while the model is
 * down each firing costs one probe, and each failed article waits longer before its next try. Nothing runs
 * while the LLM is off or its circuit is open. The fallback analysis stays until an LLM answer replaces it.
 */
@ApplicationScoped
public class LlmReanalysis {

    private static final Logger LOG = Logger.getLogger(LlmReanalysis.class);

    private final LlmConfig config;
    private final LlmEngine engine;
    private final LlmRoutingAnalyzer router;
    private final LlmReanalysisQueue queue;
    private final LlmMetrics metrics;

    LlmReanalysis(LlmConfig config, LlmEngine engine, LlmRoutingAnalyzer router, LlmReanalysisQueue queue,
            LlmMetrics metrics) {
        this.config = config;
        this.engine = engine;
        this.router = router;
        this.queue = queue;
        this.metrics = metrics;
    }

    @Scheduled(identity = "llm-reanalysis", every = "${digest.llm.reanalyse.every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        reanalyseDue();
    }

    /** One firing's work; the number of articles whose fallback an LLM analysis replaced. */
    int reanalyseDue() {
        if (!config.enabled() || engine.circuitOpen()) {
            return 0;
        }
        queue.sync();
        int replaced = 0;
        for (int i = 0; i < config.reanalyse().batchSize() && !engine.circuitOpen(); i++) {
            Optional<LlmReanalysisQueue.Claim> claim = queue.claim(config.reanalyse().initialBackoff(),
                    config.reanalyse().maxBackoff());
            if (claim.isEmpty()) {
                break;
            }
            Outcome outcome = reanalyse(claim.get());
            if (outcome == Outcome.FAILED) {
                break;
            }
            if (outcome == Outcome.REPLACED) {
                replaced++;
            }
        }
        return replaced;
    }

    private enum Outcome {
        REPLACED, SUPERSEDED, SKIPPED, FAILED
    }

    private Outcome reanalyse(LlmReanalysisQueue.Claim claim) {
        AnalysisInput input = new AnalysisInput(claim.title(), claim.text(), claim.url(), true);
        if (!router.wantsLlm(input)) {
            // the length limits changed since the fallback: it stays queued, tried less and less often
            queue.failed(claim, "text-length");
            return Outcome.SKIPPED;
        }
        Analysis analysis;
        try {
            analysis = router.llmAnalysis(input);
        } catch (Exception e) {
            String reason = LlmRoutingAnalyzer.reason(e);
            queue.failed(claim, reason);
            metrics.reanalysis("failed");
            LOG.warnf("LLM re-analysis of article %d failed (%s, attempt %d); it keeps its fallback analysis"
                    + " and is tried again later: %s", claim.articleId(), reason, claim.attempts(), e.toString());
            return Outcome.FAILED;
        }
        if (!queue.replace(claim, analysis)) {
            metrics.reanalysis("superseded");
            return Outcome.SUPERSEDED;
        }
        metrics.reanalysis("replaced");
        LOG.infof("Article %d re-analysed by %s in place of its %s", claim.articleId(), analysis.engine(),
                claim.engine());
        return Outcome.REPLACED;
    }
}
