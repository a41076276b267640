package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.drivers.Stance;
import io.macrodigest.analysis.sentiment.Sentiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;


/**
 * Turns a model's draft into an {@link Analysis} that only says what the text supports: quotes stand verbatim
 * in it, insights and driver evidence rest on one of its sentences (and an insight states no figure or name
 * the text does not), assets are named in it, numbers lie in their ranges. Whatever fails a check is dropped,
 * never repaired into something the model did not say, and counted.
 */
@ApplicationScoped
class DraftGrounder {

    /** Scores this close to zero read as neutral, matching the embedded engine's contract. */
    private static final double NEUTRAL_BAND = 0.15;

    private final LlmConfig.Grounding config;
    private final LlmMetrics metrics;

    DraftGrounder(LlmConfig config, LlmMetrics metrics) {
        this.config = config.grounding();
        this.metrics = metrics;
    }

    /** @throws RejectedAnswerException when the draft has no summary, the one part nothing can replace */
    Analysis ground(LlmDraft draft, ArticleText text, String engine) {
        if (draft == null || draft.summary() == null || draft.summary().isBlank()) {
            throw new RejectedAnswerException("the model's answer has no summary");
        }
        return new Analysis(draft.summary().strip(), insights(draft, text), quotes(draft, text),
                actionItems(draft), drivers(draft, text), assets(draft, text), sentiment(draft.sentiment()),
                stance(draft.stance()), engine);
    }

    private List<Analysis.Insight> insights(LlmDraft draft, ArticleText text) {
        List<Analysis.Insight> out = new ArrayList<>();
        for (Analysis.Insight insight : orEmpty(draft.insights())) {
            // the overlap finds the sentence it restates; the facts catch a changed figure or name in it
            if (insight != null && text.groundingSentence(insight.insight(), config.insightMinOverlap()).isPresent()
                    && text.unstatedFact(insight.insight()).isEmpty()) {
                out.add(new Analysis.Insight(insight.insight().strip(), blankToNull(insight.impact())));
            } else {
                metrics.insightDropped();
            }
        }
        return out;
    }

    private List<Analysis.Quote> quotes(LlmDraft draft, ArticleText text) {
        List<Analysis.Quote> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Analysis.Quote quote : orEmpty(draft.quotes())) {
            Optional<String> verbatim = quote == null ? Optional.empty() : text.verbatim(quote.text());
            if (verbatim.isEmpty()) {
                metrics.quoteDropped();
            } else if (seen.add(verbatim.get())) {
                // a speaker the text never names would be an invention: the quote stays, unattributed
                String speaker = text.mentions(quote.speaker()) ? quote.speaker().strip() : null;
                out.add(new Analysis.Quote(verbatim.get(), speaker));
            }
        }
        return out;
    }

    /** Action items are advice drawn from the text, not claims about it, so they are kept as written. */
    private static List<Analysis.ActionItem> actionItems(LlmDraft draft) {
        return orEmpty(draft.actionItems()).stream()
                .filter(a -> a != null && a.action() != null && !a.action().isBlank())
                .map(a -> new Analysis.ActionItem(a.action().strip(), blankToNull(a.impact())))
                .toList();
    }

    private List<Analysis.DriverTag> drivers(LlmDraft draft, ArticleText text) {
        List<Analysis.DriverTag> out = new ArrayList<>();
        Set<Driver> seen = EnumSet.noneOf(Driver.class);
        for (LlmDraft.DriverDraft d : orEmpty(draft.drivers())) {
            Optional<Driver> driver = d == null ? Optional.empty() : Driver.fromId(d.driver());
            List<String> evidence = driver.isEmpty() ? List.of() : evidence(d, text);
            if (evidence.isEmpty() || !seen.add(driver.get())) {
                metrics.driverDropped();
                continue;
            }
            out.add(new Analysis.DriverTag(driver.get(), clamp(d.tone(), -1, 1), blankToNull(d.direction()),
                    clamp(d.confidence(), 0, 1), evidence));
        }
        return out;
    }

    /** Each piece of evidence becomes the whole sentence of the text it comes from; the rest is dropped. */
    private List<String> evidence(LlmDraft.DriverDraft d, ArticleText text) {
        Set<String> sentences = new LinkedHashSet<>();
        for (String claim : orEmpty(d.evidence())) {
            text.groundingSentence(claim, config.evidenceMinOverlap()).ifPresent(sentences::add);
        }
        return List.copyOf(sentences);
    }

    private List<Analysis.AssetTag> assets(LlmDraft draft, ArticleText text) {
        List<Analysis.AssetTag> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LlmDraft.AssetDraft a : orEmpty(draft.assets())) {
            // the model's count is not trusted: mentions are counted in the text itself
            int mentions = a == null ? 0 : text.occurrences(a.asset());
            if (mentions == 0) {
                metrics.assetDropped();
            } else if (seen.add(a.asset().strip().toLowerCase(Locale.ROOT))) {
                out.add(new Analysis.AssetTag(a.asset().strip(), clamp(a.sentiment(), -1, 1), mentions));
            }
        }
        return out;
    }

    /** A label and a score that disagree are reconciled in favour of the label, the clearer of the two. */
    private static Sentiment sentiment(LlmDraft.SentimentDraft draft) {
        double score = draft == null ? 0 : clamp(draft.score(), -1, 1);
        Sentiment.Label label = draft == null ? null : label(draft.label());
        if (label == null) {
            label = score > NEUTRAL_BAND ? Sentiment.Label.POSITIVE
                    : score < -NEUTRAL_BAND ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
        }
        return new Sentiment(label, switch (label) {
            case POSITIVE -> Math.abs(score);
            case NEGATIVE -> -Math.abs(score);
            case NEUTRAL -> clamp(score, -NEUTRAL_BAND, NEUTRAL_BAND);
        });
    }

    private static Sentiment.Label label(String id) {
        for (Sentiment.Label label : Sentiment.Label.values()) {
            if (label.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return label;
            }
        }
        return null;
    }

    private static Stance stance(String id) {
        for (Stance stance : Stance.values()) {
            if (stance.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return stance;
            }
        }
        return Stance.NEUTRAL;
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? 0 : Math.max(min, Math.min(max, value));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
