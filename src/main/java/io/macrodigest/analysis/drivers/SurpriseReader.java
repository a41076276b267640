package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.sentiment.PhraseLexicon;
import io.macrodigest.analysis.text.ExpectationCues;
import io.macrodigest.analysis.text.TokenScan;
import io.macrodigest.analysis.text.Tokens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a driver statement against what was expected or against its own earlier pace, because that, not the raw
 * move, is what the news means for risk assets: "inflation fell less than expected" is a hot surprise, "GDP grew
 * 4.9%, beating the 4.3% forecast" a strong one, "fewer cuts than priced" a hawkish one, and "slowing its
 * balance-sheet run-off" adds liquidity relative to before. Works on the lexicon's hits of one sentence:
 * <ul>
 * <li>{@code [surprise up]/[surprise down]}: verbs that compare with a forecast by themselves ("beat", "missed");</li>
 * <li>{@code [versus up]/[versus down]}: level words that do so only before a benchmark ("above the 3.2%
 * economists had expected"), and {@code [comparative up]/[comparative down]} with "than" ("higher than forecast");</li>
 * <li>{@code [more]/[less]}: magnitude words that scale the nearest move ("fell less than expected", "fewer rate
 * cuts than priced", "cut by less");</li>
 * <li>{@code [pace down]}: a slower pace of a policy move ("slower run-off");</li>
 * <li>{@code [pace slower]/[pace faster]}: the pace of a driver's move against a benchmark ("declined more slowly
 * than expected");</li>
 * <li>{@code [benchmark]}: what the statement is measured against ("forecast", "priced", "consensus");</li>
 * <li>{@code [as expected]}: an outcome said to match expectations carries less news.</li>
 * </ul>
 */
final class SurpriseReader {

    /** One driver statement with where it sits and how its thing is oriented to its driver. */
    static final class Placed {
        MacroSignal signal;
        final int start;
        final int end;
        /** +1 when the thing rises with its driver, -1 when against it ("unemployment"), 0 for move phrases. */
        final int orientation;
        /** The direction before any negator, so a comparison reads the move itself. */
        final int plainDirection;
        final double plainWeight;

        Placed(MacroSignal signal, int start, int end, int orientation, int plainDirection, double plainWeight) {
            this.signal = signal;
            this.start = start;
            this.end = end;
            this.orientation = orientation;
            this.plainDirection = plainDirection;
            this.plainWeight = plainWeight;
        }
    }

    static final double SURPRISE = 1.5;
    static final double RELATIVE = 0.9;
    static final double AS_EXPECTED = 0.6;
    private static final int BENCHMARK_WINDOW = 9;
    private static final int BEFORE_WINDOW = 8;
    private static final int AFTER_WINDOW = 1;
    private static final int PACE_WINDOW = 6;
    private static final Set<String> STOPS = Set.of(";", ":");
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", ",", "but", "while", "whereas");

    private SurpriseReader() {
    }

    static void apply(List<Placed> placed, List<PhraseLexicon.Hit> hits, Tokens tokens) {
        if (placed.isEmpty()) {
            return;
        }
        Set<Integer> paced = new HashSet<>();
        for (PhraseLexicon.Hit h : hits) {
            if ((h.section().equals("pace slower") || h.section().equals("pace faster"))
                    && pace(placed, h, hits, tokens)) {
                paced.add(h.start());
            }
        }
        for (PhraseLexicon.Hit h : hits) {
            switch (h.section()) {
                case "surprise up", "surprise down" -> level(placed, h, h.section().endsWith("up") ? 1 : -1);
                case "versus up", "versus down", "comparative up", "comparative down" -> {
                    int dir = h.section().endsWith("up") ? 1 : -1;
                    if (paced.contains(h.start())
                            || h.section().startsWith("comparative") && !ExpectationCues.thanAt(tokens, h.end())
                            || !benchmarkAfter(h, hits, tokens)) {
                        continue;
                    }
                    if (moveEndingAt(placed, h.start()) != null) {
                        // "cooling faster than hoped" measures the move, not the level
                        magnitude(placed, h, dir, true, tokens);
                    } else {
                        level(placed, h, dir);
                    }
                }
                case "more", "less" -> magnitude(placed, h, h.section().equals("more") ? 1 : -1,
                        tokens.lower(h.start()).contains("-than-") || benchmarkAfter(h, hits, tokens), tokens);
                case "pace down" -> slowerPace(placed, h, tokens);
                case "as expected" -> placed.forEach(p -> p.signal = p.signal.scaled(AS_EXPECTED));
                default -> {
                }
            }
        }
    }

    /** A level word against a benchmark re-reads the nearest thing before it: above forecast = up. */
    private static void level(List<Placed> placed, PhraseLexicon.Hit h, int dir) {
        Placed target = null;
        for (Placed p : placed) {
            if (p.orientation != 0 && p.end <= h.start() && (target == null || p.end > target.end)) {
                target = p;
            }
        }
        if (target != null) {
            target.signal = new MacroSignal(target.signal.driver(), dir * target.orientation,
                    target.plainWeight * SURPRISE, false);
        }
    }

    private static Placed moveEndingAt(List<Placed> placed, int position) {
        for (Placed p : placed) {
            if (p.end == position && p.plainDirection != 0) {
                return p;
            }
        }
        return null;
    }

    /** "Fewer cuts", "fell less than expected": the move scaled down reads as its opposite, scaled up as itself. */
    private static void magnitude(List<Placed> placed, PhraseLexicon.Hit h, int scale, boolean surprise,
            Tokens tokens) {
        // "fell less than expected", "cut by less": a comparison of what went before; "a smaller balance sheet"
        // qualifies what follows
        int next = h.end();
        boolean comparesBack = surprise || next >= tokens.size() || ExpectationCues.thanAt(tokens, next)
                || CLAUSE_ENDS.contains(tokens.lower(next));
        Placed target = null;
        for (Placed p : placed) {
            if (p.plainDirection == 0) {
                continue;
            }
            if (p.start >= h.end() && p.start - h.end() <= AFTER_WINDOW) {
                target = p;
                break;
            }
            if (comparesBack && !p.signal.negated() && p.end <= h.start() && h.start() - p.end <= BEFORE_WINDOW
                    && !TokenScan.anyBetween(tokens, p.end, h.start(), STOPS)
                    && (target == null || p.end > target.end)) {
                target = p;
            }
        }
        if (target != null) {
            target.signal = new MacroSignal(target.signal.driver(), scale * target.plainDirection,
                    target.plainWeight * (surprise ? SURPRISE : RELATIVE), false);
        }
    }

    /**
     * The pace of a driver's move against a benchmark ("inflation declined more slowly than expected", "the
     * decline in inflation was slower than hoped"): a slower move than expected is a surprise the other way, a
     * faster one a surprise its own way. Not when the pace word is itself the move of a thing ("growth was slower
     * than forecast" is a level against the forecast), nor without a benchmark, where "faster increases" are the
     * increases themselves.
     */
    private static boolean pace(List<Placed> placed, PhraseLexicon.Hit h, List<PhraseLexicon.Hit> hits,
            Tokens tokens) {
        Placed target = null;
        for (Placed p : placed) {
            if (p.start <= h.start() && p.end >= h.end()) {
                return false;
            }
            if (p.orientation == 0 || p.plainDirection == 0) {
                continue;
            }
            if (p.start >= h.end() && p.start - h.end() <= AFTER_WINDOW) {
                target = p;
                break;
            }
            if (p.end <= h.start() && h.start() - p.end <= BEFORE_WINDOW
                    && !TokenScan.anyBetween(tokens, p.end, h.start(), CLAUSE_ENDS)
                    && (target == null || p.end > target.end)) {
                target = p;
            }
        }
        if (target == null) {
            return false;
        }
        if (!ExpectationCues.thanAt(tokens, h.end()) || !benchmarkAfter(h, hits, tokens)) {
            // without a benchmark the pace word reads as a move of its own ("faster increases in costs")
            return false;
        }
        int dir = (h.section().endsWith("slower") ? -1 : 1) * target.plainDirection;
        target.signal = new MacroSignal(target.signal.driver(), dir, target.plainWeight * SURPRISE, false);
        return true;
    }

    /**
     * "Slowing its balance-sheet run-off", "slow the pace of decline in its securities holdings": a slower pace of a
     * policy move (rates or liquidity) reads as the opposite move, when nothing else the sentence speaks of stands
     * between.
     */
    private static void slowerPace(List<Placed> placed, PhraseLexicon.Hit h, Tokens tokens) {
        for (Placed p : placed) {
            if (p.start < h.end()) {
                continue;
            }
            if (p.start - h.end() > PACE_WINDOW || TokenScan.anyBetween(tokens, h.end(), p.start, STOPS)) {
                return;
            }
            Driver d = p.signal.driver();
            boolean paceOf = tokens.lower(h.end() - 1).equals("of");
            if ((p.orientation == 0 || paceOf) && (d == Driver.RATES || d == Driver.LIQUIDITY)) {
                // "the pace of" a thing names its flow: "reduce the pace of its asset purchases" slows buying
                int move = p.orientation == 0 || p.plainDirection != 0 ? p.plainDirection : p.orientation;
                p.signal = new MacroSignal(d, -move, p.plainWeight * RELATIVE, false);
            }
            return;
        }
    }

    /** A benchmark ("forecast", "priced") soon after the word, in the same clause: "above the 3.2% expected". */
    private static boolean benchmarkAfter(PhraseLexicon.Hit h, List<PhraseLexicon.Hit> hits, Tokens tokens) {
        for (PhraseLexicon.Hit b : hits) {
            if (b.section().equals("benchmark") && b.start() >= h.end() && b.start() - h.end() <= BENCHMARK_WINDOW
                    && !TokenScan.anyBetween(tokens, h.end(), b.start(), CLAUSE_ENDS)) {
                return true;
            }
        }
        return false;
    }
}
