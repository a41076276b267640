package io.macrodigest.story;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.macrodigest.analysis.model.Vectors;

/**
 * The story an article joins among stored candidates, or none. Precision first, as a wrong merge shows two events
 * as one: candidates are tried from the most similar down (ties to the older article, so the answer is the same
 * on every pod) and the first one accepted wins:
 * <ul>
 * <li>two articles that both report figures and share none are different events (two weekly claims reports,
 * two rate decisions), however alike their wording;</li>
 * <li>otherwise similarity ≥ {@code join-similarity} joins;</li>
 * <li>similarity ≥ {@code grey-zone-similarity} joins only with a shared figure or {@code min-shared-names}
 * shared names.</li>
 * </ul>
 * Time is handled by the caller, which only offers articles within {@code digest.story.window}.
 */
@ApplicationScoped
public class StoryMatcher {

    private final StoryConfig config;

    public StoryMatcher(StoryConfig config) {
        this.config = config;
    }

    public Optional<StoryMatch> match(StoryProfile article, List<StoryCandidate> candidates) {
        if (article.vector() == null) {
            return Optional.empty();
        }
        List<Scored> ranked = candidates.stream()
                .filter(c -> c.vector() != null)
                .map(c -> new Scored(c, Vectors.dot(article.vector(), c.vector())))
                .filter(s -> s.similarity >= config.greyZoneSimilarity())
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed()
                        .thenComparingLong(s -> s.candidate.articleId()))
                .toList();
        for (Scored s : ranked) {
            String rule = rule(article.facts(), s);
            if (rule != null) {
                return Optional.of(new StoryMatch(s.candidate.storyId(), s.candidate.articleId(),
                        Math.round(s.similarity * 10_000) / 10_000.0, rule));
            }
        }
        return Optional.empty();
    }

    private String rule(StoryFacts facts, Scored s) {
        StoryFacts other = s.candidate.facts();
        if (facts.figuresDisagree(other)) {
            return null;
        }
        if (s.similarity >= config.joinSimilarity()) {
            return "similar";
        }
        boolean shared = facts.sharedFigures(other) > 0 || facts.sharedNames(other) >= config.minSharedNames();
        return shared ? "shared-facts" : null;
    }

    private record Scored(StoryCandidate candidate, double similarity) {
    }
}
