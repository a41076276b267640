package io.macrodigest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/** Strips everything that can never be article text before any scoring happens. */
final class DocumentCleaner {

    private static final String NEVER_TEXT = "script, style, noscript, template, svg, math, iframe, object, embed,"
            + " canvas, video, audio, select, textarea, input, button, link, meta, dialog, map, frameset";
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "figcaption", "menu");
    private static final Set<String> PROTECTED_TAGS = Set.of("html", "body", "article", "main");
    /** An element holding most of the page's text is the page, whatever its class says. */
    private static final double MAX_SHARE_REMOVED = 0.5;

    private DocumentCleaner() {
    }

    static void clean(Element body, Deadline deadline) {
        body.select(NEVER_TEXT).remove();
        deadline.check();
        Elements all = body.getAllElements();
        Map<Element, Integer> textLength = textLengths(all, deadline);
        int bodyLength = Math.max(1, textLength.getOrDefault(body, 0));
        List<Element> furniture = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i & 1023) == 0) {
                deadline.check();
            }
            Element e = all.get(i);
            if (isFurniture(e) && textLength.getOrDefault(e, 0) <= MAX_SHARE_REMOVED * bodyLength
                    && !insideParagraph(e)) {
                furniture.add(e);
            }
        }
        for (Element e : furniture) {
            e.remove();
        }
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (PROTECTED_TAGS.contains(tag) || e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
            return false;
        }
        return FURNITURE_TAGS.contains(tag)
                || BoilerplatePatterns.isHidden(e)
                || BoilerplatePatterns.hasBoilerplateRole(e)
                || BoilerplatePatterns.hasBoilerplateName(e);
    }

    /** Inline labels inside a paragraph ("dateline", "author") belong to its sentence. */
    private static boolean insideParagraph(Element e) {
        Element parent = e.parent();
        while (parent != null && !parent.isBlock()) {
            parent = parent.parent();
        }
        return parent != null && parent.normalName().equals("p");
    }

    /** Non-blank characters below each element, computed bottom-up without recursion. */
    static Map<Element, Integer> textLengths(Elements all, Deadline deadline) {
        Map<Element, Integer> lengths = new IdentityHashMap<>(all.size() * 2);
        for (int i = all.size() - 1; i >= 0; i--) {
            if ((i & 1023) == 0) {
                deadline.check();
            }
            Element e = all.get(i);
            int own = 0;
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode text) {
                    own += nonBlank(text.getWholeText());
                }
            }
            int total = own + lengths.getOrDefault(e, 0);
            lengths.put(e, total);
            Element parent = e.parent();
            if (parent != null) {
                lengths.merge(parent, total, Integer::sum);
            }
        }
        return lengths;
    }

    private static int nonBlank(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
