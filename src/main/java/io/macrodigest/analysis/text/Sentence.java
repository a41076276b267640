package io.macrodigest.analysis.text;

/**
 * One sentence of an article: its verbatim text, where it stands in the original text, and what kind of
 * line it came from. Tokens are computed on first use and then shared by every component.
 */
public final class Sentence {

    /** Headings and list bullets are kept apart from running text: summaries and insights treat them differently. */
    public enum Kind {
        BODY, BULLET, HEADING
    }

    private final String text;
    private final int start;
    private final int paragraph;
    private final Kind kind;
    private final String speaker;
    private Tokens tokens;

    public Sentence(String text, int start, int paragraph, Kind kind, String speaker) {
        this.text = text;
        this.start = start;
        this.paragraph = paragraph;
        this.kind = kind;
        this.speaker = speaker;
    }

    public String text() {
        return text;
    }

    /** Offset of the first character in the original text. */
    public int start() {
        return start;
    }

    public int end() {
        return start + text.length();
    }

    public int paragraph() {
        return paragraph;
    }

    public Kind kind() {
        return kind;
    }

    /** The speaker of a transcript turn ("Name: ..."), else null. */
    public String speaker() {
        return speaker;
    }

    public Tokens tokens() {
        if (tokens == null) {
            tokens = Tokens.of(text);
        }
        return tokens;
    }

    @Override
    public String toString() {
        return text;
    }
}
