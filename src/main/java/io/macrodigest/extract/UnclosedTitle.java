package io.macrodigest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page whose {@code <title>} never closes (a truncated or spliced crawl, a misspelt end tag): browsers and
 * HTML5 parsers read everything after it as the title's text, so the page has no body at all. Such a title is
 * closed where its first markup begins.
 */
final class UnclosedTitle {

    /** No headline is this long; a title past it that holds tags has swallowed the page. */
    private static final int MAX_TITLE = 300;
    private static final Pattern MARKUP = Pattern.compile(
            "(?i)<(/?(body|div|table|tr|td|p|a|span|img|br|ul|li|form|iframe|script|style|meta|link|h[1-6])[\\s>/]|!--)");
    private static final Pattern OPEN_TITLE = Pattern.compile("(?i)<title[\\s>]");

    private UnclosedTitle() {
    }

    /** @return the page with its title closed, or null when its title is a real one */
    static String repair(Document doc, String html) {
        Element title = doc.selectFirst("title");
        if (title == null) {
            return null;
        }
        String text = title.text();
        if (text.length() <= MAX_TITLE || !MARKUP.matcher(text).find()) {
            return null;
        }
        Matcher open = OPEN_TITLE.matcher(html);
        if (!open.find()) {
            return null;
        }
        int contentStart = html.indexOf('>', open.start());
        int firstTag = contentStart < 0 ? -1 : html.indexOf('<', contentStart + 1);
        if (firstTag < 0) {
            return null;
        }
        return html.substring(0, firstTag) + "</title>" + html.substring(firstTag);
    }
}
