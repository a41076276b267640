package io.macrodigest.analysis.assets;
import io.macrodigest.analysis.sentiment.SentimentScorer;
import io.macrodigest.analysis.text.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Sentiment towards each asset that a sentence names, from the clause that is about it: in "Bitcoin rose while
 * Ether fell" Bitcoin gets the rise and Ether the fall, and in "the euro slipped, while bond yields fell" the euro
 * the slip. Clauses end at contrasts and subordinators ("while",
 * "but", "as", ";"); a part that says nothing by itself shares the verdict of the part it is joined to when it
 * is a bare name ("Bitcoin and Ether fell", "Selling hit Bitcoin, Ether") or follows on after a comma ("plunged,
 * triggering forced selling across the crypto market"), while a clause of its own after "and" ("and central banks
 * kept buying bullion") is its own, neutral verdict. An asset a price is quoted against takes the
 * opposite verdict ("the euro slipped against the dollar", "the yen weakened past 150 per dollar" are a stronger
 * dollar), and the benchmark of a spread
 * none ("junk bonds widened to 480 basis points over Treasuries" says nothing of Treasuries).
 */
final class AssetClauses {

    private static final Set<String> HARD = Set.of(";", ":", "while", "whereas", "but", "however", "although",
            "though", "yet", "as", "despite", "after", "since", "because", "unlike", "meanwhile");
    private static final Set<String> SOFT = Set.of(",", "and", "or", "&");
    private static final Set<String> COUNTERPART = Set.of("against", "versus", "vs", "vs.", "per");
    private static final Set<String> SPREAD_UNIT = Set.of("points", "bps", "bp", "spread", "spreads", "premium");
    /** How far before a name its "against" or "over" may stand: "against the battered yen". */
    private static final int MARKER_REACH = 3;
    /** The longest silent part that is a bare name rather than a clause with a verb of its own. */
    private static final int BARE_NAME = 3;

    private final SentimentScorer scorer;

    AssetClauses(SentimentScorer scorer) {
        this.scorer = scorer;
    }

    /** {@code joinedSoftly}: after a comma or "and"; {@code byComma}: after a comma alone. */
    private record Span(int start, int end, boolean joinedSoftly, boolean byComma) {
    }

    private enum Role { SUBJECT, COUNTERPART, BENCHMARK }

    /**
     * Mean clause score per asset of the mentions. When the sentence names one asset only, a clause that says
     * nothing of its own takes the sentence's verdict ("Bitcoin traded at $60,000 after the Fed surprised with a
     * cut"), but one that does keeps it: in "sterling fell and gilt yields dropped" the pound fell.
     */
    Map<AssetVocabulary.Asset, Double> scores(Tokens tokens, List<AssetVocabulary.Mention> mentions,
            double sentenceScore) {
        if (mentions.isEmpty()) {
            return Map.of();
        }
        List<Role> roles = roles(tokens, mentions);
        long subjects = IntStream.range(0, mentions.size())
                .filter(i -> roles.get(i) == Role.SUBJECT).mapToObj(i -> mentions.get(i).asset()).distinct().count();
        List<Span> groups = merged(tokens, clauses(tokens));
        Map<AssetVocabulary.Asset, double[]> sums = new HashMap<>();
        int g = 0;
        double groupScore = Double.NaN;
        for (int i = 0; i < mentions.size(); i++) {
            AssetVocabulary.Mention m = mentions.get(i);
            // mentions come in text order, so the group holding each is found walking forward
            while (g < groups.size() && m.start() >= groups.get(g).end()) {
                g++;
                groupScore = Double.NaN;
            }
            if (g < groups.size() && m.start() >= groups.get(g).start() && Double.isNaN(groupScore)) {
                groupScore = score(tokens, groups.get(g));
            }
            double score = groupScore;
            if (subjects <= 1 && (Double.isNaN(score) || score == 0)) {
                score = sentenceScore;
            }
            if (roles.get(i) != Role.BENCHMARK && !Double.isNaN(score)) {
                double[] s = sums.computeIfAbsent(m.asset(), k -> new double[2]);
                s[0] += roles.get(i) == Role.COUNTERPART ? -score : score;
                s[1]++;
            }
        }
        Map<AssetVocabulary.Asset, Double> result = new HashMap<>();
        sums.forEach((asset, s) -> result.put(asset, s[0] / s[1]));
        return result;
    }

    /**
     * Each mention's role, in one pass over the mentions in text order: whether another asset was named before
     * one is known from the first asset named and whether a second has been, so a long run of quotes stays linear.
     */
    private static List<Role> roles(Tokens tokens, List<AssetVocabulary.Mention> mentions) {
        List<Role> roles = new ArrayList<>(mentions.size());
        AssetVocabulary.Asset first = null;
        boolean twoNamed = false;
        for (AssetVocabulary.Mention m : mentions) {
            boolean otherBefore = first != null && (twoNamed || !first.equals(m.asset()));
            roles.add(role(tokens, m, otherBefore));
            if (first == null) {
                first = m.asset();
            }
            twoNamed |= !first.equals(m.asset());
        }
        return roles;
    }

    /**
     * A name right after "against" or "versus" is the other side of a quote when another asset was named before
     * it or it is a currency; right after "basis points over" or "spread over", the benchmark of a spread.
     */
    private static Role role(Tokens tokens, AssetVocabulary.Mention m, boolean otherAssetBefore) {
        for (int j = m.start() - 1; j >= Math.max(0, m.start() - MARKER_REACH); j--) {
            String w = tokens.lower(j);
            if (HARD.contains(w) || SOFT.contains(w)) {
                return Role.SUBJECT;
            }
            if (COUNTERPART.contains(w)) {
                // a currency is what prices are quoted in ("the lira hit a record low against the dollar")
                return otherAssetBefore || m.asset().currency() ? Role.COUNTERPART : Role.SUBJECT;
            }
            if ((w.equals("over") || w.equals("above")) && j > 0 && SPREAD_UNIT.contains(tokens.lower(j - 1))) {
                return Role.BENCHMARK;
            }
        }
        return Role.SUBJECT;
    }

    private static List<Span> clauses(Tokens tokens) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        boolean soft = false;
        boolean comma = false;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.lower(i);
            boolean hard = HARD.contains(w);
            if (hard || SOFT.contains(w)) {
                if (i > start) {
                    spans.add(new Span(start, i, soft, comma));
                }
                soft = !hard;
                comma = w.equals(",");
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            spans.add(new Span(start, tokens.size(), soft, comma));
        }
        return spans;
    }

    /**
     * Softly joined neighbours merge when either is a bare name, or a list of them, that says nothing by itself, or
     * when the later one says nothing and follows on after a comma. Each clause is scored once, so a long list of
     * names costs linear time.
     */
    private List<Span> merged(Tokens tokens, List<Span> clauses) {
        List<Span> groups = new ArrayList<>();
        Span current = null;
        boolean currentBare = false;
        for (Span next : clauses) {
            boolean nextSilent = (next.end() - next.start() <= BARE_NAME || next.byComma()) && score(tokens, next) == 0;
            boolean nextBare = nextSilent && next.end() - next.start() <= BARE_NAME;
            if (current != null && next.joinedSoftly() && (currentBare || nextBare || nextSilent && next.byComma())) {
                current = new Span(current.start(), next.end(), current.joinedSoftly(), current.byComma());
                currentBare = currentBare && nextBare;
            } else {
                if (current != null) {
                    groups.add(current);
                }
                current = next;
                currentBare = nextBare;
            }
        }
        if (current != null) {
            groups.add(current);
        }
        return groups;
    }

    private double score(Tokens tokens, Span span) {
        String text = tokens.text().substring(tokens.start(span.start()), tokens.end(span.end() - 1));
        return scorer.score(Tokens.of(text)).score();
    }
}
