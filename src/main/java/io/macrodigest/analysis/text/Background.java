package io.macrodigest.analysis.text;

/**
 * A sentence whose own verb is in the past perfect ("Some investors had feared the Treasury would ...", "The coin
 * had fallen below 90 cents") tells what came before the news, not the news: summaries lead with it less and an
 * article's sentiment counts it less.
 */
public final class Background {

    /** How far into a sentence its own verb may stand: past a long subject, "had" belongs to a clause. */
    private static final int REACH = 6;

    private Background() {
    }

    public static boolean is(Sentence s) {
        Tokens t = s.tokens();
        for (int i = 1; i < Math.min(t.size() - 1, REACH); i++) {
            String w = t.lower(i);
            if (w.equals(",")) {
                return false;
            }
            if (w.equals("had")) {
                String next = t.lower(i + 1);
                return next.equals("been") || next.endsWith("ed") || next.endsWith("en");
            }
        }
        return false;
    }
}
