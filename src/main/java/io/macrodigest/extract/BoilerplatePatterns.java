package io.macrodigest.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Recognises page furniture (navigation, sharing, comments, advertising, related links, cookie banners…) from
 * the vocabulary templates use in their markup, independent of any particular site.
 */
final class BoilerplatePatterns {

    /** Whole words inside class and id names that mark an element as not being article prose. */
    private static final Set<String> WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "menus", "submenu", "megamenu", "breadcrumb", "breadcrumbs",
            "crumbs", "sidebar", "widget", "widgets", "footer", "masthead", "comment", "comments", "commentlist",
            "disqus", "respond", "replies", "share", "shares", "sharing", "sharebar", "sharedaddy", "sharethis",
            "addthis", "addtoany", "social", "socials", "follow", "newsletter", "newsletters", "subscribe",
            "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "related", "relatedposts",
            "recommended", "recommendations", "outbrain", "taboola", "popup", "modal", "ad", "ads", "adv", "advert",
            "adverts", "advertisement", "advertising", "adsense", "adslot", "adunit", "dfp", "sponsor",
            "sponsored", "promo", "promotion", "promoted", "pagination", "pager", "toolbar", "tools", "rating",
            "ratings", "tags", "tagcloud", "tagged", "byline", "author", "authors", "avatar", "postmeta",
            "entrymeta", "meta", "caption", "credit", "credits", "copyright", "disclaimer", "skip", "login",
            "search", "teaser", "teasers", "trending", "popular", "mostread", "banner", "carousel", "slider",
            "btn", "button", "buttons", "toc", "feedback", "print", "dateline", "date", "timestamp", "categories",
            "newsticker", "ticker", "syndication", "rss", "overlay", "lightbox", "badge", "jumplink", "keywords",
            "readmore", "readalso", "seealso", "morearticles", "moreposts", "backlinks", "pingbacks",
            "trackbacks", "cta", "partner", "partners", "affiliate", "shopping", "subnav", "offcanvas");

    /** Complete class names that mean "not shown to sighted readers". */
    private static final Set<String> HIDDEN_CLASSES = Set.of(
            "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
            "screenreader", "d-none", "invisible", "element-invisible", "offscreen");

    private static final Set<String> ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
            "alertdialog", "toolbar", "tablist", "alert");

    /** Prefixes that describe a page state rather than what an element holds ("has-sidebar"). */
    private static final Pattern STATE_PREFIX = Pattern.compile("^(has|with|no|is|show|enable|enabled|without)-.*");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
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

    static boolean hasBoilerplateName(Element e) {
        for (String name : e.classNames()) {
            if (nameMatches(name)) {
                return true;
            }
        }
        String id = e.id();
        return !id.isEmpty() && nameMatches(id);
    }

    private static boolean nameMatches(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (STATE_PREFIX.matcher(lower).matches()) {
            return false;
        }
        if (WORDS.contains(lower)) {
            return true;
        }
        for (String word : WORD_SPLIT.split(name)) {
            if (!word.isEmpty() && WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
