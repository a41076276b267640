package io.macrodigest.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

/**
 * Splits article text into sentences with their offsets. Handles hard-wrapped newswire lines, headings,
 * bullets and numbered lists, transcript turns ("Name: ..."), abbreviations (U.S., Dec., Mr.), decimals and
 * closing quotes after the full stop.
 */
@Singleton
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "inc", "ltd", "co", "corp", "no", "nos", "vs", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "gov", "sen", "rep", "gen",
            "col", "lt", "capt", "fig", "approx", "est", "dept", "univ", "cf", "al", "op", "vol", "pp", "ed",
            "mt", "ft", "rev", "hon", "messrs", "bros", "n.v", "s.a", "a.g", "plc.");
    private static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[•·▪●◦‣∙*–—-]|\\d{1,2}[.)]|[a-z][)]|\\(\\d{1,2}\\))\\s+");
    private static final Pattern LONE_MARKER = Pattern.compile("^\\s*(?:[•·▪●◦‣∙*–—-]|\\d{1,2}[.)])?\\s*$");
    private static final Pattern SPEAKER = Pattern.compile(
            "^\\s*((?:[A-Z][A-Za-z.'’-]*)(?:\\s+[A-Z][A-Za-z.'’-]*){0,2})\\s*:\\s+(?=\\S)");
    private static final Set<String> LABELS = Set.of("impact", "insight", "insights", "summary", "note", "notes",
            "source", "sources", "update", "updated", "example", "examples", "step", "part", "chapter", "question",
            "answer", "title", "date", "read", "also", "related", "disclaimer", "warning", "key", "bottom",
            "takeaway", "takeaways", "conclusion", "background", "analysis", "outlook", "risk", "risks", "editor",
            "photo", "image", "credit", "tags", "tl;dr", "tldr", "why", "what", "how", "the", "this", "our", "my",
            "action", "actions", "result", "results", "reuters", "breaking", "exclusive", "opinion", "watch",
            "bonus", "tip", "fact", "facts", "data", "chart", "table", "figure", "disclosure", "abstract");

    /** Splits {@code text}; sentences keep the exact characters of the original, bullets and speaker removed. */
    public List<Sentence> split(String text) {
        List<Block> blocks = blocks(text, hardWrapped(text));
        boolean transcript = transcript(blocks);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (Block block : blocks) {
            int from = block.start;
            String speaker = null;
            if (transcript && block.speaker != null) {
                speaker = block.speaker;
                from = block.speakerEnd;
            }
            String body = text.substring(from, block.end);
            if (block.heading(body)) {
                sentences.add(new Sentence(body.strip(), from + leading(body), paragraph, Sentence.Kind.HEADING, null));
            } else {
                Sentence.Kind kind = block.bullet ? Sentence.Kind.BULLET : Sentence.Kind.BODY;
                for (int[] span : sentenceSpans(text, from, block.end)) {
                    sentences.add(new Sentence(text.substring(span[0], span[1]), span[0], paragraph, kind, speaker));
                }
            }
            paragraph++;
        }
        return sentences;
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A paragraph, bullet or heading: one or more physical lines. */
    private static final class Block {
        int start;
        int end;
        boolean bullet;
        String speaker;
        int speakerEnd;

        boolean heading(String body) {
            String s = body.strip();
            if (s.isEmpty()) {
                return false;
            }
            char last = s.charAt(s.length() - 1);
            if (".!?…:;\"”’)".indexOf(last) >= 0) {
                return false;
            }
            return s.split("\\s+").length <= 16 || titleCase(s);
        }
    }

    /** A transcript has speaker turns that are not list items, and some speaker takes more than one turn. */
    private static boolean transcript(List<Block> blocks) {
        java.util.Map<String, Integer> turns = new java.util.HashMap<>();
        for (Block b : blocks) {
            if (b.speaker != null && !b.bullet) {
                turns.merge(b.speaker, 1, Integer::sum);
            }
        }
        return turns.size() >= 1 && turns.values().stream().anyMatch(c -> c >= 2)
                && turns.values().stream().mapToInt(Integer::intValue).sum() >= 3;
    }

    /**
     * Newswire text wrapped at a fixed width: many lines of similar, medium length that stop mid-sentence.
     * Only then may a line ending on a lower-case word run on into the next.
     */
    private static boolean hardWrapped(String text) {
        int lines = 0;
        int wrapped = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            lines++;
            char last = l.charAt(l.length() - 1);
            if (l.length() >= 40 && l.length() <= 90 && ".!?:\"”".indexOf(last) < 0) {
                wrapped++;
            }
        }
        return wrapped >= 2 && wrapped * 3 >= lines;
    }

    private static List<Block> blocks(String text, boolean hardWrapped) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int contentEnd = lineEnd;
            while (contentEnd > lineStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            String line = text.substring(lineStart, contentEnd);
            if (line.isBlank() || LONE_MARKER.matcher(line).matches()) {
                current = null;
            } else {
                Matcher bullet = BULLET.matcher(line);
                boolean isBullet = bullet.find();
                boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
                if (current != null && !isBullet && continues(text.substring(current.start, current.end), line,
                        indented, hardWrapped)) {
                    current.end = contentEnd;
                } else {
                    current = new Block();
                    current.start = lineStart + (isBullet ? bullet.end() : leading(line));
                    current.end = contentEnd;
                    current.bullet = isBullet;
                    Matcher speaker = SPEAKER.matcher(text.substring(current.start, contentEnd));
                    String said = text.substring(current.start, contentEnd);
                    if (speaker.find() && isName(speaker.group(1)) && spoken(said.substring(speaker.end()))) {
                        current.speaker = speaker.group(1);
                        current.speakerEnd = current.start + speaker.end();
                    }
                    blocks.add(current);
                }
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
    }

    /** What follows "Name:" reads as speech, not as a title or a label's value. */
    private static boolean spoken(String body) {
        return body.split("\\s+").length >= 6 && !titleCase(body);
    }

    /** Most words capitalised, as in titles: "Rates Set to Cut, and the Gold vs. BTC Divide". */
    public static boolean titleCase(String s) {
        int words = 0;
        int capitalised = 0;
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 6;
    }

    private static boolean isName(String prefix) {
        for (String word : prefix.split("\\s+")) {
            if (LABELS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line continues the previous one (hard-wrapped text): the previous line has not ended its
     * sentence and either the new line starts in lower case or the previous one stops on a lower-case word, as
     * title-case headings do not.
     */
    private static boolean continues(String previous, String line, boolean indented, boolean hardWrapped) {
        String prev = previous.strip();
        char last = prev.charAt(prev.length() - 1);
        if (".!?…:\"”".indexOf(last) >= 0 || indented && prev.length() < 40) {
            return false;
        }
        String next = line.strip();
        char first = next.charAt(0);
        if (first >= 'a' && first <= 'z' || first == ',') {
            return true;
        }
        if (!hardWrapped) {
            return false;
        }
        if (last == ',' || last == '-' || first == '(') {
            return true;
        }
        int space = prev.lastIndexOf(' ');
        String lastWord = prev.substring(space + 1);
        return !indented && prev.length() >= 40 && lastWord.charAt(0) >= 'a' && lastWord.charAt(0) <= 'z';
    }

    private static List<int[]> sentenceSpans(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && ".!?…".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                while (end < to && "\"”’')]".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                int next = end;
                while (next < to && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next > end && next < to && startsSentence(text.charAt(next)) && !(c == '.' && abbreviation(text,
                        i, from))) {
                    addSpan(spans, text, start, end);
                    start = next;
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        addSpan(spans, text, start, to);
        return spans;
    }

    private static boolean startsSentence(char c) {
        return !Character.isLowerCase(c) && c != ',' && c != ';' && c != ')' && c != '%';
    }

    /** The word before a full stop is a known abbreviation or a single initial ("J. Powell"). */
    private static boolean abbreviation(String text, int dot, int from) {
        int s = dot;
        while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void addSpan(List<int[]> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int k = start; k < end; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                spans.add(new int[] {start, end});
                return;
            }
        }
    }
}
