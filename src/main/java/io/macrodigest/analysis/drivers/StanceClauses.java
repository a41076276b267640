package io.macrodigest.analysis.drivers;

import io.macrodigest.analysis.text.Tokens;

import java.util.Set;

/**
 * How much each clause of a sentence counts towards its policy lean: a condition ("unless", "until"), an opening
 * phrase that sets the scene ("following ..."), a hypothesis the sentence finds no evidence for, and the side a
 * comparison of forces says was outweighed.
 */
final class StanceClauses {

    private static final Set<String> BACKGROUND_OPENERS = Set.of("after", "following");
    private static final double BACKGROUND = 0.4;
    private static final Set<String> CONDITIONS = Set.of("until", "unless");
    private static final double UNTIL_FACTOR = 0.6;
    static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":");
    private static final Set<String> EVIDENCE = Set.of("evidence", "sign", "signs",
            "indication", "indications", "hint", "hints", "confident", "convinced", "confidence");
    private static final Set<String> DENIERS = Set.of("no", "not", "little", "few", "never",
            "without", "nor");
    private static final Set<String> EVIDENCE_ENDS = Set.of(",", ";", ":", "but", "though",
            "although", "while", "whereas");
    /** How far a denier may stand before "evidence", and "that" after it ("no evidence in the data that"). */
    private static final int EVIDENCE_LEAD = 4;

    /** "X outweighed Y": X is the point, Y what it beat. */
    private static final Set<String> OUTWEIGH = Set.of("outweigh", "outweighs", "outweighed", "outweighing");
    private static final Set<String> SIDE_ENDS = Set.of(",", ";", ":", "but", "while", "whereas", "although",
            "though", "and", "that");

    private StanceClauses() {
    }

    /**
     * A comparison of two forces ("downside risks to employment now outweighed the upside risks to inflation")
     * leans with the stronger one: the side it beat, after the verb, or before it in the passive ("were
     * outweighed by"), up to the end of its clause, carries no lean.
     */
    static void setAsideOutweighed(Tokens tokens, double[] clause) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!OUTWEIGH.contains(tokens.lower(i))) {
                continue;
            }
            boolean passive = i + 1 < tokens.size() && tokens.lower(i + 1).equals("by");
            if (passive) {
                for (int k = i - 1; k >= 0 && !SIDE_ENDS.contains(tokens.lower(k)); k--) {
                    clause[k] = 0;
                }
            } else {
                for (int k = i + 1; k < tokens.size() && !SIDE_ENDS.contains(tokens.lower(k)); k++) {
                    clause[k] = 0;
                }
            }
        }
    }

    /**
     * How a word inside a clause of condition leans, the clause running to the next comma, semicolon or colon
     * ("until instructed otherwise, ... : activity has slowed" states a reading after the condition). "Unless"
     * states no reading; "until" one that has not come yet, so the present is the other way: "keep the rate
     * unchanged until there is evidence of a pickup in wages" says wages are not picking up.
     */
    static double[] conditionLean(Tokens tokens) {
        double[] lean = new double[tokens.size()];
        double inside = 1;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.lower(i);
            if (CONDITIONS.contains(w)) {
                inside = w.equals("until") ? -UNTIL_FACTOR : 0;
            } else if (CLAUSE_ENDS.contains(w)) {
                inside = 1;
            }
            lean[i] = inside;
        }
        return lean;
    }

    /**
     * An opening "after ..." or "following ..." phrase, up to its comma, sets the scene the news follows
     * ("following the deepest slump in decades, hiring rebounded"): it weighs less than the clause after it.
     */
    static void weighBackgroundOpening(Tokens tokens, double[] clause) {
        if (tokens.size() == 0 || !BACKGROUND_OPENERS.contains(tokens.lower(0))) {
            return;
        }
        int comma = 1;
        while (comma < tokens.size() && !CLAUSE_ENDS.contains(tokens.lower(comma))) {
            comma++;
        }
        if (comma == tokens.size()) {
            return;
        }
        for (int i = 1; i < comma; i++) {
            clause[i] *= BACKGROUND;
        }
    }

    /**
     * A hypothesis a sentence finds no evidence for ("no evidence that inflation is picking up", "few signs that
     * hiring is slowing", "not yet confident that prices are back on track") is weighed and set aside, not read
     * as the opposite move: the "that" clause, up to its end, carries no lean. "No evidence of rising prices"
     * stays a negated reading.
     */
    static void setAsideUnseen(Tokens tokens, double[] clause) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!EVIDENCE.contains(tokens.lower(i)) || !denied(tokens, i)) {
                continue;
            }
            int that = i + 1;
            while (that < tokens.size() && that <= i + EVIDENCE_LEAD && !tokens.lower(that).equals("that")
                    && !EVIDENCE_ENDS.contains(tokens.lower(that))) {
                that++;
            }
            if (that >= tokens.size() || !tokens.lower(that).equals("that")) {
                continue;
            }
            int k = that + 1;
            for (; k < tokens.size() && !EVIDENCE_ENDS.contains(tokens.lower(k)); k++) {
                clause[k] = 0;
            }
            // the next denial can only start after this clause: one pass, linear in a long text
            i = k;
        }
    }

    /** A denier a few words before: "no persuasive evidence", "not seeing any signs", "little indication". */
    private static boolean denied(Tokens tokens, int evidence) {
        for (int k = evidence - 1; k >= Math.max(0, evidence - EVIDENCE_LEAD); k--) {
            String w = tokens.lower(k);
            if (DENIERS.contains(w) || w.endsWith("n't")) {
                return true;
            }
            if (CLAUSE_ENDS.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
