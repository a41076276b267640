package io.macrodigest.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.macrodigest.analysis.summary.SummaryRanker;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.SentenceSplitter;
import io.macrodigest.analysis.text.TextSimilarity;

/**
 * A story's summary drawn from every article telling it: the sentences that carry its key facts, each verbatim
 * from one article and credited to it. A sentence ranks higher the nearer it stands to its article's lead, when
 * its own article's summary chose it, and the more other outlets say the same; near-duplicates (the same wire
 * sentence at two outlets, or one lightly edited) are kept once, credited to the earliest article.
 */
@ApplicationScoped
public class StorySummarizer {

    /** Articles read per story: the earliest ones carry the facts; a story told by hundreds stays cheap. */
    static final int MAX_ARTICLES = 10;
    /** Candidate sentences per article, from its lead. */
    static final int LEAD_SENTENCES = 12;
    /** Characters of each text read: enough for the lead, bounded for very long pages. */
    static final int LEAD_CHARS = 4_000;
    /** Cosine at which a sentence of another article counts as saying the same thing. */
    private static final double ECHO = 0.3;
    private static final int MAX_LINES = 5;

    private final SentenceSplitter splitter;

    public StorySummarizer(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /**
     * One article of the story, earliest first. {@code summary} is the article's own summary (may be null); its
     * sentences that stand verbatim in {@code text} are favoured.
     */
    public record Source(long articleId, String outlet, String url, String text, String summary) {
    }

    /** A sentence of the story summary and the article it was taken from. */
    public record Line(String text, long articleId, String outlet, String url) {
    }

    /** The summary lines, most important first; empty when no article has a usable sentence. */
    public List<Line> summarize(List<Source> articles) {
        List<Sentence> candidates = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<Integer> position = new ArrayList<>();
        List<Source> read = articles.stream().filter(a -> a.text() != null && !a.text().isBlank())
                .limit(MAX_ARTICLES).toList();
        for (int a = 0; a < read.size(); a++) {
            int p = 0;
            for (Sentence s : splitter.split(lead(read.get(a).text()))) {
                if (p >= LEAD_SENTENCES) {
                    break;
                }
                if (SummaryRanker.eligible(s)) {
                    candidates.add(s);
                    owner.add(a);
                    position.add(p++);
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        TextSimilarity similarity = new TextSimilarity(candidates);
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            Source source = read.get(owner.get(i));
            double lead = 1 / (1 + position.get(i) / 2.0);
            // the summary shows a sentence as its claim, trimmed of trailing colour
            boolean chosen = source.summary() != null
                    && source.summary().contains(SummaryRanker.shownAs(candidates.get(i)));
            scores[i] = lead * (1 + support(i, owner, similarity, read.size())) + (chosen ? 0.5 : 0);
        }
        int outlets = (int) read.stream().map(Source::outlet).distinct().count();
        int wanted = Math.min(MAX_LINES, Math.max(2, outlets + 1));
        List<Integer> picked = inTextOrderWithinEachArticle(
                SummaryRanker.select(new SummaryRanker.Ranking(candidates, scores, similarity), wanted, List.of()),
                owner);
        return picked.stream().map(i -> {
            Source source = read.get(owner.get(i));
            return new Line(candidates.get(i).text(), source.articleId(), source.outlet(), source.url());
        }).toList();
    }

    /**
     * The picked lines keep their order of importance across articles, but one article's lines are told in its
     * own order ("Hackers stole $230 million ..." before "Ether fell 4% after the news"): candidates of one
     * article come in text order, so a lower index is an earlier sentence.
     */
    static List<Integer> inTextOrderWithinEachArticle(List<Integer> picked, List<Integer> owner) {
        Map<Integer, Deque<Integer>> byArticle = new HashMap<>();
        for (int i : picked.stream().sorted().toList()) {
            byArticle.computeIfAbsent(owner.get(i), a -> new ArrayDeque<>()).add(i);
        }
        return picked.stream().map(i -> byArticle.get(owner.get(i)).poll()).toList();
    }

    /**
     * Share of the other articles holding a sentence that says much the same as sentence {@code i}: a fact several
     * outlets report is a key fact of the story.
     */
    private static double support(int i, List<Integer> owner, TextSimilarity similarity, int articles) {
        if (articles < 2) {
            return 0;
        }
        double[] best = new double[articles];
        for (int j = 0; j < owner.size(); j++) {
            int other = owner.get(j);
            if (other != owner.get(i)) {
                best[other] = Math.max(best[other], similarity.cosine(i, j));
            }
        }
        int echoes = 0;
        for (double b : best) {
            echoes += b >= ECHO ? 1 : 0;
        }
        return echoes / (double) (articles - 1);
    }

    /** The opening of a text, cut at a line break so that no sentence is read half. */
    static String lead(String text) {
        if (text.length() <= LEAD_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf('\n', LEAD_CHARS);
        if (cut <= 0) {
            cut = text.lastIndexOf(". ", LEAD_CHARS);
            cut = cut <= 0 ? LEAD_CHARS : cut + 1;
        }
        return text.substring(0, cut);
    }
}
