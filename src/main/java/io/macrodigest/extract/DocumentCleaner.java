package io.macrodigest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/** Strips everything that can never be article text before any scoring happens. */
final class DocumentCleaner {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "select", "textarea", "input", "button", "link",
            "meta", "dialog", "map", "frameset", "rt", "rp");
    private static final Set<String> NEVER_TEXT_WITH_SCRIPTS_OFF = NEVER_TEXT.stream()
            .filter(tag -> !tag.equals("noscript")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "figcaption", "menu");
    private static final Set<String> PROTECTED_TAGS = Set.of("html", "body", "article", "main");
    /** An element holding most of the page's prose is the page, whatever its class says. */
    private static final double MAX_SHARE_REMOVED = 0.5;
    private static final double MAX_TEXT_SHARE_REMOVED = 0.8;
    /** Weak name signals ("widget", "date", "meta") only condemn boxes smaller than this. */
    private static final int WEAK_SIGNAL_MAX_TEXT = 800;
    /** Paragraphs at least this long are prose, whatever surrounds them. */
    private static final int PROSE_PARAGRAPH = 80;
    private static final double MAX_LEAD_LINK_SHARE = 0.2;
    private static final double PROSE_SHARE = 0.5;

    private DocumentCleaner() {
    }

    static void clean(Element body, Deadline deadline) {
        Set<Element> inputForms = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (e.normalName().equals("form") && asksForInput(e)) {
                inputForms.add(e);
            }
        }
        removeTags(body, NEVER_TEXT);
        deadline.check();
        Elements all = body.getAllElements();
        Map<Element, int[]> sizes = sizes(all, deadline);
        int[] page = sizes.getOrDefault(body, new int[2]);
        List<Element> furniture = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i & 1023) == 0) {
                deadline.check();
            }
            Element e = all.get(i);
            int[] size = sizes.getOrDefault(e, new int[2]);
            // Pages written in paragraphs are judged by their paragraphs, others by all their text.
            boolean holdsThePage = page[1] > 0
                    ? size[1] > MAX_SHARE_REMOVED * page[1]
                    : size[0] > MAX_TEXT_SHARE_REMOVED * page[0];
            if ((!holdsThePage || isSideColumn(e)) && (inputForms.contains(e) || isFurniture(e, size)) && !insideParagraph(e)) {
                furniture.add(e);
            }
        }
        for (Element e : furniture) {
            e.remove();
        }
    }

    /**
     * The last resort when {@link #clean} left nothing: only what can never be read goes. A noscript box is
     * kept, since pages that draw themselves with scripts put their only readable copy there.
     */
    static void stripNonText(Element body, Deadline deadline) {
        removeTags(body, NEVER_TEXT_WITH_SCRIPTS_OFF);
        deadline.check();
    }

    private static void removeTags(Element body, Set<String> tags) {
        for (Element e : body.getAllElements()) {
            if (tags.contains(e.normalName())) {
                e.remove();
            }
        }
    }

    private static boolean isFurniture(Element e, int[] size) {
        int textLength = size[0];
        String tag = e.normalName();
        if (PROTECTED_TAGS.contains(tag) || e.attr("itemprop").contains("articleBody")) {
            return false;
        }
        if (FURNITURE_TAGS.contains(tag) || BoilerplatePatterns.isHidden(e)
                || BoilerplatePatterns.hasBoilerplateRole(e)) {
            return true;
        }
        return switch (BoilerplatePatterns.nameSignal(e)) {
            case STRONG -> true;
            case WEAK -> textLength < WEAK_SIGNAL_MAX_TEXT && !isLead(e, textLength);
            case GENERIC -> textLength < WEAK_SIGNAL_MAX_TEXT && !isTextBox(e, size);
            case NONE -> false;
        };
    }

    /**
     * Page builders wrap every text box of an article in a "widget", as they do sidebar boxes. A widget written
     * mostly in long paragraphs is the article's when it is named a text box, or is the inner or outer wrapper
     * of one.
     */
    private static boolean isTextBox(Element e, int[] size) {
        if (size[1] < PROSE_SHARE * size[0]) {
            return false;
        }
        Element parent = e.parent();
        if (BoilerplatePatterns.namesTextBox(e) || parent != null && BoilerplatePatterns.namesTextBox(parent)) {
            return true;
        }
        for (Element child : e.children()) {
            if (BoilerplatePatterns.namesTextBox(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * News templates call the article's lead paragraph a "teaser", as they do the boxes that advertise other
     * articles. The lead is unlinked prose, and the page has one; promoted articles come in lists of links.
     */
    private static boolean isLead(Element e, int textLength) {
        if (textLength < PROSE_PARAGRAPH || !BoilerplatePatterns.namesTeaser(e)) {
            return false;
        }
        int linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            linked += a.text().length();
        }
        if (linked > MAX_LEAD_LINK_SHARE * textLength) {
            return false;
        }
        Element root = e.root();
        return root.getElementsByAttributeValue("class", e.attr("class")).size() == 1;
    }

    /**
     * Navigation, or an aside that its names also call furniture ("sidebar", "widget"): however much text it
     * holds, it is not the article. A bare aside is sometimes misused as the main column.
     */
    private static boolean isSideColumn(Element e) {
        String tag = e.normalName();
        return tag.equals("nav")
                || tag.equals("aside") && BoilerplatePatterns.nameSignal(e) != BoilerplatePatterns.Signal.NONE;
    }

    /** Comment, contact, search and login forms: what is left of them once their fields are gone is labels. */
    private static boolean asksForInput(Element form) {
        if (!form.getElementsByTag("textarea").isEmpty()) {
            return true;
        }
        for (Element input : form.getElementsByTag("input")) {
            String type = input.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (type.isEmpty() || type.equals("text") || type.equals("email") || type.equals("search")
                    || type.equals("password")) {
                return true;
            }
        }
        return false;
    }

    /** Inline labels inside a paragraph ("dateline", "author") belong to its sentence. */
    private static boolean insideParagraph(Element e) {
        Element parent = e.parent();
        while (parent != null && !parent.isBlock()) {
            parent = parent.parent();
        }
        return parent != null && parent.normalName().equals("p");
    }

    /**
     * For each element: non-blank characters below it, and how many of those sit in long paragraphs. Computed
     * bottom-up over the pre-order list, without recursion.
     */
    private static Map<Element, int[]> sizes(Elements all, Deadline deadline) {
        Map<Element, int[]> sizes = new IdentityHashMap<>(all.size() * 2);
        for (int i = all.size() - 1; i >= 0; i--) {
            if ((i & 1023) == 0) {
                deadline.check();
            }
            Element e = all.get(i);
            int[] size = sizes.computeIfAbsent(e, k -> new int[2]);
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode text) {
                    size[0] += nonBlank(text.getWholeText());
                }
            }
            if (e.normalName().equals("p") && size[0] >= PROSE_PARAGRAPH) {
                size[1] = size[0];
            }
            Element parent = e.parent();
            if (parent != null) {
                int[] up = sizes.computeIfAbsent(parent, k -> new int[2]);
                up[0] += size[0];
                up[1] += size[1];
            }
        }
        return sizes;
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
