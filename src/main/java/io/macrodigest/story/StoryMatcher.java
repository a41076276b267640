package io.macrodigest.story;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.macrodigest.analysis.model.Vectors;

/**
 * The story an article joins among stored candidates, or none. Precision first, as a wrong merge shows two events
 * as one: candidates are tried from the most similar down (ties to the older article, so the answer is the same
 * on every pod) and the first one accepted wins:
 * <ul>
 * <li>two articles that both report figures of a kind and share none are different events (two weekly claims
 * reports, two rate decisions), however alike their wording;</li>
 * <li>otherwise similarity ≥ {@code join-similarity} joins;</li>
 * <li>similarity ≥ {@code grey-zone-similarity} joins only with a shared figure, {@code min-shared-names}
 * shared names or one rare shared name, or when the candidate is clearly the best: the most similar of the
 * window, and every article of another story at least {@code clear-margin} less similar (in a window of ten
 * candidates or more, as among a handful any best is clear);</li>
 * <li>similarity ≥ {@code rare-name-similarity} joins only with two rare shared names, or one and a shared
 * figure;</li>
 * <li>below {@code join-similarity}, two articles that both give a day of the month and share none are reports
 * of different days (two meetings, two rounds of talks); above it the wording is evidence enough, as one report
 * dates the event and another the day it writes;</li>
 * <li>failing all these, the most similar candidate, from {@code rare-name-similarity} up, joins when the two are
 * clearly each other's best: every article of another story in the window at least {@code clear-pair-margin}
 * less similar to either of them (again in a window of ten or more). Two reports of one event in a window of
 * other news; a third piece of the same topic would be near one of them;</li>
 * <li>still failing, the most similar candidate, from {@code named-best-similarity} up, joins when the two name
 * mostly the same people and places (at least {@code named-best-share} of the names of the one naming fewer)
 * and every article of another story is at least {@code named-best-margin} less similar to either: lead
 * paragraphs of one event are often no nearer to the model than two of a topic, but they name the same few
 * actors;</li>
 * <li>still failing, the most similar candidate, from {@code rare-word-similarity} up, joins when the two share
 * words that are rare in the window (used by at most as many articles as a rare name): at least
 * {@code rare-words} of them and {@code rare-word-share} of the words of the one using fewer, their figures and
 * dates not disagreeing (window of ten or more). Two leads of one event tell it with its own words ("vegan",
 * "custody", "newborn"), lowercase ones too, which the rest of the window's news does not use; a lead of another
 * event of the topic shares the topic's words, which its other reports in the window make common.</li>
 * </ul>
 * A name is rare when at most {@code rare-name-articles} articles of the window mention it (the article and its
 * candidates), and at most a tenth of them: "Powell" on a Fed day is no evidence, a company or a town named by
 * only these two reports is. Every threshold is lowered for two short texts by {@code short-text-allowance}
 * times the share of {@code lead-words} they leave unfilled on average: the model puts two 40-word leads of one
 * event, and of two events, about 0.03 less alike than the same reports' 160-word leads (measured on
 * stories-dev cut to 40, 80, 120 and 160 words: the similarity that lets in as many pairs of different events is
 * that much lower), so one scale would hold short texts to a stricter rule. The recorded similarity is the
 * model's, unadjusted. Time is handled by the caller, which only offers articles within
 * {@code digest.story.window}.
 */
@ApplicationScoped
public class StoryMatcher {

    /** In a window of a handful of articles every name is rare: rarity needs ten times more articles than uses. */
    private static final int WINDOW_PER_RARE_USE = 10;
    /** ...and any best is clear: the margin over the next story counts from this many candidates. */
    private static final int WINDOW_FOR_CLEAR_BEST = 10;

    private final StoryConfig config;

    public StoryMatcher(StoryConfig config) {
        this.config = config;
    }

