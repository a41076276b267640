package io.macrodigest.extract;

import org.jsoup.nodes.Element;

/**
 * One visually separate run of text (a paragraph, heading, list item, cell…) and the element that holds it.
 *
 * @param weight    text length in which ideographic characters count more, since one stands for a word
 * @param linkShare part of the text that sits inside links, 0..1
 */
record TextBlock(String text, Element container, Kind kind, int weight, double linkShare) {

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, CELL, QUOTE, PREFORMATTED, OTHER }

    boolean endsLikeSentence() {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?…:;\"'”»。！？」".indexOf(last) >= 0;
    }
}
