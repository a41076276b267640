package io.macrodigest.analysis.llm;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysed text as the grounding checks see it. Quotes are matched in a normalised copy (whitespace runs
 * become one space, typographic quote marks become straight ones) because models routinely re-type those,
 * yet the text returned is always the original's own span, so a shown quote stands verbatim in the article.
 */
final class ArticleText {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these",
            "those", "which", "who", "will", "would", "can", "could", "may", "might", "said", "says", "than",
            "into", "over", "after", "before", "about", "more", "most", "also", "their", "they", "he", "she",
            "his", "her", "we", "our", "not", "no");

    private final String original;
    private final String normalised;
    /** {@code origin[i]} is the index in {@code original} of the character {@code normalised[i]} came from. */
    private final int[] origin;
    private final List<Sentence> sentences;
    private List<StatedFacts.Figure> figures;
    private List<List<String>> names;
    private Set<String> wordKeys;

    ArticleText(String original) {
        this.original = original;
        this.origin = new int[original.length()];
        this.normalised = normalise(original, origin);
        this.sentences = split(original);
    }

    /** The span of the original text that {@code candidate} stands for verbatim, if it stands there. */
    Optional<String> verbatim(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String needle = stripQuoteMarks(normalise(candidate));
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        int at = normalised.indexOf(needle);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(original.substring(origin[at], origin[at + needle.length() - 1] + 1));
    }

    /** Whether {@code phrase} occurs in the text, ignoring case, whitespace and quote-mark style. */
    boolean mentions(String phrase) {
        return occurrences(phrase) > 0;
    }

    /** How often {@code phrase} occurs as a whole word or phrase, ignoring case. */
    int occurrences(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return 0;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalise(phrase).strip())
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(normalised);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * The sentence of the text that holds at least {@code minOverlap} of the claim's content words, the one
     * holding most if several do.
     */
    Optional<String> groundingSentence(String claim, double minOverlap) {
        Set<String> words = contentWords(claim);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Sentence best = null;
        double bestOverlap = 0;
        for (Sentence s : sentences) {
            long shared = words.stream().filter(s.words()::contains).count();
            double overlap = (double) shared / words.size();
            if (overlap > bestOverlap) {
                best = s;
                bestOverlap = overlap;
            }
        }
        return best != null && bestOverlap >= minOverlap ? Optional.of(best.text()) : Optional.empty();
    }

    /**
     * The first figure or name {@code claim} states that the text does not, if any. A figure must appear
     * with the same value (and currency and unit, when the claim gives them); a name as a phrase, or word by
     * word, where a word may also be an acronym of a name of the text ("ECB") or the start of one ("Fed").
     */
    Optional<String> unstatedFact(String claim) {
        if (claim == null) {
            return Optional.empty();
        }
        if (figures == null) {
            figures = StatedFacts.figures(normalised);
            names = StatedFacts.names(original);
            wordKeys = StatedFacts.wordKeys(normalised);
        }
        for (StatedFacts.Figure figure : StatedFacts.figures(normalise(claim))) {
            if (figures.stream().noneMatch(figure::statedBy)) {
                return Optional.of(figure.toString());
            }
        }
        for (List<String> name : StatedFacts.names(claim)) {
            if (!mentions(String.join(" ", name)) && !name.stream().allMatch(this::namesWord)) {
                return Optional.of(String.join(" ", name));
            }
        }
        return Optional.empty();
    }

    private boolean namesWord(String word) {
        if (StatedFacts.isConnector(word) || wordKeys.contains(StatedFacts.key(word))) {
            return true;
        }
        String capitals = StatedFacts.capitals(word);
        for (List<String> name : names) {
            if (StatedFacts.isAcronym(word) && name.size() > 1 && StatedFacts.initials(name).equals(capitals)) {
                return true;
            }
            if (word.length() >= 3 && name.stream().anyMatch(w -> w.length() > word.length() && w.startsWith(word))) {
                return true;
            }
        }
        return false;
    }

    private static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            it.setText(paragraph);
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String sentence = paragraph.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    out.add(new Sentence(sentence, contentWords(sentence)));
                }
            }
        }
        return out;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        for (String token : NON_WORD.split(normalise(text).toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty() && !STOPWORDS.contains(token)) {
                words.add(stem(token));
            }
        }
        return words;
    }

    /** Crude suffix folding, enough for a paraphrase's "cooled" to meet the text's "cooling". */
    private static String stem(String word) {
        String w = word;
        if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w.endsWith("e") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static String normalise(String s) {
        return normalise(s, new int[s.length()]);
    }

    /** Folds whitespace runs and quote marks; {@code origin} receives where each output character came from. */
    private static String normalise(String s, int[] origin) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space || !inSpace) {
                origin[out.length()] = i;
                out.append(space ? ' ' : straightQuote(c));
            }
            inSpace = space;
        }
        return out.toString();
    }

    private static String stripQuoteMarks(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '\'')) {
            t = t.substring(1).strip();
        }
        while (!t.isEmpty() && (t.charAt(t.length() - 1) == '"' || t.charAt(t.length() - 1) == '\'')) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static char straightQuote(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            default -> c;
        };
    }

    private record Sentence(String text, Set<String> words) {
    }
}
