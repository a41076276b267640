package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.sentiment.ClauseWeights;
import io.macrodigest.analysis.sentiment.PhraseLexicon;
import io.macrodigest.analysis.text.Figures;
import io.macrodigest.analysis.text.TokenScan;
import io.macrodigest.analysis.text.Tokens;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

/**
 * Reads driver statements and policy-stance language from a sentence using the hand-written
 * {@code analysis/macro-lexicon.txt}: driver things with a nearby directional word ("inflation cooled"),
 * phrases that carry their own move ("rate cut", "recession"), negators, hedges and expectations.
 */
@Singleton
public final class MacroLexicon {

    /**
     * What one sentence says about the drivers and about policy stance (+ hawkish, - dovish); {@code policy}
     * when it speaks of rates or policy at all, which an article's stance is judged from; {@code reaction} how
     * a currency it names moved (+ up), which after a policy decision is the markets' own reading of it;
     * {@code policyLanguage} when it leans in the words of policy itself ("further firming", "more careful about
     * easing"), not only through the level of a rate it names ("loans carrying high interest rates").
     */
    public record Reading(List<MacroSignal> signals, double stanceLean, boolean policy, double reaction,
            boolean policyLanguage) {
    }

    private static final int LEVEL_WINDOW = 8;
    private static final double HIGH_INFLATION = 2.5;
    private static final double LOW_INFLATION = 1.5;
    private static final double LEVEL_LEAN = 0.6;
    private static final java.util.Set<String> LEVEL_LINKS = java.util.Set.of("is", "was", "were", "at", "stood",
            "running", "ran", "remains", "remained", "of");
    private static final java.util.Set<String> PERCENT = java.util.Set.of("percent", "%", "pct");
    /** Between inflation and its figure, these make it something other than a plain level. */
    private static final java.util.Set<String> LEVEL_BREAKS = java.util.Set.of("up", "down", "benchmark",
            "expectation", "hedge", "negator", "reversal");
    private static final int LEFT_WINDOW = 3;
    private static final int RIGHT_WINDOW = 5;
    private static final int NEGATOR_WINDOW = 4;
    /** Markets' own liquidity leans against the central bank's, and as strongly as growth (0.7 against 0.5). */
    private static final double CONDITIONS_LEAN = -1.4;
    /** An [untimely] word qualifies a move up to two words after it, or right before it ("premature tightening"). */
    private static final int UNTIMELY_AFTER = 2;
    private static final int UNTIMELY_BEFORE = 0;
    private static final int INFINITIVE_LEAD = 3;
    private static final int NEGATED_INFINITIVE_WINDOW = 9;
    private static final double POLICY_MOVE = 1.6;
    private static final double NEGATED_FACTOR = 0.6;
    private static final java.util.Set<String> LINKS = java.util.Set.of("in", "of", "among");
    private static final java.util.Set<String> MODIFIER_SECTIONS = java.util.Set.of("up", "down", "negator",
            "reversal", "hedge", "expectation", "ignore", "hawkish", "dovish", "more", "less", "benchmark", "degree",
            "untimely", "conditions");
    private static final java.util.Set<String> FADING = java.util.Set.of("stalled", "stalls", "stalling", "faded",
            "fades", "fading", "slowed", "slows", "eased", "eases", "ended", "ends", "paused", "reversed",
            "unwound", "evaporated", "petered", "fizzled");
    /** A negator's scope ends where a new clause opens: "careful about easing as inflation remains high". */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("as", "because", "since", "after",
            "when", "which", "and");
    private static final java.util.Set<String> TOWARD = java.util.Set.of("to", "toward", "towards");
    /** "Move up to the committee's goal", "down from its peak": what follows the move is where it goes or came from. */
    private static final java.util.Set<String> DESTINATIONS = java.util.Set.of("to", "toward", "towards", "from");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "this", "that",
            "some", "any", "its", "their");
    private static final java.util.Set<String> GOALS = java.util.Set.of("objective", "target", "goal", "mandate",
            "mandate-consistent", "maximum");
    private static final int GOAL_WINDOW = 6;
    private static final java.util.Set<String> BASIS_POINTS = java.util.Set.of("basis", "basis-point", "bp", "bps");
    private static final java.util.Set<String> MEASURED_LINKS = java.util.Set.of("in", "of");
    private static final int MEASURED_WINDOW = 4;
    private static final String BASIS_POINT_MEASURES = "basis-point measures";
    /** After "rate of", words that lead to a figure or name interest: the rate is a level, not a pace. */
    private static final java.util.Set<String> RATE_OF_RATES = java.util.Set.of("interest", "about", "around",
            "some", "nearly", "almost", "up", "between", "just", "over", "under", "roughly", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "zero");
    private static final int DEGREE_BEFORE = 2;
    private static final int DEGREE_AFTER = 4;
    private static final java.util.Set<String> LARGE_SUMS = java.util.Set.of("billion", "trillion", "bn", "tn");
    private static final int SIZE_WINDOW = 4;
    /** What a stated sum is written with besides its figure and size: units and the brackets of a conversion. */
    private static final java.util.Set<String> SUM_PARTS = java.util.Set.of("$", "€", "£", "¥", "(", ")", "yuan",
            "yen", "dollars", "euros", "pounds", "rupees");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern
            .compile("(1[89]|20)\\d\\d(s|[-–]\\d{2,4})?");
    private static final int APPOSITIVE_LEAD = 4;
    private static final double PRICE_GOAL = 0.4;
    private static final String GOAL = "goal ";
    private static final double SIZED = 1.25;
    /** Words that open the object of a one-word move: "cuts its dividend", "hikes the fee". */
    private static final java.util.Set<String> OBJECT_DETERMINERS = java.util.Set.of("the", "its", "their", "his",
            "her", "our");
    private static final int OBJECT_WINDOW = 4;
    /** Gaps whose two ends are named after "between": "the spread between two- and ten-year yields". */
    private static final java.util.Set<String> GAP_HEADS = java.util.Set.of("spread", "spreads", "gap",
            "difference", "differential", "differentials");
    private static final int GAP_REACH = 8;
    /** Prepositions of time that, before a determiner, open a phrase naming another event: "after the increase". */
    private static final java.util.Set<String> EVENT_PREPOSITIONS = java.util.Set.of("after", "before", "following",
            "amid", "despite");
    private static final java.util.Set<String> TIGHTENING = java.util.Set.of("tighten", "tightened", "tightening",
            "tightens", "tighter", "tight", "compressed", "compress");

    private final PhraseLexicon lexicon;

    public MacroLexicon() {
        this.lexicon = PhraseLexicon.load("/analysis/macro-lexicon.txt");
    }

    public Reading read(Tokens tokens) {
        List<PhraseLexicon.Hit> hits = lexicon.match(tokens,
                section -> !section.startsWith(GOAL) && !section.startsWith(GuidanceReader.SECTIONS));
        List<PhraseLexicon.Hit> directions = new ArrayList<>();
        List<PhraseLexicon.Hit> modifiers = new ArrayList<>();
        List<PhraseLexicon.Hit> degrees = new ArrayList<>();
        for (PhraseLexicon.Hit h : hits) {
            switch (h.section()) {
                case "up", "down" -> directions.add(h);
                case "negator", "reversal", "hedge", "expectation", "untimely" -> modifiers.add(h);
                case "degree" -> degrees.add(h);
                default -> {
                }
            }
        }
        double[] clause = ClauseWeights.of(tokens);
        StanceClauses.weighBackgroundOpening(tokens, clause);
        StanceClauses.setAsideUnseen(tokens, clause);
        StanceClauses.setAsideOutweighed(tokens, clause);
        PhraseLexicon.Hit[] topicEndingAt = topicsAt(hits, tokens.size(), PhraseLexicon.Hit::end);
        PhraseLexicon.Hit[] topicStartingAt = topicsAt(hits, tokens.size(), PhraseLexicon.Hit::start);
        boolean[] moveAt = moveStarts(hits, tokens.size());
        List<SurpriseReader.Placed> placed = new ArrayList<>();
        double lean = 0;
        double reaction = 0;
        boolean policy = false;
        boolean policyLanguage = false;
        for (PhraseLexicon.Hit h : hits) {
            String section = h.section();
            if (section.equals("hawkish") || section.equals("dovish")) {
                Modifier m = modifier(h.start(), h.start(), h.end(), modifiers, moveAt, tokens);
                lean += (section.equals("hawkish") ? 1 : -1) * h.weight() * m.factor() * clause[h.start()];
                policy = true;
                policyLanguage = true;
                continue;
            }
            if (section.equals("currency")) {
                reaction += topic(null, h, directions, modifiers, topicStartingAt, moveAt, tokens).signal.signed();
                continue;
            }
            if (section.equals("stance")) {
                // Not a driver, but its level bears on policy: a stronger dollar or faster productivity growth
                // restrains inflation, dearer oil or housing feeds it. Only the move is kept, no driver signal.
                lean += topic(null, h, directions, modifiers, topicStartingAt, moveAt, tokens).signal.signed()
                        * clause[h.start()];
                continue;
            }
            boolean spreads = section.equals("spreads");
            int space = section.lastIndexOf(' ');
            Driver driver = spreads ? Driver.RISK_APPETITE
                    : Driver.fromId(space < 0 ? section : section.substring(0, space)).orElse(null);
            if (driver == null || driver == Driver.RATES && paceOfSomething(h, tokens)) {
                continue;
            }
            if (space >= 0 && !spreads) {
                if (driver == Driver.RATES && (!movesARate(h, hits, tokens) || movesAnotherObject(h, hits, tokens))
                        || renamesPolicyMove(h, placed, tokens)
                        || dated(h, tokens)) {
                    continue;
                }
                int dir = section.endsWith(" up") ? 1 : -1;
                if (reversedAfter(h, tokens) || easedBefore(h, directions, tokens)) {
                    dir = -dir;
                }
                double weight = Math.abs(h.weight());
                Modifier m = modifier(h.start(), h.start(), policyEnd(driver, h.end()), modifiers, moveAt, tokens);
                placed.add(new SurpriseReader.Placed(signal(driver, dir, weight, m), h.start(), h.end(), 0, dir,
                        weight * m.scale()));
            } else if (complement(h, topicEndingAt, tokens)) {
                placed.add(new SurpriseReader.Placed(new MacroSignal(driver, 0, Math.abs(h.weight()), false),
                        h.start(), h.end(), (int) Math.signum(h.weight()), 0, Math.abs(h.weight())));
            } else {
                placed.add(topic(driver, h, directions, modifiers, topicStartingAt, moveAt, tokens));
            }
        }
        SurpriseReader.apply(placed, hits, tokens);
        // matched apart from the other sections, so "dashing bets on" does not hide "bets on" from them
        GuidanceReader.apply(placed, lexicon.match(tokens, section -> section.startsWith(GuidanceReader.SECTIONS)),
                tokens);
        for (SurpriseReader.Placed p : placed) {
            if (p.signal.driver() == Driver.LIQUIDITY && p.signal.direction() != 0 && sized(tokens, p.start, p.end)) {
                // "releasing 1 trillion yuan of liquidity", "will provide 300 billion yuan in relending": a stated
                // sum makes it an operation carried out, not talk of liquidity
                p.signal = new MacroSignal(p.signal.driver(), p.signal.direction(), p.signal.weight() * SIZED,
                        p.signal.negated());
            }
        }
        List<MacroSignal> signals = new ArrayList<>(placed.size());
        double[] conditional = StanceClauses.conditionLean(tokens);
        for (SurpriseReader.Placed p : placed) {
            // a move stated in a conceded clause or before "but" counts less towards which way the driver goes,
            // the point after "but" more: "cuts rates but signals a slower path"
            signals.add(p.signal.direction() != 0 ? p.signal.scaled(clause[p.start]) : p.signal);
            double signalLean = stanceLean(p.signal) * clause[p.start] * degree(p, degrees, tokens);
            double condition = conditional[p.start];
            if (p.signal.driver() == Driver.LIQUIDITY && anyHitWithin(hits, "conditions", p.start, p.end)) {
                // "financial conditions tightened": the markets did part of policy's work, a case for easing
                signalLean *= CONDITIONS_LEAN;
            }
            if ((p.signal.driver() == Driver.INFLATION || p.signal.driver() == Driver.GROWTH)
                    && towardGoal(tokens, p.end)) {
                // "inflation moving up toward 2 percent" says it is below the goal, "unemployment falling toward
                // mandate-consistent levels" that it is above: the gap, not the move, leans; the gap is there now,
                // also in a clause of "until"
                signalLean = -signalLean;
                condition = Math.abs(condition);
            }
            // "purchases will continue until the labor market has improved": it has not improved yet
            lean += condition * signalLean;
            // central-bank balance-sheet moves (QE, QT, injections) are policy as much as rate moves
            policy |= p.signal.driver() == Driver.RATES
                    || p.signal.driver() == Driver.LIQUIDITY && p.orientation == 0 && p.signal.direction() != 0;
            // a policy move named ("further easing", "a rate hike") rather than a rate's level ("high interest rates")
            policyLanguage |= p.signal.driver() == Driver.RATES && p.orientation == 0 && p.signal.direction() != 0;
        }
        lean += inflationLevel(hits, tokens, clause) + priceGoalAlone(tokens, clause);
        return new Reading(signals, asks(tokens) ? 0 : lean, policy, reaction, policyLanguage);
    }

    /**
     * Inflation stated as a level against the usual 2 percent goal ("inflation is at 4.8 percent", "core inflation
     * was close to 1 percent"): well above leans hawkish, well below dovish. Only a plain statement of the level:
     * with a move, a goal or a forecast in between, the other rules read it.
     */
    private static double inflationLevel(List<PhraseLexicon.Hit> hits, Tokens tokens, double[] clause) {
        boolean[] breaks = null;
        for (PhraseLexicon.Hit h : hits) {
            if (!h.section().equals("inflation") || h.weight() < 1) {
                continue;
            }
            if (breaks == null) {
                breaks = covered(hits, tokens.size(), LEVEL_BREAKS);
            }
            boolean linked = false;
            int limit = Math.min(tokens.size() - 1, h.end() + LEVEL_WINDOW);
            for (int k = h.end(); k < limit; k++) {
                String w = tokens.lower(k);
                if (StanceClauses.CLAUSE_ENDS.contains(w) && !linked || breaks[k]) {
                    break;
                }
                linked |= LEVEL_LINKS.contains(w);
                if (linked && tokens.isNumber(k) && PERCENT.contains(tokens.lower(k + 1))) {
                    double level = tokens.number(k);
                    double sign = level >= HIGH_INFLATION ? 1 : level <= LOW_INFLATION ? -1 : 0;
                    return sign * LEVEL_LEAN * clause[h.start()];
                }
            }
        }
        return 0;
    }

    /**
     * Price stability named as the goal without the employment side of the mandate ("the benefits of achieving
     * price stability") puts the weight on fighting inflation; naming both goals is balanced.
     */
    private double priceGoalAlone(Tokens tokens, double[] clause) {
        double lean = 0;
        // matched apart from the other sections, so "maximum employment" does not hide "employment" from them
        for (PhraseLexicon.Hit h : lexicon.match(tokens, section -> section.startsWith(GOAL))) {
            if (h.section().equals("goal employment")) {
                return 0;
            }
            if (h.section().equals("goal prices")) {
                lean = Math.max(lean, PRICE_GOAL * clause[h.start()]);
            }
        }
        return lean;
    }

    /** A hit of the section inside [start, end): "financial conditions" inside "financial conditions eased". */
    private static boolean anyHitWithin(List<PhraseLexicon.Hit> hits, String section, int start, int end) {
        return hits.stream().anyMatch(h -> h.section().equals(section) && h.start() >= start && h.end() <= end);
    }

    /** Which tokens a hit of these sections covers: one pass, so a long text of many hits stays linear. */
    private static boolean[] covered(List<PhraseLexicon.Hit> hits, int size, java.util.Set<String> sections) {
        boolean[] covered = new boolean[size];
        for (PhraseLexicon.Hit h : hits) {
            if (sections.contains(h.section())) {
                java.util.Arrays.fill(covered, h.start(), Math.min(size, h.end()), true);
            }
        }
        return covered;
    }

    /**
     * A bare "rate of" something other than a figure is how fast that thing moves ("the rate of price
     * increases slowed"), not an interest rate; "a rate of 6.5 pct" and "the rate of interest" are.
     */
    private static boolean paceOfSomething(PhraseLexicon.Hit h, Tokens tokens) {
        int of = h.end();
        if (h.length() != 1 || of + 1 >= tokens.size() || !tokens.lower(of).equals("of")) {
            return false;
        }
        int next = tokens.lower(of + 1).equals("the") ? of + 2 : of + 1;
        return next < tokens.size() && !tokens.isNumber(next) && !RATE_OF_RATES.contains(tokens.lower(next));
    }

    /**
     * An appositive after a policy move names that move, not the economy: "will cut the monthly cap on run-off to
     * $25 billion, a bigger slowdown than expected" slows the run-off, not growth.
     */
    private static boolean renamesPolicyMove(PhraseLexicon.Hit move, List<SurpriseReader.Placed> placed,
            Tokens tokens) {
        for (int k = move.start() - 1; k >= Math.max(1, move.start() - APPOSITIVE_LEAD); k--) {
            String w = tokens.lower(k);
            if (StanceClauses.CLAUSE_ENDS.contains(w)) {
                return false;
            }
            if ((w.equals("a") || w.equals("an")) && tokens.lower(k - 1).equals(",")) {
                int comma = k - 1;
                return placed.stream().anyMatch(p -> p.end <= comma && p.signal.direction() != 0
                        && (p.signal.driver() == Driver.RATES || p.signal.driver() == Driver.LIQUIDITY));
            }
        }
        return false;
    }

    /**
     * A move named with its date is a past episode, not the state of the economy: "the 1990-91 recession", "the
     * downturn of 2001" are history a sentence refers to, while "a recession", "the recession" are not dated.
     */
    private static boolean dated(PhraseLexicon.Hit move, Tokens tokens) {
        if (move.start() > 0 && year(tokens.lower(move.start() - 1))) {
            return true;
        }
        int k = move.end();
        if (k >= tokens.size() || !tokens.lower(k).equals("of")) {
            return false;
        }
        k += k + 1 < tokens.size() && tokens.lower(k + 1).equals("the") ? 2 : 1;
        return k < tokens.size() && year(tokens.lower(k));
    }

    /** "1990", "1990-91", "1930s": a year or a span of years. */
    private static boolean year(String word) {
        return YEAR.matcher(word).matches();
    }

    /** A sum in billions or trillions within a few words of a move: "injected a net 500 billion yuan". */
    private static boolean sized(Tokens tokens, int start, int end) {
        int from = Math.max(1, start - SIZE_WINDOW);
        int to = Math.min(tokens.size(), end + SIZE_WINDOW);
        for (int k = from; k < to; k++) {
            if (LARGE_SUMS.contains(tokens.lower(k)) && tokens.isNumber(k - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words between two positions, not counting a stated sum: "inject 1.2 trillion yuan ($167 billion) into the
     * banking system" moves the banking system's liquidity as closely as "inject cash into" it.
     */
    private static int wordsBesideSums(Tokens tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            boolean sum = tokens.isNumber(i) && i + 1 < to && LARGE_SUMS.contains(tokens.lower(i + 1));
            if (!sum && !SUM_PARTS.contains(tokens.lower(i)) && !LARGE_SUMS.contains(tokens.lower(i))) {
                words++;
            }
        }
        return words;
    }

    /** A question puts a view up for discussion rather than taking it, so it takes no stance. */
    private static boolean asks(Tokens tokens) {
        return tokens.text().indexOf('?') >= 0;
    }

    /**
     * A move sized in basis points ("a 91 basis point increase") is a rate move unless what moved is something
     * else measured in basis points: the driver thing or measure it is "in" or "of" ("a 91 basis point increase
     * in gross margin"), or, with no rate named, a margin, return, ratio or spread the sentence speaks of.
     */
    private static boolean movesARate(PhraseLexicon.Hit move, List<PhraseLexicon.Hit> hits, Tokens tokens) {
        if (!TokenScan.anyBetween(tokens, move.start(), move.end(), BASIS_POINTS)) {
            return true;
        }
        boolean complement = move.end() < tokens.size() && MEASURED_LINKS.contains(tokens.lower(move.end()));
        boolean rateNamed = false;
        boolean otherMeasure = false;
        for (PhraseLexicon.Hit h : hits) {
            String section = h.section();
            boolean measure = section.equals(BASIS_POINT_MEASURES) || section.equals("spreads");
            boolean thing = measure || !MODIFIER_SECTIONS.contains(section) && section.indexOf(' ') < 0;
            if (complement && thing && h.start() > move.end() && h.start() - move.end() <= MEASURED_WINDOW) {
                return section.equals("rates");
            }
            rateNamed |= section.equals("rates");
            otherMeasure |= measure;
        }
        return rateNamed || !otherMeasure;
    }

    /**
     * A one-word move with an object of its own moves that object: "hikes its dividend", "cuts the price of its
     * older model". Only a rate named in the object ("cuts its key rate") makes it a rate move.
     */
    private static boolean movesAnotherObject(PhraseLexicon.Hit move, List<PhraseLexicon.Hit> hits, Tokens tokens) {
        int next = move.end();
        if (move.length() != 1 || next >= tokens.size() || !OBJECT_DETERMINERS.contains(tokens.lower(next))) {
            return false;
        }
        return hits.stream().noneMatch(h -> h.section().equals("rates") && h.start() > next
                && h.start() <= next + OBJECT_WINDOW);
    }

    /**
     * How far the move went, said next to it ("rose modestly", "expanded at a moderate pace", "a slight
     * increase"): it scales how much the move argues for policy, not whether the driver moved.
     */
    private static double degree(SurpriseReader.Placed p, List<PhraseLexicon.Hit> degrees, Tokens tokens) {
        if (p.plainDirection == 0 && p.orientation != 0) {
            return 1;
        }
        for (PhraseLexicon.Hit d : degrees) {
            boolean before = d.end() <= p.start && p.start - d.end() <= DEGREE_BEFORE;
            boolean inside = d.start() >= p.start && d.end() <= p.end;
            boolean after = d.start() >= p.end && d.start() - p.end <= DEGREE_AFTER
                    && !boundaryBetween(tokens, p.end, d.start());
            if (before || inside || after) {
                return d.weight();
            }
        }
        return 1;
    }

    /** A move that ends "to" or "toward" a goal: "move up to our 2 percent objective". */
    private static boolean towardGoal(Tokens tokens, int end) {
        int limit = Math.min(tokens.size(), end + GOAL_WINDOW);
        for (int i = end; i < limit; i++) {
            String w = tokens.lower(i);
            if (!TOWARD.contains(w)) {
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.size(), i + GOAL_WINDOW); k++) {
                if (GOALS.contains(tokens.lower(k))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Where a driver's move phrase ("rate cut", "quantitative tightening") starts. */
    private static boolean[] moveStarts(List<PhraseLexicon.Hit> hits, int n) {
        boolean[] starts = new boolean[n + 1];
        for (PhraseLexicon.Hit h : hits) {
            int space = h.section().lastIndexOf(' ');
            starts[h.start()] |= space > 0 && Driver.fromId(h.section().substring(0, space)).isPresent();
        }
        return starts;
    }

    private static boolean anyMoveBetween(boolean[] moveAt, int from, int to) {
        for (int i = from; i < to; i++) {
            if (moveAt[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The central bank will reduce its stock of bonds": a verb that moves an object of another driver does not
     * also move the weaker subject before it.
     */
    private static boolean movesItsObject(PhraseLexicon.Hit move, PhraseLexicon.Hit subject,
            PhraseLexicon.Hit[] topicStartingAt, Tokens tokens) {
        int k = move.end();
        while (k < tokens.size() && DETERMINERS.contains(tokens.lower(k))) {
            k++;
        }
        PhraseLexicon.Hit object = k < tokens.size() ? topicStartingAt[k] : null;
        return object != null && !object.section().equals(subject.section())
                && Math.abs(object.weight()) > Math.abs(subject.weight());
    }

    /** The things each token position starts or ends, as {@code position} picks: the topics a move can read. */
    private static PhraseLexicon.Hit[] topicsAt(List<PhraseLexicon.Hit> hits, int n,
            java.util.function.ToIntFunction<PhraseLexicon.Hit> position) {
        PhraseLexicon.Hit[] at = new PhraseLexicon.Hit[n + 1];
        for (PhraseLexicon.Hit h : hits) {
            if (!MODIFIER_SECTIONS.contains(h.section()) && h.section().indexOf(' ') < 0) {
                at[position.applyAsInt(h)] = h;
            }
        }
        return at;
    }

    /**
     * A thing that only qualifies another ("slack in labor markets", "weakness in housing") is not what the
     * verb says moved; the head noun is. A weaker head ("the rate of inflation") yields to its complement.
     */
    private static boolean complement(PhraseLexicon.Hit topic, PhraseLexicon.Hit[] topicEndingAt, Tokens tokens) {
        int k = topic.start() - 1;
        if (k >= 0 && tokens.lower(k).equals("the")) {
            k--;
        }
        if (k < 1 || !LINKS.contains(tokens.lower(k))) {
            return false;
        }
        PhraseLexicon.Hit head = topicEndingAt[k];
        return head != null && Math.abs(head.weight()) >= Math.abs(topic.weight());
    }

    /**
     * A verb's move does not move the thing it heads to or comes from ("move up to the committee's goal", "down
     * from its peak"); a move named as a noun does ("a boost to activity").
     */
    private static boolean destination(PhraseLexicon.Hit move, PhraseLexicon.Hit topic, Tokens tokens) {
        boolean noun = move.start() > 0 && DETERMINERS.contains(tokens.lower(move.start() - 1));
        return !noun && TokenScan.anyBetween(tokens, move.end(), topic.start(), DESTINATIONS);
    }

    /**
     * A move named as a phrase that a down-word heads: "an easing in labor market tightness", "a slowdown in job
     * gains" is less of the move, not more of it.
     */
    private static boolean easedBefore(PhraseLexicon.Hit move, List<PhraseLexicon.Hit> directions, Tokens tokens) {
        int link = move.start() - 1;
        if (link > 0 && tokens.lower(link).equals("the")) {
            link--;
        }
        if (link < 1 || !LINKS.contains(tokens.lower(link))) {
            return false;
        }
        int head = link;
        return directions.stream().anyMatch(d -> d.section().equals("down") && d.end() == head);
    }

    /** A move that is itself said to fade: "the rally stalled", "rate hikes slowed". */
    private static boolean reversedAfter(PhraseLexicon.Hit move, Tokens tokens) {
        return TokenScan.anyBetween(tokens, move.end(), move.end() + 2, FADING);
    }

    private static SurpriseReader.Placed topic(Driver driver, PhraseLexicon.Hit topic,
            List<PhraseLexicon.Hit> directions, List<PhraseLexicon.Hit> modifiers, PhraseLexicon.Hit[] topicStartingAt,
            boolean[] moveAt, Tokens tokens) {
        int orientation = (int) Math.signum(topic.weight());
        double strength = Math.abs(topic.weight());
        PhraseLexicon.Hit move = null;
        int best = Integer.MAX_VALUE;
        for (PhraseLexicon.Hit d : spannedByAGap(topic, tokens) ? List.<PhraseLexicon.Hit>of() : directions) {
            int distance;
            if (d.start() >= topic.end()) {
                distance = Figures.wordsBetween(tokens, topic.end(), d.start());
                if (distance > RIGHT_WINDOW || boundaryBetween(tokens, topic.end(), d.start())
                        || movesItsObject(d, topic, topicStartingAt, tokens)
                        || inAnotherEvent(tokens, topic.end(), d.start())) {
                    continue;
                }
            } else if (d.end() <= topic.start()) {
                distance = wordsBesideSums(tokens, d.end(), topic.start());
                if (distance > LEFT_WINDOW || boundaryBetween(tokens, d.end(), topic.start())
                        || destination(d, topic, tokens)) {
                    continue;
                }
            } else {
                continue;
            }
            if (distance < best) {
                best = distance;
                move = d;
            }
        }
        if (move == null) {
            return new SurpriseReader.Placed(new MacroSignal(driver, 0, strength, false), topic.start(), topic.end(),
                    orientation, 0, strength);
        }
        int dir = orientation * (move.section().equals("up") ? 1 : -1);
        if (topic.section().equals("spreads") && TIGHTENING.contains(tokens.lower(move.start()))) {
            // spreads that tighten narrow: the premium for risk falls
            dir = -dir;
        }
        int from = Math.min(topic.start(), move.start());
        int to = Math.max(topic.start(), move.start());
        Modifier m = modifier(from, to, policyEnd(driver, Math.max(topic.end(), move.end())), modifiers, moveAt,
                tokens);
        return new SurpriseReader.Placed(signal(driver, dir, strength * move.weight(), m), from,
                Math.max(topic.end(), move.end()), orientation, dir, strength * move.weight() * m.scale());
    }

    /**
     * A move named in a phrase of time after the thing is another event: in "its cash account at the Fed after
     * the debt-ceiling increase" the ceiling rose, not the Fed; "after rising" or "rose after" still move it.
     */
    private static boolean inAnotherEvent(Tokens tokens, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (EVENT_PREPOSITIONS.contains(tokens.lower(k)) && DETERMINERS.contains(tokens.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A thing named as one end of a gap ("the spread between two-year and ten-year yields widened", "the gap
     * between policy rates") does not take the gap's move: the spread widened, neither yield is said to rise.
     */
    private static boolean spannedByAGap(PhraseLexicon.Hit topic, Tokens tokens) {
        for (int k = topic.start() - 1; k > 0 && k >= topic.start() - GAP_REACH; k--) {
            String w = tokens.lower(k);
            if (w.equals("between")) {
                return GAP_HEADS.contains(tokens.lower(k - 1));
            }
            if (StanceClauses.CLAUSE_ENDS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static MacroSignal signal(Driver driver, int dir, double weight, Modifier m) {
        if (m.negated()) {
            return new MacroSignal(driver, -dir, weight * m.scale() * m.negatedFactor(), true);
        }
        return new MacroSignal(driver, dir, weight * m.scale(), false);
    }

    /**
     * Hawkish lean of a driver move: rising rates, inflation or growth argue for tighter policy. What policy itself
     * does outweighs what the economy does, which only argues for a policy move.
     */
    private static double stanceLean(MacroSignal s) {
        return switch (s.driver()) {
            case RATES -> POLICY_MOVE * s.signed();
            case INFLATION -> s.signed();
            case GROWTH -> 0.7 * s.signed();
            case LIQUIDITY -> -0.5 * s.signed();
            case RISK_APPETITE -> 0;
        };
    }

    /** {@code outright} when a reversal ("pushed out bets on a cut") rather than a plain negator flipped the move. */
    private record Modifier(boolean negated, double scale, boolean outright) {
        double negatedFactor() {
            return outright ? 1 : NEGATED_FACTOR;
        }

        double factor() {
            return (negated ? -negatedFactor() : 1) * scale;
        }
    }

    /**
     * Negators within a few words before {@code from} or between {@code from} and {@code to}, and "less than
     * expected" right after; hedges before. A negator governs only the first policy move after it: in "ending the
     * run-off would keep bank reserves ample" the reserves are kept ample, not denied ({@code moveAt} marks where a
     * driver's move phrase starts).
     */
    private static Modifier modifier(int from, int to, int policyEnd, List<PhraseLexicon.Hit> modifiers,
            boolean[] moveAt, Tokens tokens) {
        boolean negated = false;
        boolean outright = false;
        double scale = 1;
        for (PhraseLexicon.Hit m : modifiers) {
            if (m.section().equals("untimely")) {
                negated ^= policyEnd >= 0 && untimely(m, from, policyEnd, tokens);
                continue;
            }
            boolean flips = m.section().equals("negator") || m.section().equals("reversal");
            boolean before = m.end() <= from && from - m.end() <= window(m, tokens)
                    && !boundaryBetween(tokens, m.end(), from)
                    && !(flips && (TokenScan.anyBetween(tokens, m.end(), from, CLAUSE_OPENERS)
                            || anyMoveBetween(moveAt, m.end(), from)));
            boolean between = m.start() > from && m.end() <= to;
            boolean comparedAfter = m.length() >= 3 && m.start() > to && m.start() - to <= 2;
            if (!before && !between && !comparedAfter) {
                continue;
            }
            if (flips) {
                negated = !negated;
                outright |= m.section().equals("reversal");
            } else {
                scale *= m.weight();
            }
        }
        return new Modifier(negated, scale, outright);
    }

    /**
     * Where a move of policy (rates, liquidity) ends, or -1 for a move of the economy, which "too
     * quickly" or "too far" intensifies rather than argues against: "prices have risen too quickly".
     */
    private static int policyEnd(Driver driver, int end) {
        return driver == Driver.RATES || driver == Driver.LIQUIDITY ? end : -1;
    }

    /**
     * A move said to come too soon, go too far or last too long is argued against, not for: "removing
     * accommodation too early could stall the recovery", "keeping rates low for too long", "premature tightening".
     * The word qualifies the move right next to it, after it or just before it.
     */
    private static boolean untimely(PhraseLexicon.Hit m, int from, int end, Tokens tokens) {
        boolean after = m.start() >= end && m.start() - end <= UNTIMELY_AFTER
                && !boundaryBetween(tokens, end, m.start());
        boolean before = m.end() <= from && from - m.end() <= UNTIMELY_BEFORE;
        return after || before;
    }

    /**
     * How far before a move a modifier reaches: a negator that governs an infinitive ("not sufficient to continue
     * to bring unemployment down", "not enough to lift hiring") reaches through it.
     */
    private static int window(PhraseLexicon.Hit m, Tokens tokens) {
        if ((m.section().equals("negator") || m.section().equals("reversal"))
                && TokenScan.anyBetween(tokens, m.end(), m.end() + INFINITIVE_LEAD, java.util.Set.of("to"))) {
            return NEGATED_INFINITIVE_WINDOW;
        }
        return NEGATOR_WINDOW;
    }

    private static boolean boundaryBetween(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            int aside = Figures.asideEnd(tokens, i, to);
            if (aside > i) {
                i = aside - 1;
                continue;
            }
            String w = tokens.lower(i);
            if (w.equals(";") || w.equals(":") || w.equals("but") || w.equals("while") || w.equals("whereas")
                    || w.equals("although") || w.equals(",")) {
                return true;
            }
        }
        return false;
    }
}
