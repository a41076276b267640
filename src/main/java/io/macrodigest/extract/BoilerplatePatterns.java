package io.macrodigest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Recognises page furniture (navigation, sharing, comments, advertising, related links, cookie banners…) from
 * the vocabulary templates use in their markup, independent of any particular site.
 */
final class BoilerplatePatterns {

    /** Ordered by strength: GENERIC names any box of a page builder, WEAK small furniture, STRONG only furniture. */
    enum Signal { NONE, GENERIC, WEAK, STRONG }

    /** Words inside class and id names that only ever name furniture. */
    private static final Set<String> STRONG_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "menus", "submenu", "megamenu", "subnav", "offcanvas",
            "breadcrumb", "breadcrumbs", "crumbs", "sidebar", "footer", "masthead", "comment", "comments",
            "commentlist", "disqus", "respond", "replies", "share", "shares", "sharing", "sharebar", "sharedaddy",
            "sharethis", "addthis", "addtoany", "social", "socials", "newsletter", "newsletters", "subscribe",
            "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "related", "relatedposts",
            "recommended", "recommendations", "outbrain", "taboola", "popup", "modal", "ad", "ads", "adv",
            "advert", "adverts", "advertisement", "advertising", "adsense", "adslot", "adunit", "dfp", "sponsor",
            "sponsored", "promo", "promotion", "promoted", "pagination", "pager", "login", "search", "pingbacks",
            "trackbacks", "backlinks");

    /** Stems that templates glue to other words ("navbox", "sharebuttons", "commentlist"). */
    private static final List<String> STRONG_PREFIXES = List.of("nav", "menu", "footer", "sidebar", "comment",
            "share", "social", "cookie", "related", "newsletter", "breadcrumb", "advert", "sponsor", "promo",
            "popup", "subscribe", "adsbygoogle");

    /**
     * Words that name furniture on small boxes but that templates and page builders also put on the boxes
     * wrapping whole articles ("date-outer", "builder-widget-wrap"); they only count on elements with little
     * text.
     */
    private static final Set<String> WEAK_WORDS = Set.of(
            "follow", "toolbar", "tools", "rating", "ratings", "tags", "tagcloud", "tagged",
            "byline", "author", "authors", "avatar", "postmeta", "entrymeta", "meta", "caption", "legend",
            "imagecaption", "imagedescription", "bildunterschrift", "bilduntertitel", "bildtext", "credit",
            "credits", "copyright", "disclaimer", "skip", "teaser", "teasers", "trending", "popular", "mostread",
            "banner", "carousel", "slider", "btn", "button", "buttons", "toc", "feedback", "dateline", "date",
            "timestamp", "categories", "newsticker", "ticker", "syndication", "rss", "overlay", "lightbox",
            "badge", "jumplink", "keywords", "readmore", "readalso", "seealso", "morearticles", "moreposts", "cta",
            "partner", "partners", "affiliate", "shopping", "bio", "sources", "source", "licence", "license",
            "metadata", "postmetadata", "citation", "explore", "donate", "donation", "support", "steady");

    /**
     * Words page builders put on every box they lay out, the article's text boxes included ("widget",
     * "elementor-widget-text-editor"), as well as on sidebar boxes.
     */
    private static final Set<String> GENERIC_WORDS = Set.of("widget", "widgets");

    /** Complete class names that mean "not shown to sighted readers". */
    private static final Set<String> HIDDEN_CLASSES = Set.of(
            "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
            "screenreader", "d-none", "invisible", "element-invisible", "offscreen", "aural");

    private static final Set<String> ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
            "alertdialog", "toolbar", "tablist", "alert");

    /** Names that describe a page state rather than what an element holds ("has-sidebar", "modal-enabled"). */
    private static final List<String> STATE_PREFIXES = List.of("has-", "with-", "no-", "is-", "show-", "enable-",
            "enabled-", "without-", "hide-", "hidden-");
    private static final List<String> STATE_SUFFIXES = List.of("-enabled", "-disabled", "-active", "-inactive",
            "-open", "-opened", "-closed", "-visible", "-on", "-off", "-mode", "-ready", "-loaded");
    private static final Pattern TEASER = Pattern.compile("(?i)teaser");
    private static final Pattern TEXT_BOX = Pattern.compile("(?i)(^|[-_ ])(rich[-_]?)?(text|editor|wysiwyg)([-_ ]|$)");
    private static final int MAX_REMEMBERED = 50_000;
    private static final Map<String, Signal> VERDICTS = new ConcurrentHashMap<>();
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private BoilerplatePatterns() {
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        for (String name : e.classNames()) {
            if (HIDDEN_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBoilerplateRole(Element e) {
        String role = e.attr("role");
        return !role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT));
    }

    /** How strongly the element's class and id names say it is furniture. */
    static Signal nameSignal(Element e) {
        Signal strongest = Signal.NONE;
        for (String name : e.classNames()) {
            strongest = max(strongest, signalOf(name));
            if (strongest == Signal.STRONG) {
                return strongest;
            }
        }
        String id = e.id();
        return id.isEmpty() ? strongest : max(strongest, signalOf(id));
    }

    /** Whether a class or id name calls the element a box of text ("widget-text-editor", "rich-text"). */
    static boolean namesTextBox(Element e) {
        return TEXT_BOX.matcher(e.className()).find() || TEXT_BOX.matcher(e.id()).find();
    }

    /** Whether a class or id name calls the element a teaser, the word templates use for leads and promos. */
    static boolean namesTeaser(Element e) {
        return TEASER.matcher(e.className()).find() || TEASER.matcher(e.id()).find();
    }

    private static Signal max(Signal a, Signal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Class names repeat across elements and pages, and this runs for every one of them, so verdicts are
     * remembered. The cache is emptied when full, which keeps memory bounded whatever names pages invent.
     */
    private static Signal signalOf(String name) {
        Signal cached = VERDICTS.get(name);
        if (cached != null) {
            return cached;
        }
        Signal signal = computeSignal(name);
        if (VERDICTS.size() >= MAX_REMEMBERED) {
            VERDICTS.clear();
        }
        VERDICTS.put(name, signal);
        return signal;
    }

    /** Splits the name into words at punctuation and camelCase humps. */
    private static Signal computeSignal(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (isStateName(lower)) {
            return Signal.NONE;
        }
        Signal signal = wordSignal(lower);
        int start = -1;
        for (int i = 0; i <= name.length() && signal != Signal.STRONG; i++) {
            char c = i < name.length() ? name.charAt(i) : '-';
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            boolean hump = alnum && i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (start >= 0 && (!alnum || hump)) {
                signal = max(signal, wordSignal(lower.substring(start, i)));
                start = -1;
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        return signal;
    }

    private static boolean isStateName(String lower) {
        for (String prefix : STATE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        for (String suffix : STATE_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static Signal wordSignal(String word) {
        if (STRONG_WORDS.contains(word)) {
            return Signal.STRONG;
        }
        for (String prefix : STRONG_PREFIXES) {
            if (word.startsWith(prefix)) {
                return Signal.STRONG;
            }
        }
        if (WEAK_WORDS.contains(word)) {
            return Signal.WEAK;
        }
        return GENERIC_WORDS.contains(word) ? Signal.GENERIC : Signal.NONE;
    }
}
