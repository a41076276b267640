package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.text.ExpectationCues;
import io.macrodigest.analysis.text.Figures;
import io.macrodigest.analysis.text.TokenScan;
import io.macrodigest.analysis.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Polarity of one sentence of financial news. Directional words take their sign from what moved ("costs
 * rose" is bad, "sales rose" good, "loss narrowed" good); figures compared without a verb ("EUR 5m compared
 * with EUR 3m") are read as a move; negators flip, intensifiers and hedges scale, and the clause after "but"
 * outweighs a "despite" clause. A sentence of plain facts sums to zero.
 */
final class SentencePolarity {

    private static final double UNSPECIFIED_MOVE = 0.3;
    /**
     * "The engineering group rose 1.8 pct": a move measured in percent, the only one in the sentence, is the news
     * even when the lexicon does not know what moved; beside other moves ("shares fell 1%, the euro rose 0.5%") it
     * stays minor.
     */
    private static final double SIZED_MOVE = 0.6;
    private static final int SUBJECT_WINDOW = 8;
    private static final int OBJECT_WINDOW = 4;
    private static final int SURPRISE_WINDOW = 6;
    /** A move smaller than expected is a surprise against it ("inflation fell less than expected"). */
    private static final double AGAINST = -0.8;
    /** A move bigger than expected is the move and then some. */
    private static final double BEYOND = 1.3;
    private static final double QUESTION = 0.4;
    private static final double MONEY = 0.6;
    private static final Set<String> MONEY_WORDS = Set.of("million", "millions", "billion", "billions",
            "trillion");
    /** How many words a negator before a sum may stand from it: "withdrew about $3.1 billion". */
    private static final int MONEY_REACH = 4;
    private static final Pattern SCALED_SUM = Pattern.compile("[0-9][0-9.,]*(m|bn|b)");
    private static final Set<String> QUESTION_OPENERS = Set.of("how", "why", "what", "when", "where", "which",
            "who", "will", "can", "could", "should", "is", "are", "does", "do");
    private static final Set<String> COMMA = Set.of(",");
    private static final Set<String> AND = Set.of("and");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "for");
    private static final Set<String> AS_LISTS = Set.of("such", "as", "well", "so", "just");
    private static final Set<String> AWAY = Set.of(",", "to", "into", "from", "than", "compared", "versus", "vs",
            "against");

    private final FinancialLexicon lexicon;

    public SentencePolarity(FinancialLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Unbounded sum of signed evidence; positive means good news. */
    public double polarity(Tokens tokens) {
        boolean crypto = lexicon.aboutCrypto(tokens);
        List<PhraseLexicon.Hit> hits = lexicon.hits(tokens, crypto);
        int n = tokens.size();
        PhraseLexicon.Hit[] objectAt = new PhraseLexicon.Hit[n];
        boolean[] polarAt = new boolean[n];
        boolean[] consumed = new boolean[n];
        List<PhraseLexicon.Hit> directions = new ArrayList<>();
        List<PhraseLexicon.Hit> polar = new ArrayList<>();
        List<PhraseLexicon.Hit> objects = new ArrayList<>();
        List<PhraseLexicon.Hit> modifiers = new ArrayList<>();
        boolean[] countVerb = countVerbs(tokens, hits);
        for (PhraseLexicon.Hit h : hits) {
            if (countVerb[h.start()]) {
                continue;
            }
            switch (h.section()) {
                case FinancialLexicon.UP, FinancialLexicon.DOWN -> directions.add(h);
                case FinancialLexicon.POSITIVE, FinancialLexicon.NEGATIVE -> {
                    polar.add(h);
                    polarAt[h.start()] = true;
                }
                case FinancialLexicon.GOOD_UP, FinancialLexicon.BAD_UP, FinancialLexicon.FLAT -> {
                    objects.add(h);
                    objectAt[h.start()] = h;
                }
                default -> modifiers.add(h);
            }
        }
        modifiers.removeIf(m -> m.section().equals(FinancialLexicon.CONCESSION)
                && tokens.lower(m.start()).equals("after") && !earlierEvent(tokens, m, directions, polar));
        // Figures compared around "from"/"compared with" settle their thing first, and the benchmark with it.
        double sum = comparedFigures(tokens, objects, directions, consumed, modifiers);
        double[] surprise = surprises(tokens, directions, consumed);
        // Words that are both a move and a thing ("growth") act as the thing when another move governs them.
        List<PhraseLexicon.Hit> ordered = new ArrayList<>(directions.size());
        for (PhraseLexicon.Hit d : directions) {
            if (objectAt[d.start()] == null) {
                ordered.add(d);
            }
        }
        for (PhraseLexicon.Hit d : directions) {
            if (objectAt[d.start()] != null) {
                ordered.add(d);
            }
        }
        for (PhraseLexicon.Hit d : ordered) {
            if (consumed[d.start()]) {
                continue;
            }
            int dir = d.section().equals(FinancialLexicon.UP) ? 1 : -1;
            PhraseLexicon.Hit object = objectOf(d, objects, consumed, tokens);
            if (object == null && polarAt[d.start()]) {
                // "Operations improved", "the unit weakened": an evaluative move judges its subject by itself.
                continue;
            }
            double value;
            PhraseLexicon.Hit swing = object == null ? null : swingFrom(d, object, objects, modifiers);
            if (swing != null) {
                // "a loss of EUR 3m, down from a profit of EUR 5m": the result changed sides, and that is the news
                // whichever way the figure moved
                consumed[object.start()] = true;
                consumed[swing.start()] = true;
                value = sign(object) * d.weight();
            } else if (object != null) {
                consumed[object.start()] = true;
                value = dir * sign(object) * d.weight();
            } else {
                boolean sized = directions.size() == 1 && percentAfter(tokens, d.end()) >= 0;
                value = dir * (sized ? SIZED_MOVE : UNSPECIFIED_MOVE) * d.weight();
            }
            consumed[d.start()] = true;
            value *= surprise[d.start()];
            if (crypto) {
                value *= moveSize(tokens, d.end());
            }
            sum += value * modifier(d, modifiers, tokens);
        }
        for (PhraseLexicon.Hit p : polar) {
            if (consumed[p.start()]) {
                continue;
            }
            double value = p.section().equals(FinancialLexicon.POSITIVE) ? p.weight() : -p.weight();
            sum += value * modifier(p, modifiers, tokens) * benchmark(p, modifiers);
        }
        for (PhraseLexicon.Hit o : objects) {
            if (!consumed[o.start()] && o.weighted()) {
                // A bare mention: "a net loss of EUR 2m" is bad news on its own.
                sum += o.weight() * modifier(o, modifiers, tokens) * benchmark(o, modifiers);
            }
        }
        if (crypto && sum >= 0 && namesMoney(tokens, modifiers)) {
            // a sum of money in crypto news with nothing said against it is money coming in: sales, revenue,
            // funding, purchases
            sum += MONEY;
        }
        if (crypto && sum >= 0) {
            // an incumbent of finance or tech in crypto news with nothing said against it is taking crypto up
            sum += adopter(modifiers);
        }
        return isQuestion(tokens) ? sum * QUESTION : sum;
    }

    /**
     * Where a word that is a worry as a noun is a verb because a count follows it ("the talks concern 40
     * people", "layoffs concern about 80 employees"): it says who is affected, not that anyone worries.
     */
    private static boolean[] countVerbs(Tokens tokens, List<PhraseLexicon.Hit> hits) {
        boolean[] verb = new boolean[tokens.size()];
        for (PhraseLexicon.Hit h : hits) {
            if (h.section().equals(FinancialLexicon.COUNT_VERB)
                    && (isCount(tokens, h.end()) || isCount(tokens, h.end() + 1))) {
                verb[h.start()] = true;
            }
        }
        return verb;
    }

    private static boolean isCount(Tokens tokens, int i) {
        return i < tokens.size() && tokens.isNumber(i);
    }

    /** The weight of the strongest incumbent named, or 0. */
    private static double adopter(List<PhraseLexicon.Hit> modifiers) {
        double weight = 0;
        for (PhraseLexicon.Hit m : modifiers) {
            if (m.section().equals(FinancialLexicon.ADOPTER)) {
                weight = Math.max(weight, m.weight());
            }
        }
        return weight;
    }

    /**
     * A sum of money in millions or more ("$40 million", "$37.5M", "3bn"); a price level such as "$64,000" is
     * where a coin trades, not money that changed hands.
     */
    private static boolean namesMoney(Tokens tokens, List<PhraseLexicon.Hit> modifiers) {
        for (int i = 0; i < tokens.size(); i++) {
            if (MONEY_WORDS.contains(tokens.lower(i)) || SCALED_SUM.matcher(tokens.lower(i)).matches()) {
                return !withheld(i, modifiers);
            }
        }
        return false;
    }

    /**
     * A sum right after a negator is money not coming in: withdrawn ("customers withdrew about $3 billion from
     * the exchange") or denied ("did not raise $40 million").
     */
    private static boolean withheld(int sum, List<PhraseLexicon.Hit> modifiers) {
        for (PhraseLexicon.Hit m : modifiers) {
            if (m.section().equals(FinancialLexicon.NEGATOR) && m.end() <= sum && sum - m.end() < MONEY_REACH) {
                return true;
            }
        }
        return false;
    }

    /**
     * The factor of each move that a comparative against expectations qualifies; the comparative and its
     * expectation are consumed so that "less" in "fell less than expected" is not read as a second move.
     */
    private static double[] surprises(Tokens tokens, List<PhraseLexicon.Hit> directions, boolean[] consumed) {
        double[] factor = new double[tokens.size()];
        java.util.Arrays.fill(factor, 1);
        for (ExpectationCues.Comparison s : ExpectationCues.comparisons(tokens)) {
            PhraseLexicon.Hit move = null;
            for (PhraseLexicon.Hit d : directions) {
                if (d.end() <= s.at() && Figures.wordsBetween(tokens, d.end(), s.at()) < SURPRISE_WINDOW
                        && !boundaryBetween(tokens, d.end(), s.at())) {
                    move = d;
                }
            }
            if (move != null) {
                factor[move.start()] = s.smaller() ? AGAINST : BEYOND;
                for (int k = s.at(); k < s.end(); k++) {
                    consumed[k] = true;
                }
            }
        }
        return factor;
    }

    /** The size factor of a percentage right after a move ("jumps 8%", "fell by 0.4 percent"), else 1. */
    private double moveSize(Tokens tokens, int from) {
        int percent = percentAfter(tokens, from);
        return percent < 0 ? 1 : lexicon.moveSize(tokens.number(percent));
    }

    /** The number of a percentage within three words after a move ("rose 0.4 pct", "fell by 3 %"), else -1. */
    private static int percentAfter(Tokens tokens, int from) {
        for (int i = from; i < Math.min(tokens.size() - 1, from + 3); i++) {
            String unit = tokens.lower(i + 1);
            if (tokens.isNumber(i) && (unit.equals("%") || unit.equals("percent") || unit.equals("pct"))) {
                return i;
            }
        }
        return -1;
    }

    /** A headline that asks ("Will bitcoin crash?", "Why ether rallied") explains or speculates. */
    private static boolean isQuestion(Tokens tokens) {
        return tokens.text().strip().endsWith("?") || tokens.size() > 0 && QUESTION_OPENERS.contains(tokens.lower(0));
    }

    private static double sign(PhraseLexicon.Hit object) {
        return switch (object.section()) {
            case FinancialLexicon.GOOD_UP -> 1;
            case FinancialLexicon.FLAT -> 0;
            default -> -1;
        };
    }

    /**
     * What moved: a thing right after a transitive or nominal move ("cut costs", "increase in sales"), else the
     * nearest thing before it (the subject, however long the figures in between: "sales of EUR 5.2 million
     * were up"), else one shortly after. A thing after "to", "from" or a comma is a destination or a benchmark
     * ("fell to a loss", "up from a loss"), never what moved.
     */
    private static PhraseLexicon.Hit objectOf(PhraseLexicon.Hit d, List<PhraseLexicon.Hit> objects,
            boolean[] consumed, Tokens tokens) {
        // Objects are in token order: scan outwards from the move and stop where the windows end, so a long
        // sentence of names costs time in proportion to its length.
        int firstAfter = firstStartingAt(objects, d.end());
        PhraseLexicon.Hit before = null;
        for (int k = firstAfter - 1; k >= 0 && before == null; k--) {
            PhraseLexicon.Hit o = objects.get(k);
            if (o.end() > d.start() || consumed[o.start()]) {
                continue;
            }
            if (Figures.wordsBetween(tokens, o.end(), d.start()) >= SUBJECT_WINDOW
                    || boundaryBetween(tokens, o.end(), d.start()) || clauseOpensBetween(tokens, o.end(), d.start())) {
                break;
            }
            before = o;
        }
        PhraseLexicon.Hit after = null;
        for (int k = firstAfter; k < objects.size() && after == null; k++) {
            PhraseLexicon.Hit o = objects.get(k);
            if (o.start() - d.end() >= OBJECT_WINDOW) {
                break;
            }
            if (!consumed[o.start()] && !boundaryBetween(tokens, d.end(), o.start())
                    && !awayBetween(tokens, d.end(), o.start())
                    && (!isNominal(tokens, d) || TokenScan.anyBetween(tokens, d.end(), o.start(), PREPOSITIONS))
                    && !clauseOpensBetween(tokens, d.end(), o.start())) {
                after = o;
            }
        }
        // "Yields fell and stocks rose": a thing after "and" opens the next clause when the move already has its
        // subject before it
        boolean nextClause = after != null && before != null
                && TokenScan.anyBetween(tokens, d.end(), after.start(), AND);
        if (after != null && !nextClause && (after.start() - d.end() <= 2 || before == null)) {
            return after;
        }
        return before;
    }

    /**
     * The benchmark of the other side right after a move ("down from a profit", "up from a net loss") when what
     * moved is a result of the opposite sign, else null.
     */
    private static PhraseLexicon.Hit swingFrom(PhraseLexicon.Hit d, PhraseLexicon.Hit object,
            List<PhraseLexicon.Hit> objects, List<PhraseLexicon.Hit> modifiers) {
        if (!object.weighted()) {
            return null;
        }
        for (PhraseLexicon.Hit m : modifiers) {
            if (!m.section().equals(FinancialLexicon.COMPARATOR) || m.start() != d.end()) {
                continue;
            }
            for (PhraseLexicon.Hit o : objects) {
                if (o.start() >= m.end() && o.start() - m.end() <= 2 && o.weighted() && sign(o) != sign(object)) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * "Reduction", "improvement": a noun of a move takes what moved after it only through a preposition ("a
     * reduction in costs"); "reductions concern 40 people" has the verb after it, not the thing.
     */
    private static boolean isNominal(Tokens tokens, PhraseLexicon.Hit d) {
        String w = tokens.lower(d.end() - 1);
        return w.endsWith("tion") || w.endsWith("tions") || w.endsWith("ment") || w.endsWith("ments");
    }

    /**
     * A word that makes a later thing a destination or a benchmark; the "to" of "up to" bounds a figure instead
     * ("cut up to 500 jobs").
     */
    private static boolean awayBetween(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean upTo = tokens.lower(i).equals("to") && TokenScan.is(tokens, i - 1, "up");
            if (AWAY.contains(tokens.lower(i)) && !upTo) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first hit starting at or after {@code position}; hits are in token order. */
    private static int firstStartingAt(List<PhraseLexicon.Hit> hits, int position) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * "Gold rose as the dollar slid": a conjunction opening a clause of its own between a thing and a later move
     * makes the move that clause's; "such as" and "as well as" list things instead.
     */
    private static boolean clauseOpensBetween(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.lower(i).equals("as") && (i == 0 || !AS_LISTS.contains(tokens.lower(i - 1)))
                    && (i + 1 >= tokens.size() || !tokens.lower(i + 1).equals("well"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundaryBetween(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.lower(i);
            if (w.equals(";") || w.equals(":") || w.equals("while") || w.equals("whereas") || w.equals("but")
                    || w.equals("and") && i > from && tokens.lower(i - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause "after" opens is what came before the news ("the coin climbed back to $1 after it had
     * slumped"), so that it weighs less. It needs a whole clause before it, set off by a comma or saying a move of its
     * own ("shares wobbled after a weak report" has only the report to tell which way), and one that does not say
     * the same as it: a fall "after brokers cut their targets" is the cut's consequence, and both count.
     */
    private boolean earlierEvent(Tokens tokens, PhraseLexicon.Hit after, List<PhraseLexicon.Hit> directions,
            List<PhraseLexicon.Hit> polar) {
        boolean wholeClause = after.start() > 0 && tokens.lower(after.start() - 1).equals(",")
                || directions.stream().anyMatch(d -> d.end() <= after.start())
                || polar.stream().anyMatch(p -> p.end() <= after.start());
        if (!wholeClause || after.end() >= tokens.size()) {
            return false;
        }
        double news = polarity(tokens.range(0, after.start()));
        double before = polarity(tokens.range(after.end(), tokens.size()));
        return news * before <= 0;
    }

    /** Negation, intensity, hedging and clause weight around a polar item. */
    private static double modifier(PhraseLexicon.Hit item, List<PhraseLexicon.Hit> modifiers, Tokens tokens) {
        double factor = 1;
        for (PhraseLexicon.Hit m : modifiers) {
            int before = item.start() - m.end();
            int after = m.start() - item.end();
            switch (m.section()) {
                case FinancialLexicon.NEGATOR -> {
                    if (before >= 0 && before <= 3 && !boundaryBetween(tokens, m.end(), item.start())) {
                        factor *= -m.weight();
                    }
                }
                case FinancialLexicon.INTENSIFIER, FinancialLexicon.DIMINISHER -> {
                    if (before >= 0 && before <= 2 || after >= 0 && after <= 1) {
                        factor *= m.weight();
                    }
                }
                case FinancialLexicon.HEDGE -> {
                    if (before >= 0 && before <= 4) {
                        factor *= m.weight();
                    }
                }
                case FinancialLexicon.CONTRAST -> factor *= m.end() <= item.start() ? 1.3 : 0.8;
                case FinancialLexicon.CONCESSION -> {
                    if (m.end() <= item.start() && !TokenScan.anyBetween(tokens, m.end(), item.start(), COMMA)) {
                        factor *= 0.5;
                    }
                }
                default -> {
                }
            }
        }
        return factor;
    }

    /** A polar thing named as the benchmark ("compared with a loss", "from a profit") counts against the news. */
    private static double benchmark(PhraseLexicon.Hit item, List<PhraseLexicon.Hit> modifiers) {
        for (PhraseLexicon.Hit m : modifiers) {
            if (m.section().equals(FinancialLexicon.COMPARATOR) && item.start() >= m.end()
                    && item.start() - m.end() <= 2) {
                return -1;
            }
        }
        return 1;
    }

    /**
     * "Net sales totalled EUR 120m, compared with EUR 100m": with no verb saying which way, the two figures
     * around the comparator do. The benchmark ("compared with a loss of EUR 3m") is then only a figure.
     */
    private static double comparedFigures(Tokens tokens, List<PhraseLexicon.Hit> objects,
            List<PhraseLexicon.Hit> directions, boolean[] consumed, List<PhraseLexicon.Hit> modifiers) {
        double sum = 0;
        for (PhraseLexicon.Hit m : modifiers) {
            if (!m.section().equals(FinancialLexicon.COMPARATOR)) {
                continue;
            }
            int newer = figureBefore(tokens, m.start(), 8);
            int older = figureAfter(tokens, m.end(), 6);
            if (newer < 0 || older < 0) {
                continue;
            }
            PhraseLexicon.Hit object = null;
            for (PhraseLexicon.Hit o : objects) {
                if (!consumed[o.start()] && o.end() <= newer && newer - o.end() < 10) {
                    object = o;
                }
            }
            if (object == null || moveBetween(directions, object.end(), m.start())) {
                continue;
            }
            double a = tokens.number(newer) * scale(tokens, newer);
            double b = tokens.number(older) * scale(tokens, older) * benchmarkSign(object, objects, m.end(), older);
            if (a != b) {
                consumed[object.start()] = true;
                for (int i = m.end(); i <= older; i++) {
                    consumed[i] = true;
                }
                sum += Math.signum(a - b) * sign(object);
            }
        }
        return sum;
    }

    /** -1 when the benchmark is the opposite thing: a profit "compared with a loss of EUR 3m" is 3m better. */
    private static double benchmarkSign(PhraseLexicon.Hit object, List<PhraseLexicon.Hit> objects, int from, int to) {
        for (PhraseLexicon.Hit o : objects) {
            if (o.start() >= from && o.end() <= to && o.weighted() && sign(o) != sign(object)) {
                return -1;
            }
        }
        return 1;
    }

    private static boolean moveBetween(List<PhraseLexicon.Hit> directions, int from, int to) {
        for (PhraseLexicon.Hit d : directions) {
            if (d.start() >= from && d.end() <= to) {
                return true;
            }
        }
        return false;
    }

    private static int figureBefore(Tokens tokens, int from, int window) {
        for (int i = from - 1; i >= Math.max(0, from - window); i--) {
            if (isFigure(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int figureAfter(Tokens tokens, int from, int window) {
        for (int i = from; i < Math.min(tokens.size(), from + window); i++) {
            if (isFigure(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A number that is not a year or a quarter. */
    private static boolean isFigure(Tokens tokens, int i) {
        return !Double.isNaN(tokens.number(i)) && !Figures.isYear(tokens.lower(i));
    }

    private static double scale(Tokens tokens, int i) {
        String w = tokens.lower(i);
        String unit = i + 1 < tokens.size() ? tokens.lower(i + 1) : "";
        if (w.endsWith("bn") || unit.equals("bn") || unit.equals("billion")) {
            return 1e9;
        }
        if (w.endsWith("mn") || w.endsWith("m") || unit.equals("mn") || unit.equals("m") || unit.equals("million")
                || unit.equals("mln")) {
            return 1e6;
        }
        return 1;
    }
}
