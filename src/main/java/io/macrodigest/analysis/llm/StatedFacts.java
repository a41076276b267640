package io.macrodigest.analysis.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts a text states: its figures (a number with its currency and unit) and its names
 * (capitalised words and runs of them, tickers and acronyms). A model's claim that reuses an article's
 * words but changes a figure or a name shares most words with the article, so word overlap passes it;
 * these facts do not.
 */
final class StatedFacts {

    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])([$€£¥])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?"
                    + "(?:\\s?(%|percentage points?|per ?cent|pct|basis points?|bps?|trillion|tn|billion|bn"
                    + "|million|mn|m|thousand|k))?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("%", "%"), Map.entry("percent", "%"), Map.entry("per cent", "%"), Map.entry("pct", "%"),
            Map.entry("percentage point", "pp"), Map.entry("percentage points", "pp"),
            Map.entry("basis point", "bp"), Map.entry("basis points", "bp"), Map.entry("bp", "bp"),
            Map.entry("bps", "bp"), Map.entry("trillion", "T"), Map.entry("tn", "T"), Map.entry("billion", "B"),
            Map.entry("bn", "B"), Map.entry("million", "M"), Map.entry("mn", "M"), Map.entry("m", "M"),
            Map.entry("thousand", "K"), Map.entry("k", "K"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}.'’&-]*[\\p{L}\\p{N}]|[\\p{L}]");
    /** Lower-case words that may stand inside a name: "Bank of England", "Department of the Treasury". */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "du", "la", "von", "van");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]\\s*$");
    /** What may stand between two words of one name: spaces, or a hyphen or apostrophe ("Rolls-Royce"). */
    private static final Pattern NAME_GAP = Pattern.compile("\\s*[-’']?\\s*");

    private StatedFacts() {
    }

    /** A number as stated: its value, and its currency and unit when given (null otherwise). */
    record Figure(BigDecimal value, String currency, String unit) {

        boolean statedBy(Figure other) {
            return value.compareTo(other.value) == 0 && (currency == null || currency.equals(other.currency))
                    && (unit == null || unit.equals(other.unit));
        }

        @Override
        public String toString() {
            return (currency == null ? "" : currency) + value.toPlainString() + (unit == null ? "" : " " + unit);
        }
    }

    static List<Figure> figures(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String number = m.group(2).replace(",", "") + (m.group(3) == null ? "" : "." + m.group(3));
            String unit = m.group(4) == null ? null : UNITS.get(m.group(4).toLowerCase(Locale.ROOT));
            out.add(new Figure(new BigDecimal(number), m.group(1), unit));
        }
        return out;
    }

    /**
     * The names a text states: runs of capitalised words (with connectors inside), all-capital tokens, and
     * single capitalised words not opening a sentence (where every word is capitalised).
     */
    static List<List<String>> names(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean runOpensSentence = false;
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            String word = m.group();
            String gap = text.substring(previousEnd, m.start());
            boolean opensSentence = previousEnd == 0 || SENTENCE_END.matcher(gap).find()
                    || gap.contains("\n") || gap.contains("\"") || gap.contains("“");
            previousEnd = m.end();
            boolean brokenRun = !gap.isBlank() && !NAME_GAP.matcher(gap).matches();
            if (brokenRun || opensSentence) {
                flush(run, runOpensSentence, out);
                runOpensSentence = opensSentence;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                run.add(word);
            } else if (!run.isEmpty() && CONNECTORS.contains(word)) {
                run.add(word);
            } else {
                flush(run, runOpensSentence, out);
                runOpensSentence = false;
            }
        }
        flush(run, runOpensSentence, out);
        return out;
    }

    private static void flush(List<String> run, boolean opensSentence, List<List<String>> out) {
        while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1))) {
            run.remove(run.size() - 1);
        }
        if (opensSentence && !run.isEmpty() && !isAcronym(run.get(0))) {
            // the first word of a sentence is capitalised whatever it is
            run.remove(0);
            while (!run.isEmpty() && CONNECTORS.contains(run.get(0))) {
                run.remove(0);
            }
        }
        if (!run.isEmpty()) {
            out.add(List.copyOf(run));
        }
        run.clear();
    }

    static boolean isConnector(String word) {
        return CONNECTORS.contains(word);
    }

    /** "ECB", "BoE", "U.S.", "ETFs": two or more capitals, nothing else but lower-case filler. */
    static boolean isAcronym(String word) {
        long capitals = word.codePoints().filter(Character::isUpperCase).count();
        return capitals >= 2 && capitals * 2 >= word.codePoints().filter(Character::isLetter).count();
    }

    /**
     * Lower case, without a possessive, dots, apostrophes or a plural "s" after capitals: the key words are
     * compared by.
     */
    static String key(String word) {
        String w = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
        w = w.replace(".", "").replace("'", "").replace("’", "");
        if (w.length() > 2 && w.endsWith("s") && isAcronym(w.substring(0, w.length() - 1))) {
            w = w.substring(0, w.length() - 1);
        }
        return w.toLowerCase(Locale.ROOT);
    }

    /** The capitals of a name's words, connectors left out: "European Central Bank" gives "ECB". */
    static String initials(List<String> name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name) {
            if (!CONNECTORS.contains(w)) {
                sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
        }
        return sb.toString();
    }

    static String capitals(String word) {
        StringBuilder sb = new StringBuilder();
        word.codePoints().filter(Character::isUpperCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Every word key of a text, for the loose match of a name's words. */
    static Set<String> wordKeys(String text) {
        Set<String> keys = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            keys.add(key(m.group()));
        }
        return keys;
    }
}
