package io.macrodigest.analysis.quotes;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.text.QuotedSpans;
import io.macrodigest.analysis.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations that stand verbatim in the text, in straight or typographic quote marks, and transcript
 * turns, with the speaker when the text names one ("said X", "X said", "according to X", "X: ..."). Never
 * rewrites a quote: each one is a substring of the input.
 */
public final class QuoteFinder {

    static final int MAX_QUOTES = 8;
    private static final int MIN_WORDS = 2;
    /**
     * A quotation without a speaker must read as a sentence: this many words, or a shorter one that ends like a
     * sentence. Shorter marked phrases ("real money", "Eliza 2.0") are scare quotes or names, not quotes.
     */
    private static final int SENTENCE_WORDS = 8;
    private static final int SHORT_SENTENCE_WORDS = 5;
    /** An attributed quotation may be a fragment of speech, but not a single word or a name. */
    private static final int ATTRIBUTED_WORDS = 3;
    private static final int MAX_WORDS = 150;
    private static final String VERBS = "said|says|added|adds|noted|notes|told|wrote|writes|explained|warned|warns|"
            + "argued|argues|stated|states|remarked|commented|observed|insisted|cautioned|predicted|declared|"
            + "acknowledged|believes|thinks|continued|concluded";
    private static final String NAME = "((?:[A-Z][\\p{L}.'’-]*|de|van|von|der|al)(?:\\s+(?:[A-Z][\\p{L}.'’-]*|de|van|von|der|al)){0,5})";
    private static final Pattern SPEAKER_AFTER_VERB = Pattern.compile(
            "^\\s*[,.—–]?\\s*(?:" + VERBS + ")\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,4}?" + NAME);
    /** `," Minneapolis Fed President Neel Kashkari said`, `," Goldman Sachs chief economist Jan Hatzius said`. */
    private static final Pattern SPEAKER_BEFORE_VERB = Pattern.compile(
            "^\\s*[,.—–]?\\s*(?:[\\p{L}\\d&.’'-]+\\s+){0,6}?" + NAME + "\\s+(?:" + VERBS + ")\\b");
    private static final Pattern SPEAKER_BEFORE_QUOTE = Pattern.compile(
            NAME + "(?:\\s+(?:also|then|later|once|has|had|have))?\\s+(?:" + VERBS
                    + ")(?:\\s+[\\w-]+){0,4}?\\s*[:,]?\\s*$");
    /** "according to Mark Lee", "according to Deutsche Bank strategist Jim Reid": the name that ends the phrase. */
    private static final Pattern ACCORDING_TO = Pattern.compile("according to (?:the\\s+)?(?:[\\p{L}\\d&.’'-]+\\s+){0,5}?"
            + NAME + "(?=\\s*(?:[.,;:)]|$)|\\s+(?:on|in|at|who|which|last|this|earlier)\\b)");
    /** `," she told reporters`, `," said he`: the person named last before the quote speaks. */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "^\\s*[,.—–]?\\s*(?:(?:he|she)\\s+(?:" + VERBS + ")|(?:" + VERBS + ")\\s+(?:he|she))\\b");
    private static final int PRONOUN_REACH = 400;
    private static final int CONTINUATION_REACH = 200;
    private static final Pattern COLON_BEFORE_QUOTE = Pattern.compile(NAME + "\\s*:\\s*$");
    private static final Set<String> TITLES = Set.of("Chair", "Chairman", "Chairwoman", "President", "Governor",
            "CEO", "CFO", "Chief", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Secretary", "Minister", "Senator",
            "Director", "Analyst", "Strategist", "Economist", "Vice", "Head", "Founder", "Co-founder", "Spokesperson",
            "Spokesman", "Spokeswoman", "Treasurer", "Commissioner", "Representative", "Rep", "Sen", "Gov",
            "Deputy", "Executive", "Officer", "Manager", "Partner", "Premier", "Chancellor", "Mayor", "General");
    private static final Pattern TITLED_NAME = Pattern.compile("\\b(?:" + String.join("|", TITLES) + ")\\s+"
            + "([A-Z][\\p{L}'’-]+(?:\\s+(?:de|van|von|der|al|[A-Z][\\p{L}'’-]+)){1,3})");
    private static final Set<String> NOT_SPEAKERS = Set.of("The", "This", "That", "It", "He", "She", "They", "We",
            "I", "A", "An", "In", "On", "Key", "But", "And", "As", "When", "Then", "Analysts", "Investors");

    /** {@code quotations} and {@code sentences} are those of {@code text}. */
    public List<Analysis.Quote> find(String text, QuotedSpans quotations, List<Sentence> sentences) {
        List<Found> found = new ArrayList<>();
        markedQuotes(text, quotations, found);
        transcriptTurns(text, sentences, found);
        List<Found> chosen = new ArrayList<>();
        found.stream()
                .sorted(Comparator.comparingDouble(Found::priority).reversed())
                .forEach(f -> {
                    if (chosen.size() < MAX_QUOTES && chosen.stream().noneMatch(c -> overlaps(c, f))) {
                        chosen.add(f);
                    }
                });
        chosen.sort(Comparator.comparingInt(Found::start));
        return chosen.stream().map(f -> new Analysis.Quote(f.text, f.speaker)).toList();
    }

    private record Found(String text, int start, String speaker) {
        double priority() {
            int words = text.split("\\s+").length;
            return Math.min(words, 40) / 40.0 + (speaker != null ? 0.5 : 0) + (words >= 6 ? 0.5 : 0);
        }
    }

    private static boolean overlaps(Found a, Found b) {
        return a.start < b.start + b.text.length() && b.start < a.start + a.text.length()
                || a.text.equals(b.text);
    }

    private static void markedQuotes(String text, QuotedSpans quotations, List<Found> found) {
        String previousSpeaker = null;
        int previousEnd = -1;
        for (QuotedSpans.Span span : quotations.spans()) {
            int from = span.open() + 1;
            int to = span.close();
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ",;:".indexOf(text.charAt(to - 1)) >= 0)) {
                to--;
            }
            String quote = text.substring(from, to);
            int words = quote.isEmpty() ? 0 : quote.split("\\s+").length;
            if (words >= MIN_WORDS && words <= MAX_WORDS && startsLikeSpeech(quote)) {
                String speaker = speaker(text, span.open(), span.close() + 1);
                if (speaker == null && continues(text, previousEnd, span.open())) {
                    // a quotation that follows the attributed one, with only its attribution between, goes on
                    speaker = previousSpeaker;
                }
                if (speaker != null ? words >= ATTRIBUTED_WORDS : sentenceLength(quote, words)) {
                    found.add(new Found(quote, from, speaker));
                    previousSpeaker = speaker;
                    previousEnd = speaker == null ? -1 : span.close() + 1;
                }
            }
        }
    }

    /** Only the rest of one sentence, in the same paragraph, between the attributed quotation and this one. */
    private static boolean continues(String text, int previousEnd, int open) {
        if (previousEnd < 0 || open - previousEnd > CONTINUATION_REACH) {
            return false;
        }
        String gap = text.substring(previousEnd, open);
        return !gap.contains("\n") && gap.split("[.!?]\\s+").length <= 2;
    }

    private static boolean sentenceLength(String quote, int words) {
        char last = quote.charAt(quote.length() - 1);
        return words >= SENTENCE_WORDS || words >= SHORT_SENTENCE_WORDS && ".!?…".indexOf(last) >= 0;
    }

    private static boolean startsLikeSpeech(String quote) {
        char c = quote.charAt(0);
        return Character.isLetterOrDigit(c) || "$€£'‘(…".indexOf(c) >= 0;
    }

    private static String speaker(String text, int open, int afterClose) {
        String after = text.substring(afterClose, Math.min(text.length(), afterClose + 90));
        int newline = after.indexOf('\n');
        if (newline >= 0) {
            after = after.substring(0, newline);
        }
        if (attributionFollows(text, afterClose, after)) {
            Matcher m = SPEAKER_AFTER_VERB.matcher(after);
            // a name after the verb ends with its sentence: `," said CFO Jane Doe. Orders grew.`
            if (m.find() && plausible(m.group(1))) {
                return clean(upToStop(m.group(1)));
            }
            m = SPEAKER_BEFORE_VERB.matcher(after);
            if (m.find() && plausible(m.group(1))) {
                return clean(m.group(1));
            }
            if (PRONOUN_SPEAKER.matcher(after).find()) {
                return lastTitledName(text, open);
            }
        }
        int lineStart = text.lastIndexOf('\n', open) + 1;
        String before = text.substring(Math.max(lineStart, open - 120), open);
        for (Pattern p : List.of(SPEAKER_BEFORE_QUOTE, COLON_BEFORE_QUOTE)) {
            Matcher m = p.matcher(before);
            if (m.find() && plausible(m.group(1))) {
                return clean(m.group(1));
            }
        }
        // a quotation that ends its sentence takes no attribution from the next one
        int sentenceEnd = afterClose >= 2 && ".!?".indexOf(text.charAt(afterClose - 2)) >= 0 ? afterClose - 1
                : text.indexOf('.', afterClose);
        int sentenceStart = Math.max(lineStart, Math.max(text.lastIndexOf(". ", open) + 2, open - 120));
        String around = text.substring(sentenceStart,
                sentenceEnd < 0 ? text.length() : Math.min(text.length(), sentenceEnd + 1));
        Matcher m = ACCORDING_TO.matcher(around);
        if (m.find() && plausible(m.group(1))) {
            return clean(m.group(1));
        }
        return null;
    }

    /**
     * The person a pronoun stands for: the last name written after a title or role ("European Central Bank
     * President Christine Lagarde") in the text shortly before the quotation; none when there is none.
     */
    private static String lastTitledName(String text, int open) {
        String before = text.substring(Math.max(0, open - PRONOUN_REACH), open);
        String last = null;
        Matcher m = TITLED_NAME.matcher(before);
        while (m.find()) {
            last = m.group(1);
        }
        return last == null ? null : clean(last);
    }

    /**
     * Speech closes before its attribution: a mark inside or just after the closing quote ({@code ," Powell said},
     * {@code ", Powell said}, {@code " — Powell said}). A quoted phrase running straight into a name is an
     * epithet of what follows ({@code "Godfather of Startups" Steve Hoffman warns that ...}), not his words.
     */
    private static boolean attributionFollows(String text, int afterClose, String after) {
        char inside = afterClose >= 2 ? text.charAt(afterClose - 2) : ' ';
        String rest = after.stripLeading();
        return ",.!?…;:—–-".indexOf(inside) >= 0 || !rest.isEmpty() && ",.—–-".indexOf(rest.charAt(0)) >= 0;
    }

    private static boolean plausible(String name) {
        String first = name.strip().split("\\s+")[0];
        return !NOT_SPEAKERS.contains(first);
    }

    /** "Wednesday. Christine Lagarde" -> "Christine Lagarde"; "Fed Chair Jerome Powell" -> "Jerome Powell". */
    private static String clean(String name) {
        String n = name.strip();
        int stop = Math.max(n.lastIndexOf(". "), n.lastIndexOf(".\n"));
        if (sentenceStop(n, stop)) {
            n = n.substring(stop + 2).strip();
        }
        String[] words = n.split("\\s+");
        // The name follows the last title or role: "Minneapolis Fed President Neel Kashkari" -> "Neel Kashkari".
        int from = 0;
        for (int k = 0; k < words.length - 1; k++) {
            if (TITLES.contains(words[k].replace(".", ""))) {
                from = k + 1;
            }
        }
        n = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        while (n.endsWith(".") && !(n.length() >= 2 && Character.isUpperCase(n.charAt(n.length() - 2))
                && (n.length() == 2 || n.charAt(n.length() - 3) == ' '))) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    /** The name up to the first full stop that ends a sentence rather than an initial ("Jane A. Doe"). */
    private static String upToStop(String name) {
        for (int stop = name.indexOf(". "); stop >= 0; stop = name.indexOf(". ", stop + 1)) {
            if (sentenceStop(name, stop)) {
                return name.substring(0, stop + 1);
            }
        }
        return name;
    }

    /** A full stop at {@code stop} ends a word longer than an initial: "Wednesday." or "Doe.", not "A.". */
    private static boolean sentenceStop(String n, int stop) {
        return stop > 1 && (!Character.isUpperCase(n.charAt(stop - 1)) || n.charAt(stop - 2) != ' ');
    }

    /** A transcript turn ("Name: ...") is a quotation of that speaker, however many sentences it has. */
    private static void transcriptTurns(String text, List<Sentence> sentences, List<Found> found) {
        int i = 0;
        while (i < sentences.size()) {
            Sentence first = sentences.get(i);
            int j = i;
            while (j + 1 < sentences.size() && sentences.get(j + 1).paragraph() == first.paragraph()) {
                j++;
            }
            if (first.speaker() != null) {
                String turn = text.substring(first.start(), sentences.get(j).end());
                if (turn.split("\\s+").length >= 4) {
                    found.add(new Found(turn, first.start(), first.speaker()));
                }
            }
            i = j + 1;
        }
    }
}