    public Optional<StoryMatch> match(StoryProfile article, List<StoryCandidate> candidates) {
        if (article.vector() == null) {
            return Optional.empty();
        }
        double floor = Math.min(Math.min(config.greyZoneSimilarity(), config.rareNameSimilarity()),
                Math.min(config.namedBestSimilarity(), config.rareWordSimilarity())) - config.shortTextAllowance();
        List<Scored> scored = candidates.stream()
                .filter(c -> c.vector() != null)
                .map(c -> new Scored(c, Vectors.dot(article.vector(), c.vector())))
                .toList();
        List<Scored> ranked = scored.stream()
                .filter(s -> s.similarity >= floor)
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed()
                        .thenComparingLong(s -> s.candidate.articleId()))
                .toList();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> uses = nameUses(article.facts(), candidates);
        int maxUses = Math.min(config.rareNameArticles(), (candidates.size() + 1) / WINDOW_PER_RARE_USE);
        Scored best = ranked.get(0);
        boolean clearBest = scored.size() >= WINDOW_FOR_CLEAR_BEST
                && best.similarity - nextStory(best, scored) >= config.clearMargin();
        for (Scored s : ranked) {
            String rule = rule(article, s, uses, maxUses, s == best && clearBest);
            if (rule != null) {
                return Optional.of(matched(s, rule));
            }
        }
        if (clearPair(article, best, scored)) {
            return Optional.of(matched(best, "clear-pair"));
        }
        if (namedBest(article, best, scored)) {
            return Optional.of(matched(best, "named-best"));
        }
        return rareWords(article, best, scored.size(), candidates, maxUses) ? Optional.of(matched(best, "rare-words"))
                : Optional.empty();
    }

    private static StoryMatch matched(Scored s, String rule) {
        return new StoryMatch(s.candidate.storyId(), s.candidate.articleId(),
                Math.round(s.similarity * 10_000) / 10_000.0, rule);
    }

    /**
     * The article and its most similar candidate are each other's clear best: no article of another story in the
     * window comes within {@code clear-pair-margin} of their similarity, to the article or to the candidate.
     */
    private boolean clearPair(StoryProfile article, Scored best, List<Scored> scored) {
        return mayJoin(article, best, scored.size(), config.rareNameSimilarity())
                && standsOut(best, scored, config.clearPairMargin());
    }

    /**
     * What the last steps ask of a pair before their own evidence: a window of ten or more, the similarity (after
     * the short-text allowance) at least {@code minSimilarity}, and no disagreeing figures or days.
     */
    private boolean mayJoin(StoryProfile article, Scored best, int window, double minSimilarity) {
        StoryCandidate candidate = best.candidate;
        return window >= WINDOW_FOR_CLEAR_BEST
                && best.similarity + allowance(article.words(), candidate.words()) >= minSimilarity
                && !article.facts().figuresDisagree(candidate.facts())
                && !article.facts().datesDisagree(candidate.facts());
    }

    /** No article of another story than {@code best}'s within {@code margin} of their similarity, to either. */
    private static boolean standsOut(Scored best, List<Scored> scored, double margin) {
        double rivals = best.similarity - margin;
        return nextStory(best, scored) <= rivals && scored.stream()
                .filter(s -> s.candidate.storyId() != best.candidate.storyId())
                .allMatch(s -> Vectors.dot(best.candidate.vector(), s.candidate.vector()) <= rivals);
    }

    /**
     * The article and its most similar candidate name mostly the same people and places: at least one shared
     * name, and at least {@code named-best-share} of the names of the one naming fewer; their figures and dates
     * do not disagree; and they stand out of the window by {@code named-best-margin}: no article of another story
     * that near to the article or to the candidate (in a window of ten or more). Not for a text under
     * {@code short-text-min-words}: a headline's one name is all of its names. Two lead paragraphs of one event
     * are often no more alike to the model than two of a topic, but they name the same few actors: a lead about
     * a different event of the topic names others beside the shared ones (a country, a leader).
     */
    private boolean namedBest(StoryProfile article, Scored best, List<Scored> scored) {
        StoryCandidate candidate = best.candidate;
        StoryFacts facts = article.facts();
        StoryFacts other = candidate.facts();
        if (!mayJoin(article, best, scored.size(), config.namedBestSimilarity())
                || tooShort(article.words()) || tooShort(candidate.words())) {
            return false;
        }
        int shared = facts.sharedNames(other);
        if (shared == 0 || shared < config.namedBestShare() * Math.min(facts.names().size(), other.names().size())) {
            return false;
        }
        return standsOut(best, scored, config.namedBestMargin());
    }

    /**
     * The article and its most similar candidate share words few articles of the window use (at most
     * {@code maxUses} of them, as for a rare name): at least {@code rare-words}, and at least
     * {@code rare-word-share} of the words of the one using fewer, with figures and dates that do not disagree
     * (window of ten or more). Counted only here, for the shared words: the last step is reached by few articles.
     */
    private boolean rareWords(StoryProfile article, Scored best, int window, List<StoryCandidate> candidates,
            int maxUses) {
        if (!mayJoin(article, best, window, config.rareWordSimilarity())) {
            return false;
        }
        StoryFacts facts = article.facts();
        StoryFacts other = best.candidate.facts();
        double needed = Math.max(config.rareWords(),
                config.rareWordShare() * Math.min(facts.terms().size(), other.terms().size()));
        Set<String> shared = facts.sharedTerms(other);
        if (shared.size() < needed) {
            return false;
        }
        Map<String, Integer> uses = new HashMap<>();
        shared.forEach(w -> uses.put(w, 1));
        // each shared word looked up in each candidate's words: stored words are not split for this
        for (StoryCandidate c : candidates) {
            Set<String> theirs = c.facts().terms();
            for (String w : shared) {
                if (theirs.contains(w)) {
                    uses.merge(w, 1, Integer::sum);
                }
            }
        }
        return uses.values().stream().filter(n -> n <= maxUses).count() >= needed;
    }

    private String rule(StoryProfile article, Scored s, Map<String, Integer> uses, int maxUses, boolean clearBest) {
        StoryFacts facts = article.facts();
        StoryFacts other = s.candidate.facts();
        if (facts.figuresDisagree(other)) {
            return null;
        }
        // raised for the comparison only: the match records the model's similarity
        double similarity = s.similarity + allowance(article.words(), s.candidate.words());
        if (similarity >= config.joinSimilarity()) {
            return "similar";
        }
        // below join-similarity a date is evidence: two reports of different days' events of one topic
        if (facts.datesDisagree(other)) {
            return null;
        }
        boolean figure = facts.sharedFigures(other) > 0;
        long rare = other.names().stream().filter(n -> uses.getOrDefault(n, Integer.MAX_VALUE) <= maxUses).count();
        if (similarity >= config.greyZoneSimilarity()) {
            if (figure || rare > 0 || facts.sharedNames(other) >= config.minSharedNames()) {
                return "shared-facts";
            }
            return clearBest ? "clear-best" : null;
        }
        if (similarity >= config.rareNameSimilarity()) {
            return rare >= 2 || figure && rare > 0 ? "rare-names" : null;
        }
        return null;
    }

    /**
     * How much lower the thresholds are for two texts of these many words: in proportion to the share of
     * {@code lead-words} they leave unfilled on average. An unknown count (0, embedded before it was recorded)
     * is a full lead. None when either text is shorter than {@code short-text-min-words}.
     */
    private double allowance(int words, int otherWords) {
        int lead = config.leadWords();
        if (tooShort(words) || tooShort(otherWords)) {
            return 0;
        }
        double filled = (filled(words, lead) + filled(otherWords, lead)) / 2.0 / lead;
        return config.shortTextAllowance() * (1 - filled);
    }

    private boolean tooShort(int words) {
        return words > 0 && words < config.shortTextMinWords();
    }

    private static int filled(int words, int lead) {
        return words <= 0 ? lead : Math.min(words, lead);
    }

    /** The similarity of the most similar article of another story than {@code best}'s, 0 when there is none. */
    private static double nextStory(Scored best, List<Scored> scored) {
        return scored.stream()
                .filter(s -> s.candidate.storyId() != best.candidate.storyId())
                .mapToDouble(Scored::similarity)
                .max()
                .orElse(0);
    }

    /** How many articles of the window (the article and every candidate) mention each of the article's names. */
    private static Map<String, Integer> nameUses(StoryFacts facts, List<StoryCandidate> candidates) {
        Map<String, Integer> uses = new HashMap<>();
        facts.names().forEach(n -> uses.put(n, 1));
        for (StoryCandidate c : candidates) {
            for (String name : c.facts().names()) {
                uses.computeIfPresent(name, (n, count) -> count + 1);
            }
        }
        return uses;
    }

    private record Scored(StoryCandidate candidate, double similarity) {
    }
}
