package io.macrodigest.extract;

import java.util.List;

import org.jsoup.Jsoup;

/** Turns the kept blocks into the text callers store: one paragraph per block, separated by a blank line. */
final class TextRenderer {

    /** Structured data is preferred only when it clearly holds more of the story than the markup gave. */
    private static final double STRUCTURED_DATA_ADVANTAGE = 1.5;
    private static final int MIN_STRUCTURED_BODY = 500;

    private TextRenderer() {
    }

    static String render(List<TextBlock> blocks, String jsonLdBody) {
        StringBuilder out = new StringBuilder();
        for (TextBlock block : blocks) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(block.text());
        }
        if (jsonLdBody != null && jsonLdBody.length() >= MIN_STRUCTURED_BODY
                && jsonLdBody.length() > STRUCTURED_DATA_ADVANTAGE * out.length()) {
            return paragraphs(jsonLdBody);
        }
        return out.toString();
    }

    private static String paragraphs(String structured) {
        String plain = structured.indexOf('<') >= 0 ? Jsoup.parse(structured).wholeText() : structured;
        StringBuilder out = new StringBuilder();
        for (String line : plain.split("\\s*\\n\\s*")) {
            String collapsed = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!collapsed.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(collapsed);
            }
        }
        return out.toString();
    }
}
