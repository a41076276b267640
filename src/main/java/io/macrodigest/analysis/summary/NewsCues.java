package io.macrodigest.analysis.summary;

import io.macrodigest.analysis.text.Figures;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.Tokens;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a sentence news, and what makes it chatter. News says who did what with the figures: a measure
 * (revenue, earnings per share, guidance, a rate, a price) with a number and a change ("rose 11% to $2.6
 * billion", "sees 2026 sales of"). Chatter is what a reader skips: greetings, promotion and subscription asks,
 * navigation, a call's housekeeping and safe-harbour boilerplate, and thanks.
 */
public final class NewsCues {

    private static final Set<String> MEASURES = Set.of("revenue", "revenues", "sales", "earnings", "eps", "income",
            "profit", "profits", "loss", "losses", "margin", "margins", "ebitda", "ebit", "guidance", "outlook",
            "forecast", "forecasts", "dividend", "dividends", "buyback", "repurchase", "repurchases", "orders",
            "bookings", "backlog", "cash", "aum", "deposits", "loans", "volume", "volumes", "shipments", "gdp",
            "inflation", "cpi", "unemployment", "payrolls", "jobs", "rate", "rates", "yield", "yields", "price",
            "prices", "shares", "stock", "stocks", "index", "bitcoin", "btc", "ether", "eth", "oil", "gold", "tariff",
            "tariffs", "capex", "spending", "debt", "deficit", "growth", "demand", "production", "output", "fund",
            "funds", "inflows", "outflows", "valuation", "deal", "acquisition", "stake");
    /** The measures a results story leads with: with a figure, the strongest sign of the news. */
    private static final Set<String> HEADLINE_MEASURES = Set.of("revenue", "revenues", "sales", "earnings", "eps",
            "guidance", "outlook", "dividend", "profit", "income", "ffo");
    /** The period a result belongs to: a headline figure "for the quarter" or "for the full year" is the result. */
    private static final Set<String> PERIODS = Set.of("quarter", "quarterly", "q1", "q2", "q3", "q4", "fiscal",
            "full-year", "annual", "year", "month", "week");
    private static final Set<String> CHANGES = Set.of("rose", "rise", "rises", "risen", "fell", "fall", "falls",
            "fallen", "increased", "increase", "increases", "decreased", "decrease", "decreases", "grew", "grow",
            "grows", "declined", "decline", "declines", "jumped", "jumps", "dropped", "drops", "climbed", "climbs",
            "slipped", "slips", "gained", "gains", "lost", "surged", "surges", "plunged", "plunges", "soared",
            "tumbled", "slumped", "rallied", "up", "down", "higher", "lower", "raised", "raises", "raising", "cut",
            "cuts", "hiked", "hikes", "lowered", "lowers", "reduced", "boosted", "expanded", "contracted", "versus",
            "vs", "compared", "record", "sees", "expects", "expected", "reaffirms", "reaffirmed", "maintains",
            "projects", "forecast", "beat", "beats", "missed", "misses", "topped", "exceeded", "approved",
            "announced", "announces", "reported", "reports", "posted", "delivered", "agreed", "acquire", "acquired");
    private static final Set<String> SCALES = Set.of("%", "$", "€", "£", "percent", "billion", "million", "bn",
            "trillion", "bps", "basis", "share", "cents");
    private static final Set<String> CURRENCIES = Set.of("$", "€", "£");
    /** Words joining the ends of a range: "$1.91 to $1.93", "between 4% and 6%". */
    private static final Set<String> RANGES = Set.of("to", "and");
    /**
     * Weights of the key figures beside the rest of the news score (at most 6.4): earnings per share is the first
     * figure of a results story, a guidance range the next.
     */
    private static final double PER_SHARE_WEIGHT = 4;
    private static final double RANGE_WEIGHT = 2;
    private static final double MONEY_WEIGHT = 1;
    /**
     * A level stated as an extreme ("a two-year high", "a record low", "its highest since 2022") is a figure, if a
     * smaller one than a number: it is how a market story states where a price stands.
     */
    private static final double EXTREME_WEIGHT = 0.7;
    private static final Pattern EXTREME = Pattern.compile("(?iu)\\b(?:\\w+-(?:year|month|week|decade)|record|"
            + "all-time|multi-year|multiyear) (?:highs?|lows?|peaks?)\\b|\\b(?:highest|lowest) (?:level )?(?:since\\b|"
            + "in (?:nearly |almost |more than |over )?(?:a|an|\\w+) (?:years?|months?|decades?)\\b)");
    private static final Pattern CHATTER = Pattern.compile("(?iu)^(?:(?:hey|hi|hello|howdy|greetings|dear|welcome|"
            + "good (?:morning|afternoon|evening|day))\\b|thanks?\\b|thank you|ladies and gentlemen|operator\\b|"
            + "here(?:'s|’s| is) what you need|let(?:'s|’s) (?:dive|get started|begin|jump)|"
            + "before we (?:begin|start|get)|with that,? I(?:'ll|’ll| will| would| want)|i(?:'d|’d| would) like to "
            + "(?:thank|welcome|turn|introduce|remind|hand)|as a reminder|please (?:note|refer|see|turn|go ahead))"
            + "|\\b(?:subscribe|subscription|sign up|newsletter|follow us|join (?:our|the|us)|click here|read more|"
            + "download (?:our|the)|free trial|use (?:the )?code|sponsored|advertisement|affiliate link|share this|"
            + "like and share|turn on notifications|link in (?:bio|description)|premium members|"
            + "all rights reserved|cookie|privacy policy|terms of (?:use|service)|forward-looking statements?|"
            + "safe harbor|non-gaap|reconciliation|investor relations|is being recorded|webcast|"
            + "question-and-answer|q&a session|turn the call|on the call (?:today|with me)|joining (?:us|me)|"
            + "thank you for|thanks for|stay tuned|don't forget|don’t forget)\\b");
    private static final Pattern FIRST_PERSON_CHATTER = Pattern.compile("(?iu)^(?:i|i'm|i’m|i've|i’ve|we're|"
            + "we’re|so|well|yes|yeah|okay|ok|look|and|but|now|again|also|as you|you know)\\b");

    private NewsCues() {
    }

    /** Greeting, promotion, subscription ask, navigation, housekeeping: never summary or insight material. */
    public static boolean isChatter(Sentence s) {
        return CHATTER.matcher(s.text()).find();
    }

    /**
     * Roughly 0 to 14: how much of "a measure, a figure, a change" the sentence holds, and whether its figures are
     * the ones a results story leads with.
     */
    public static double factScore(Sentence s) {
        Tokens t = s.tokens();
        boolean number = false;
        boolean scaled = false;
        boolean measure = false;
        boolean headline = false;
        boolean change = false;
        boolean period = false;
        for (int i = 0; i < t.size(); i++) {
            String w = t.lower(i);
            if (t.isNumber(i) && !Figures.isYear(t.original(i))) {
                number = true;
            }
            scaled |= SCALES.contains(w);
            measure |= MEASURES.contains(w);
            headline |= HEADLINE_MEASURES.contains(w);
            change |= CHANGES.contains(w);
            period |= PERIODS.contains(w);
        }
        double score = keyFigures(t) + (number ? 0.8 : 0) + (number && scaled ? 0.5 : 0) + (measure ? 0.6 : 0)
                + (change ? 0.5 : 0) + (number && measure && change ? 0.5 : 0) + (number && headline ? 2.5 : 0)
                + (number && headline && period ? 1 : 0);
        if (FIRST_PERSON_CHATTER.matcher(s.text()).find()) {
            score -= 0.5;
        }
        return score;
    }

    /**
     * What a results story states first, beyond a headline measure: earnings per share, an amount of money, and a
     * range (guidance is given as one: "$1.91 to $1.93", "4% to 6%", "4.25%-4.50%"), and an extreme level.
     */
    private static double keyFigures(Tokens t) {
        boolean perShare = false;
        boolean money = false;
        boolean range = false;
        for (int i = 0; i < t.size(); i++) {
            String w = t.lower(i);
            perShare |= w.equals("eps") || w.equals("per-share") || w.equals("share") && perShare(t, i);
            money |= CURRENCIES.contains(w) && i + 1 < t.size() && t.isNumber(i + 1);
            range |= RANGES.contains(w) && figureWithin(t, i, -3) && figureWithin(t, i, 3) && !moveTo(t, i)
                    || t.isNumber(i) && dashedToNextFigure(t, i);
        }
        return (perShare ? PER_SHARE_WEIGHT : 0) + (money ? MONEY_WEIGHT : 0) + (range ? RANGE_WEIGHT : 0)
                + (EXTREME.matcher(t.text()).find() ? EXTREME_WEIGHT : 0);
    }

    /**
     * "To" after a change and its size ends a move, not a range: "rose 0.6% to 109.8" went from one level to
     * another, while "$1.91 to $1.93" spans one.
     */
    private static boolean moveTo(Tokens t, int i) {
        if (!t.lower(i).equals("to")) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            if (t.isNumber(j)) {
                int before = j - 1;
                while (before >= 0 && (CURRENCIES.contains(t.lower(before)) || t.lower(before).equals("by"))) {
                    before--;
                }
                return before >= 0 && CHANGES.contains(t.lower(before));
            }
        }
        return false;
    }

    /** Two figures joined by a dash, "4.25%-4.50%" or "$1.91–$1.93": the tokens drop the dash between them. */
    private static boolean dashedToNextFigure(Tokens t, int i) {
        int next = i + 1;
        while (next < t.size() && SCALES.contains(t.lower(next)) && !t.isNumber(next)) {
            next++;
        }
        if (next >= t.size() || !t.isNumber(next) || next - i > 3 || Figures.isYear(t.original(i))) {
            return false;
        }
        String between = t.text().substring(t.end(i), t.start(next)).replaceAll("[\\s%$€£]", "");
        return between.equals("-") || between.equals("–") || between.equals("—");
    }

    /**
     * "Share" at {@code i} closes "per (diluted) share" or "$1.24 a share"; "book value per share" is a balance,
     * not a result.
     */
    private static boolean perShare(Tokens t, int i) {
        if (i > 1 && t.lower(i - 1).equals("a")) {
            return t.isNumber(i - 2);
        }
        int per = i > 0 && t.lower(i - 1).equals("per") ? i - 1
                : i > 1 && t.lower(i - 1).equals("diluted") && t.lower(i - 2).equals("per") ? i - 2 : -1;
        return per >= 0 && !(per > 0 && t.lower(per - 1).equals("value"));
    }

    /** A number that is not a year within {@code span} tokens of {@code i} (before it when negative). */
    private static boolean figureWithin(Tokens t, int i, int span) {
        for (int k = 1; k <= Math.abs(span); k++) {
            int j = i + Integer.signum(span) * k;
            if (j >= 0 && j < t.size() && t.isNumber(j) && !Figures.isYear(t.original(j))) {
                return true;
            }
        }
        return false;
    }

    /** A number that is not a year: "12%", "$4.2 billion", "1.24". */
    public static boolean hasFigure(Sentence s) {
        return !figures(s).isEmpty();
    }

    /** The sentence's numbers that are not years, as written. */
    public static Set<String> figures(Sentence s) {
        Tokens t = s.tokens();
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.isNumber(i) && !Figures.isYear(t.original(i))) {
                out.add(t.original(i));
            }
        }
        return out;
    }
}
