package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.sentiment.PhraseLexicon;
import io.macrodigest.analysis.text.TokenScan;
import io.macrodigest.analysis.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads forward guidance beside a policy action: what a sentence says about the next moves, which markets price
 * more than the move of the day. Works on the lexicon's {@code [guidance ...]} hits of one sentence:
 * <ul>
 * <li>a verb that dampens ({@code [guidance against]}: "dashing", "played down", "ruled out") or fuels
 * ({@code [guidance for]}: "fuelled", "signalled") expectations, an optional word for them ("bets on", "the chance
 * of") and the future move ({@code [guidance move up/down]}): "dashing bets on a June cut" reads as rates up;</li>
 * <li>a move ended ({@code [guidance halt]}: "signals end of easing cycle", "a pause"), of its object or of the
 * action the sentence reports;</li>
 * <li>moves "of the same kind" ({@code [guidance move same]}: "plays down further moves" after a hike);</li>
 * <li>a move said to be over right after it ({@code [guidance over]}): "signalled that its easing cycle is over"
 * reads as rates up, with or without the verb before it ("the easing cycle is on pause");</li>
 * <li>an expectation said to grow or fade after it ({@code [guidance grew]}, {@code [guidance faded]}): "hopes
 * for a June cut evaporated" reads as rates up;</li>
 * <li>counts of future moves compared ({@code [guidance count]}, {@code [guidance versus]}): "one more cut this
 * year, compared with two" is fewer cuts, a move up.</li>
 * </ul>
 * The guidance replaces what the ordinary reading made of the same words and weighs {@link #GUIDANCE}, more than a
 * plain rate move, so a cut that signals a pause nets hawkish.
 */
final class GuidanceReader {

    static final String SECTIONS = "guidance ";
    static final double GUIDANCE = 1.5;
    /** Words allowed between one part of the construct and the next: "bets on a June cut". */
    private static final int GAP = 3;
    /** From an expectation to the move of its "that" clause: "bets that the Fed would cut". */
    private static final int CLAUSE_GAP = 5;
    /** Between a count and its move ("two more rate cuts"), and between "compared with" and the other count. */
    private static final int COUNT_GAP = 2;
    /** From a counted move to the comparison: "one more cut this year, compared with two". */
    private static final int VERSUS_WINDOW = 8;
    private static final int COMPARED_LEAD = 3;
    private static final Set<String> BOUNDARIES = Set.of(";", ":", ",", "but", "while", "whereas", "although",
            "though", "yet");
    private static final Set<String> COUNT_BOUNDARIES = Set.of(";", ":", "but", "while", "whereas");
    /** A verb of its own between the parts ends the construct: "dearer fuel could complicate plans to cut". */
    private static final Set<String> VERBS = Set.of("could", "would", "may", "might", "will", "should", "can",
            "must", "is", "are", "was", "were", "has", "have", "had");
    /** Between a denial and the verb it denies: "did not explicitly rule out". */
    private static final int DENIAL_GAP = 1;
    /** Between a move and the words that say it is over: "the easing cycle now is over". */
    private static final int OVER_GAP = 1;
    /** Not "to": "more cuts to come", "a cut to 4%". */
    private static final Set<String> COMPLEMENT_LINKS = Set.of("in", "of");
    /** From "in" to what it names: "in the coming months". */
    private static final int COMPLEMENT_LEAD = 3;
    /** "As markets had priced in", "more than traders had bet on": a comparison, not a dashed expectation. */
    private static final Set<String> COMPARERS = Set.of("as", "than");

    /** A future move the sentence names, with its direction after any count comparison, over [start, end). */
    private record Move(int start, int end, int direction) {
    }

    private GuidanceReader() {
    }

    static void apply(List<SurpriseReader.Placed> placed, List<PhraseLexicon.Hit> hits, Tokens tokens) {
        if (hits.isEmpty()) {
            return;
        }
        int action = actionDirection(placed);
        List<Move> claimed = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            PhraseLexicon.Hit verb = hits.get(i);
            int polarity = switch (verb.section()) {
                case "guidance against" -> -1;
                case "guidance for" -> 1;
                default -> 0;
            };
            if (polarity == 0 || comparing(verb, tokens)) {
                continue;
            }
            Move object = object(hits, i, action, tokens);
            if (object != null) {
                claimed.add(object);
                int sign = denied(hits, i) ? -polarity : polarity;
                replace(placed, new Move(verb.start(), object.end, sign * object.direction));
            }
        }
        for (int i = 0; i < hits.size(); i++) {
            PhraseLexicon.Hit verb = hits.get(i);
            int polarity = switch (verb.section()) {
                case "guidance grew" -> 1;
                case "guidance faded" -> -1;
                default -> 0;
            };
            Move subject = polarity == 0 ? null : subject(hits, i, action, tokens);
            if (subject != null && claimed.stream().noneMatch(m -> m.start < verb.end() && subject.start < m.end)) {
                claimed.add(subject);
                replace(placed, new Move(subject.start, verb.end(), polarity * subject.direction));
            }
        }
        for (int i = 0; i < hits.size(); i++) {
            Move ended = endedWithoutVerb(hits, i, action, tokens);
            if (ended != null && claimed.stream().noneMatch(m -> m.start < ended.end && ended.start < m.end)) {
                claimed.add(ended);
                replace(placed, ended);
            }
        }
        for (int i = 0; i < hits.size(); i++) {
            Move counted = counted(hits, i, tokens);
            if (counted != null && claimed.stream().noneMatch(m -> m.start <= counted.start && counted.end <= m.end)) {
                replace(placed, counted);
            }
        }
    }

    /**
     * The move a guidance verb at {@code verb} is about: expectation words and a halt may come between ("signals
     * end of easing cycle"), each within a few words of the last, in the same clause.
     */
    private static Move object(List<PhraseLexicon.Hit> hits, int verb, int action, Tokens tokens) {
        int end = hits.get(verb).end();
        int sign = 1;
        boolean halted = false;
        boolean clause = false;
        for (int k = verb + 1; k < hits.size(); k++) {
            PhraseLexicon.Hit h = hits.get(k);
            if (h.start() - end > (clause ? CLAUSE_GAP : GAP)
                    || TokenScan.anyBetween(tokens, end, h.start(), BOUNDARIES)
                    || !clause && TokenScan.anyBetween(tokens, end, h.start(), VERBS)) {
                break;
            }
            switch (h.section()) {
                case "guidance expectation" -> {
                    end = h.end();
                    // "bets that the Fed would cut": the expectation's own clause, with its subject and verb
                    clause = end < tokens.size() && tokens.lower(end).equals("that");
                }
                case "guidance complement" -> {
                    // "a June cut": a time or a rate is part of the phrase, not a break in it
                }
                case "guidance not" -> {
                    // "signalled no further cuts": the move denied; with no move named, nothing is said
                    sign = -sign;
                    end = h.end();
                }
                case "guidance halt", "guidance fewer" -> {
                    sign = -sign;
                    halted = true;
                    end = h.end();
                }
                case "guidance move up", "guidance move down", "guidance move same" -> {
                    if (aboutSomethingElse(h, hits, tokens)) {
                        return null;
                    }
                    int direction = h.section().endsWith("up") ? 1 : h.section().endsWith("down") ? -1 : action;
                    int over = overAt(hits, k + 1, h.end());
                    if (over >= 0) {
                        return direction == 0 ? null : new Move(h.start(), over, -sign * direction);
                    }
                    return direction == 0 ? null : new Move(h.start(), h.end(), sign * direction);
                }
                case "guidance count" -> {
                    Move counted = counted(hits, k, tokens);
                    return counted == null ? null : new Move(h.start(), counted.end, sign * counted.direction);
                }
                default -> {
                    return halted && action != 0 ? new Move(end, end, sign * action) : null;
                }
            }
        }
        return halted && action != 0 ? new Move(end, end, sign * action) : null;
    }

    /**
     * A move said to be over with no guidance verb before it ("the message was that the easing cycle is on pause"):
     * the move ended, as after "signalled".
     */
    private static Move endedWithoutVerb(List<PhraseLexicon.Hit> hits, int k, int action, Tokens tokens) {
        PhraseLexicon.Hit h = hits.get(k);
        if (!h.section().startsWith("guidance move ") || aboutSomethingElse(h, hits, tokens)) {
            return null;
        }
        int over = overAt(hits, k + 1, h.end());
        int direction = h.section().endsWith("up") ? 1 : h.section().endsWith("down") ? -1 : action;
        return over < 0 || direction == 0 ? null : new Move(h.start(), over, -direction);
    }

    /**
     * The expectation a verb after it says grew or faded ("hopes for a June cut evaporated", "rate-hike bets
     * rose"): a move and a word for the expectation, in either order, each within a few words of the next.
     */
    private static Move subject(List<PhraseLexicon.Hit> hits, int verb, int action, Tokens tokens) {
        int start = hits.get(verb).start();
        boolean expected = false;
        int direction = 0;
        for (int k = verb - 1; k >= 0; k--) {
            PhraseLexicon.Hit h = hits.get(k);
            if (start - h.end() > GAP || TokenScan.anyBetween(tokens, h.end(), start, BOUNDARIES)) {
                break;
            }
            if (h.section().equals("guidance complement")) {
                continue;
            }
            if (h.section().equals("guidance expectation")) {
                expected = true;
            } else if (h.section().startsWith("guidance move ") && direction == 0
                    && !aboutSomethingElse(h, hits, tokens)) {
                direction = h.section().endsWith("up") ? 1 : h.section().endsWith("down") ? -1 : action;
            } else {
                break;
            }
            start = h.start();
        }
        return expected && direction != 0 ? new Move(start, hits.get(verb).end(), direction) : null;
    }

    /**
     * A count of future moves compared with another count ("only one more cut, compared with two before",
     * "two hikes instead of three"): fewer moves read as the opposite move, more as the move itself. {@code at} is
     * the first count.
     */
    private static Move counted(List<PhraseLexicon.Hit> hits, int at, Tokens tokens) {
        PhraseLexicon.Hit count = hits.get(at);
        if (!count.section().equals("guidance count")) {
            return null;
        }
        int moveAt = at + 1;
        int versusAt = nextPart(hits, moveAt);
        int otherAt = nextPart(hits, versusAt);
        if (otherAt >= hits.size()) {
            return null;
        }
        PhraseLexicon.Hit move = hits.get(moveAt);
        PhraseLexicon.Hit versus = hits.get(versusAt);
        PhraseLexicon.Hit other = hits.get(otherAt);
        int direction = move.section().equals("guidance move up") ? 1
                : move.section().equals("guidance move down") ? -1 : 0;
        if (direction == 0 || move.start() - count.end() > COUNT_GAP || !versus.section().equals("guidance versus")
                || versus.start() - move.end() > VERSUS_WINDOW
                || TokenScan.anyBetween(tokens, move.end(), versus.start(), COUNT_BOUNDARIES)
                || !other.section().equals("guidance count") || other.start() - versus.end() > COUNT_GAP
                || count.weight() == other.weight()) {
            return null;
        }
        return new Move(count.start(), other.end(), count.weight() < other.weight() ? -direction : direction);
    }

    /**
     * Where a move said to be over ends, when {@code [guidance over]} follows it at once ("signalled that its easing
     * cycle is over", "rate cuts are off the table"), else -1.
     */
    private static int overAt(List<PhraseLexicon.Hit> hits, int next, int moveEnd) {
        if (next < hits.size() && hits.get(next).section().equals("guidance over")
                && hits.get(next).start() - moveEnd <= OVER_GAP) {
            return hits.get(next).end();
        }
        return -1;
    }

    /** The next hit after {@code k} that is not a time or rate named with a move ("one more cut this year"). */
    private static int nextPart(List<PhraseLexicon.Hit> hits, int k) {
        int next = k + 1;
        while (next < hits.size() && hits.get(next).section().equals("guidance complement")) {
            next++;
        }
        return next;
    }

    /**
     * "Further increases in auction sizes", "a cut in the reserve requirement ratio": a move whose complement is
     * something else moves that, not the policy rate. Only a rate, a time or a size may follow "in" or "of":
     * "a cut in interest rates", "a cut in June", "a hike of 25 basis points".
     */
    private static boolean aboutSomethingElse(PhraseLexicon.Hit move, List<PhraseLexicon.Hit> hits, Tokens tokens) {
        int link = move.end();
        if (link >= tokens.size() || !COMPLEMENT_LINKS.contains(tokens.lower(link))) {
            return false;
        }
        int limit = Math.min(tokens.size(), link + 1 + COMPLEMENT_LEAD);
        for (int k = link + 1; k < limit; k++) {
            int at = k;
            if (tokens.isNumber(k) || hits.stream().anyMatch(h -> h.start() == at
                    && h.section().equals("guidance complement"))) {
                return false;
            }
        }
        return true;
    }

    /** "Would not rule out further rate increases": the verb itself denied, right before it. */
    private static boolean denied(List<PhraseLexicon.Hit> hits, int verb) {
        if (verb == 0) {
            return false;
        }
        PhraseLexicon.Hit before = hits.get(verb - 1);
        return before.section().equals("guidance not") && hits.get(verb).start() - before.end() <= DENIAL_GAP;
    }

    /** "As markets had priced in", "than traders had bet on" compare with the expectation rather than dash it. */
    private static boolean comparing(PhraseLexicon.Hit verb, Tokens tokens) {
        return TokenScan.anyBetween(tokens, Math.max(0, verb.start() - COMPARED_LEAD), verb.start(), COMPARERS);
    }

    /** The way the rate moves the sentence reports go, apart from guidance: +1 hikes, -1 cuts, 0 none or both. */
    private static int actionDirection(List<SurpriseReader.Placed> placed) {
        int sum = 0;
        for (SurpriseReader.Placed p : placed) {
            if (p.signal.driver() == Driver.RATES) {
                sum += p.signal.direction();
            }
        }
        return Integer.signum(sum);
    }

    /** The guidance stands for whatever the ordinary reading made of rate moves inside its words. */
    private static void replace(List<SurpriseReader.Placed> placed, Move guidance) {
        int start = guidance.start;
        int end = Math.max(guidance.end, guidance.start + 1);
        placed.removeIf(p -> p.signal.driver() == Driver.RATES && p.start < end && p.end > start);
        placed.add(new SurpriseReader.Placed(new MacroSignal(Driver.RATES, guidance.direction, GUIDANCE, false),
                start, end, 0, guidance.direction, GUIDANCE));
    }
}
