package io.macrodigest.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Chooses the article's title: the visible headline when a declared title (og:title, JSON-LD headline,
 * twitter:title, {@code <title>}) confirms it, else the declared title without the site's name.
 */
final class TitleChooser {

    /** Separators between a title's parts; text written without spaces (Chinese, Japanese) sets them unspaced. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»•/]{1,2}\\s+|\\s*[|•»]\\s*"
            + "|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{InCJKSymbolsAndPunctuation}！？）])[-_](?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");
    /** Title separators and the colon after a section or a teaser question ("Previews: Headline"). */
    private static final Pattern PART_SEPARATOR = Pattern.compile(TITLE_SEPARATOR.pattern() + "|:\\s+");
    private static final int MAX_TITLE = 300;
    /** A heading box holding more text than this is a wrapper, not a headline with its kicker and date. */
    private static final int MAX_HEADING_TEXT = 2 * MAX_TITLE;
    /** A declared "title" longer than this is a stuffed field, not a title; the splitting rules never see it. */
    private static final int MAX_DECLARED = 1_000;
    /** The longest site, section or tagline part that a page title adds around its headline. */
    private static final int MAX_DECORATION_WORDS = 4;
    /** A headline set between such parts is a sentence, not one more name. */
    private static final int MIN_TRAILED_WORDS = 5;
    private static final Pattern LEADING_DATE = Pattern.compile(
            "(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\s*[-–—|:·•]\\s*");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3");
    /** Classes that style a box as the page's headline without marking it up as a heading. */
    static final Pattern STYLED_HEADLINE = Pattern.compile("(?i)(^|[-_\\s])headline($|[-_\\s])");
    private static final String SEPARATOR_CHARS = "|-–—:·»•/";
    /** A heading this short is a topic label rather than a headline. */
    private static final int MAX_LABEL_WORDS = 3;
    /** English and German endings that one word takes in a title and another form of it in the next. */
    private static final Pattern INFLECTION = Pattern.compile("(ungen|ung|ing|en|ed|es|er|s|e)$");
    private static final Set<String> ALL_HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern NOT_ARTICLE_TITLE = Pattern.compile("(?i)site|widget|section|block|logo|brand|footer");
    /**
     * Boxes around the site's name or logo, and the comment form; a heading in them is not the article's.
     * Matched against whole class names, so "blogtitle-xyz" or "without-branding" do not count.
     */
    private static final Pattern BRANDING_BOX = Pattern.compile(
            "(?i)(site|blog)[-_]?(title|name|logo|branding)|logo|.*[-_]logo|logo[-_].*|masthead|branding|"
                    + "comment-reply.*|respond");
    /** Headings of page regions, told by their own class: a widget's or the comment list's title. */
    private static final Pattern REGION_HEADING = Pattern.compile("(?i)widget-?title|widgettitle|comments-title");
    /** How many levels of wrappers above a heading may name it as branding. */
    private static final int BRANDING_DEPTH = 3;
    /**
     * Parts of a headline that are not the title: the kicker or roof line above it, a date, and text only
     * screen readers get (the hidden separator between kicker and title).
     */
    private static final Pattern NOT_HEADLINE_PART = Pattern.compile(
            "(?i)kicker|roofline|overline|supertitle|strapline|subtitle|sub-?headline|topline|dachzeile|spitzmarke|"
                    + "eyebrow|category|rubric|ressort|\\bdate\\b|visually-?hidden|sr-only|screen-reader|invisible");
    /** Templates that set the roof line as a heading of its own name it so; it is never the title. */
    private static final Pattern KICKER_HEADING = Pattern.compile(
            "(?i)kicker|roofline|overline|supertitle|strapline|topline|dachzeile|spitzmarke|eyebrow");
    /** Above this many parts a heading is split word by word for styling, not into kicker and title. */
    private static final int MAX_HEADLINE_PARTS = 4;
    /** Boxes a roof line is set in; emphasis (strong, em, a) is part of the headline's sentence. */
    private static final Set<String> KICKER_TAGS = Set.of("span", "div", "small", "p");
    private static final int MAX_KICKER = 60;
    /** The headline left after a kicker is cut must still be a title, not a stray word. */
    private static final int MIN_REST = 10;
    /** A heading this large a part of the declared title is the title without the site's decoration. */
    private static final double MIN_TITLE_SHARE = 0.4;
    /**
     * A heading that starts with a declared title this long and goes on is the full headline: templates cut the
     * declared one to fit search results. A date that follows is the dateline set inside the heading.
     */
    private static final int MIN_EXTENDED_CORE = 15;

    private TitleChooser() {
    }

    /**
     * @param shownAsHeading whether a heading on the page carries or confirms the title; when it does not, the
     *                       title is only what the page declares about itself
     */
    record Title(String text, boolean shownAsHeading) {
    }

    static Title choose(List<String> declaredTitles, Elements all, String siteName) {
        Title chosen = chooseAsWritten(declaredTitles, all, siteName);
        if (chosen.text() != null && chosen.shownAsHeading()) {
            chosen = new Title(styledHeadlineAbove(chosen.text(), all), true);
        }
        return chosen.text() == null ? chosen : new Title(withoutDateline(chosen.text()), chosen.shownAsHeading());
    }

    /**
     * Landing pages set a topic label of a few words as the h1 and the sentence readers take for the title in a
     * box styled as the headline above it (the hero or stage): that sentence names the label and goes on.
     */
    private static String styledHeadlineAbove(String title, Elements all) {
        String n = normalise(title);
        if (n.isEmpty() || words(title) > MAX_LABEL_WORDS) {
            return title;
        }
        for (Element e : all) {
            if (HEADINGS.contains(e.normalName()) && title.equals(headlineText(e))) {
                return title;
            }
            if (!STYLED_HEADLINE.matcher(e.className()).find() || ALL_HEADINGS.contains(e.normalName())
                    || BoilerplatePatterns.isHidden(e)) {
                continue;
            }
            // Read no further than a title's length: nested boxes around a huge page would be read over and over.
            String text = BoundedText.of(e, MAX_TITLE);
            // A box of links is a teaser pointing elsewhere or the breadcrumb trail.
            if (text != null && e.selectFirst("a[href]") == null && words(text) > words(title)
                    && containsWords(text, title)) {
                return text;
            }
        }
        return title;
    }

    /** "23.01.2022 - Headline": a date set before the headline is its dateline, not part of it. */
    static String withoutDateline(String title) {
        Matcher m = LEADING_DATE.matcher(title);
        return m.lookingAt() && m.end() < title.length() ? title.substring(m.end()) : title;
    }

    private static Title chooseAsWritten(List<String> declaredTitles, Elements all, String siteName) {
        List<String> declared = new ArrayList<>();
        for (String t : declaredTitles) {
            String c = Whitespace.collapse(t);
            if (c != null && c.length() <= MAX_DECLARED) {
                declared.add(c);
            }
        }
        List<String> references = declared.stream().map(TitleChooser::normalise).toList();
        // A heading that is only the site-name part of a declared title must not pass for the headline.
        List<String> cores = declared.stream().map(t -> normalise(stripSiteName(t, siteName))).toList();
        List<Element> headings = all.stream().filter(e -> (HEADINGS.contains(e.normalName())
                || e.attr("itemprop").equals("headline")) && BoundedText.of(e, MAX_HEADING_TEXT) != null
                && !isBranding(e)
                && !KICKER_HEADING.matcher(e.className()).find()).toList();
        // The visible headline is what readers call the title; the declared ones confirm which heading it is,
        // and a heading that repeats one exactly beats one that is merely part of one. Only a main or second
        // headline going on past a shortened declared title outranks a teaser that repeats it exactly; of two
        // such, the one that goes on past the other is the whole headline.
        List<Headline> headlines = headlinesByLevel(headings);
        String fullest = null;
        for (String text : texts(headlines, "h1", "h2")) {
            if (extendsDeclared(withoutSiteName(text, siteName), cores)
                    && (fullest == null || normalise(text).startsWith(normalise(fullest) + " "))) {
                fullest = text;
            }
        }
        if (fullest != null) {
            return new Title(fullest, true);
        }
        List<String> candidates = texts(headlines, "h1", "h2", "h3");
        String confirmed = mostConfirmed(candidates, references, cores);
        if (confirmed != null) {
            return new Title(withoutSiteName(confirmed, siteName), true);
        }
        // Third-level headings are section and teaser titles, which page titles quote as taglines; a second-level
        // one quoted so yields to the page's only h1 when that h1 resembles a declared title as well.
        String siteKey = siteName == null ? "" : normalise(siteName);
        List<String> h1Texts = texts(headlines, "h1").stream().distinct().toList();
        String soleH1 = h1Texts.size() == 1 ? h1Texts.get(0) : null;
        for (String text : texts(headlines, "h1", "h2")) {
            String n = normalise(text);
            if (text.contains(" ") && !n.equals(siteKey) && isSegmentOfAny(n, declared)) {
                boolean h1Resembles = soleH1 != null && !soleH1.equals(text)
                        && declared.stream().anyMatch(t -> similar(soleH1, t));
                return new Title(h1Resembles ? soleH1 : text, true);
            }
        }
        for (String text : candidates) {
            String n = normalise(text);
            for (String core : cores) {
                if (!core.isEmpty() && n.length() >= MIN_TITLE_SHARE * core.length() && core.contains(n)
                        && n.contains(" ")) {
                    return new Title(withoutSiteName(text, siteName), true);
                }
            }
            String declaredInside = declaredInside(n, declared, references);
            if (declaredInside != null) {
                return new Title(withoutSiteName(declaredInside, siteName), true);
            }
        }
        String metaTitle = declared.isEmpty() ? null : stripSiteName(declared.get(0), siteName);
        String shared = sharedPart(declared, siteName);
        if (shared != null) {
            metaTitle = shared;
        }
        // og:title is sometimes a sharing slogan ("Join us!"), so every declared title may vouch for a heading.
        List<String> strippedTitles = declared.stream().map(t -> stripSiteName(t, siteName)).toList();
        for (String text : candidates) {
            if (strippedTitles.stream().anyMatch(t -> similar(text, t))) {
                return new Title(text, true);
            }
        }
        // Schema.org markup names the headline outright, whatever its level.
        List<Element> marked = headings.stream().filter(e -> e.attr("itemprop").equals("headline")).toList();
        if (marked.size() == 1) {
            String text = headlineText(marked.get(0));
            if (text != null && text.length() <= MAX_TITLE) {
                return new Title(text, true);
            }
        }
        List<Element> h1s = printedOnce(headings.stream().filter(e -> e.normalName().equals("h1")).toList());
        if (h1s.size() == 1) {
            String text = headlineText(h1s.get(0));
            if (text != null && text.length() <= MAX_TITLE && !text.equalsIgnoreCase(siteName)) {
                return new Title(text, true);
            }
        }
        if (h1s.isEmpty()) {
            for (Element heading : headings) {
                String classes = heading.className().toLowerCase(Locale.ROOT);
                if (!classes.contains("title") && !classes.contains("headline")) {
                    continue;
                }
                String text = headlineText(heading);
                if (text != null && text.length() <= MAX_TITLE && !NOT_ARTICLE_TITLE.matcher(classes).find()) {
                    return new Title(text, true);
                }
            }
            // Without an h1 or a declared title, blog templates head the post's <article> with an h2.
            for (Element heading : metaTitle == null ? headings : List.<Element>of()) {
                String text = heading.normalName().equals("h2") && heading.closest("article") != null
                        ? headlineText(heading) : null;
                if (text != null && text.length() <= MAX_TITLE) {
                    return new Title(text, true);
                }
            }
        }
        return new Title(metaTitle, false);
    }

    /**
     * The heading that repeats the most declared titles exactly: when the SEO title and the sharing title name
     * different headings, the one more declarations agree on is the article's.
     */
    private static String mostConfirmed(List<String> candidates, List<String> references, List<String> cores) {
        String best = null;
        int bestVotes = 0;
        for (String text : candidates) {
            int votes = confirmations(normalise(text), references, cores);
            if (votes > bestVotes) {
                best = text;
                bestVotes = votes;
            }
        }
        return best;
    }

    /**
     * "Section: Headline" as the page title and "Teaser question: Headline" as the sharing title: when the
     * declared titles disagree, the part of several words they all carry is the headline.
     */
    private static String sharedPart(List<String> declared, String siteName) {
        List<String> distinct = declared.stream().map(TitleChooser::normalise).distinct().toList();
        if (distinct.size() < 2) {
            return null;
        }
        String site = siteName == null ? "" : normalise(siteName);
        List<Set<String>> partsOfEach = declared.stream().map(d -> normalisedParts(d, PART_SEPARATOR)).toList();
        for (String part : PART_SEPARATOR.split(declared.get(0))) {
            String n = normalise(part);
            if (words(part) >= 2 && !n.equals(site) && !distinct.contains(n)
                    && partsOfEach.stream().allMatch(parts -> parts.contains(n))) {
                return part.strip();
            }
        }
        return null;
    }

    private static Set<String> normalisedParts(String title, Pattern separator) {
        Set<String> parts = new HashSet<>();
        for (String part : separator.split(title)) {
            parts.add(normalise(part));
        }
        return parts;
    }

    private static int confirmations(String heading, List<String> references, List<String> cores) {
        int votes = 0;
        for (int i = 0; i < references.size(); i++) {
            if (references.get(i).equals(heading) || cores.get(i).equals(heading)) {
                votes++;
            }
        }
        return votes;
    }

    /**
     * The headings whose text the page prints only once: one it repeats is a template's box (a newsletter
     * teaser set inline and again as a fly-in), not the article's headline.
     */
    private static List<Element> printedOnce(List<Element> headings) {
        Map<String, Integer> counts = new HashMap<>();
        headings.forEach(h -> counts.merge(h.text(), 1, Integer::sum));
        return headings.stream().filter(h -> counts.get(h.text()) == 1).toList();
    }

    /** A heading's headline text and the level it counts at. */
    private record Headline(String level, String text) {
    }

    /**
     * Headline texts of the h1s (and marked-up headlines), then the h2s, then the h3s, each in page order: read
     * once per page, since every rule below asks for some of these levels.
     */
    private static List<Headline> headlinesByLevel(List<Element> headings) {
        List<Headline> headlines = new ArrayList<>();
        for (String level : List.of("h1", "h2", "h3")) {
            for (Element heading : headings) {
                boolean atLevel = heading.normalName().equals(level)
                        || level.equals("h1") && heading.attr("itemprop").equals("headline");
                String text = atLevel ? headlineText(heading) : null;
                if (text != null && text.length() <= MAX_TITLE) {
                    headlines.add(new Headline(level, text));
                }
            }
        }
        return headlines;
    }

    private static List<String> texts(List<Headline> headlines, String... levels) {
        List<String> wanted = List.of(levels);
        return headlines.stream().filter(h -> wanted.contains(h.level())).map(Headline::text).toList();
    }

    /**
     * The heading's text without its kicker, date or screen-reader-only parts; null for a box holding more text
     * than a headline with its kicker and date, which is read only that far: wrappers nested around a huge page
     * would otherwise each be read whole.
     */
    static String headlineText(Element heading) {
        if (BoundedText.of(heading, MAX_HEADING_TEXT) == null) {
            return null;
        }
        Element box = heading;
        while (box.childrenSize() == 1 && !hasOwnText(box)) {
            box = box.child(0);
        }
        if (box.childrenSize() == 0) {
            return Whitespace.collapse(box.text());
        }
        List<String> parts = new ArrayList<>();
        for (Node child : box.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                parts.add(t.text());
            } else if (child instanceof Element e && !e.normalName().equals("time")
                    && !NOT_HEADLINE_PART.matcher(e.className()).find() && !BoilerplatePatterns.isHidden(e)
                    && !e.text().isBlank()) {
                parts.add(e.text());
            }
        }
        if (parts.size() > 1 && parts.size() <= MAX_HEADLINE_PARTS && isKicker(box)
                && String.join(" ", parts.subList(1, parts.size())).strip().length() >= MIN_REST) {
            parts.remove(0);
        }
        String stripped = Whitespace.collapse(String.join(" ", parts));
        return stripped != null ? stripped : Whitespace.collapse(box.text());
    }

    /**
     * Whether the heading opens with a box of its own (a span or div, not emphasis inside a sentence) that
     * precedes the headline proper: the roof line news sites set above the title.
     */
    private static boolean isKicker(Element box) {
        for (Node child : box.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (child instanceof Element e && !e.text().isBlank() && !BoilerplatePatterns.isHidden(e)) {
                // One styled word is more often the start of the sentence than a roof line.
                String kicker = e.text().strip();
                return KICKER_TAGS.contains(e.normalName()) && kicker.length() <= MAX_KICKER && kicker.contains(" ");
            }
        }
        return false;
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The site's name or logo set as a heading, or a heading of the sidebar or the comment form. */
    private static boolean isBranding(Element heading) {
        if (REGION_HEADING.matcher(heading.className()).find()) {
            return true;
        }
        Element e = heading;
        for (int depth = 0; e != null && depth <= BRANDING_DEPTH && !e.normalName().equals("body"); depth++) {
            if (BRANDING_BOX.matcher(e.id()).matches()
                    || e.classNames().stream().anyMatch(c -> BRANDING_BOX.matcher(c).matches())) {
                return true;
            }
            e = e.parent();
        }
        Element link = heading.selectFirst("a[href]");
        return link != null && link.text().length() == heading.text().length() && linksHome(link);
    }

    private static boolean linksHome(Element link) {
        String href = link.absUrl("href").strip();
        if (href.isEmpty() || link.attr("href").startsWith("#")) {
            return false;
        }
        try {
            URI uri = new URI(href);
            String path = uri.getPath();
            return uri.getQuery() == null && (path == null || path.isEmpty() || path.equals("/")
                    || path.matches("/index\\.\\w+"));
        } catch (Exception malformed) {
            return false;
        }
    }

    private static boolean extendsDeclared(String heading, List<String> cores) {
        String n = normalise(heading);
        for (String core : cores) {
            if (core.length() >= MIN_EXTENDED_CORE && n.length() > core.length() && n.startsWith(core + " ")
                    && Dates.parseWritten(heading) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the heading is one whole part of a declared title ("Site // Heading", "Heading - Tagline | Site"):
     * pages name themselves in several parts, and the part that is also a heading is the article's.
     */
    private static boolean isSegmentOfAny(String heading, List<String> declared) {
        return declared.stream()
                .anyMatch(t -> TITLE_SEPARATOR.split(t).length > 1
                        && normalisedParts(t, TITLE_SEPARATOR).contains(heading));
    }

    /** A declared title that a longer heading wraps with a kicker or a subtitle. */
    private static String declaredInside(String heading, List<String> declared, List<String> normalised) {
        for (int i = 0; i < normalised.size(); i++) {
            String n = normalised.get(i);
            if (n.length() >= 10 && heading.length() > n.length() && heading.contains(n)) {
                return declared.get(i);
            }
        }
        return null;
    }

    /** Drops a "| Site" suffix or "Site: " prefix only when it is exactly the site's declared name. */
    private static String withoutSiteName(String title, String siteName) {
        if (siteName == null) {
            return title;
        }
        String site = normalise(siteName);
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2 || site.isEmpty()) {
            return title;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (normalise(last).equals(site)) {
            return withoutTrailingSeparators(title.substring(0, title.lastIndexOf(last.strip())));
        }
        if (normalise(first).equals(site)) {
            return title.substring(title.indexOf(first) + first.length()).replaceAll("^[\\s|\\-–—:·»•/]+", "");
        }
        return title;
    }

    /** Walks back over separators and spaces; a regular expression anchored at the end would backtrack. */
    private static String withoutTrailingSeparators(String s) {
        int end = s.length();
        while (end > 0
                && (Character.isWhitespace(s.charAt(end - 1)) || SEPARATOR_CHARS.indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * Drops the "| Site" or "Site - " part that pages add to their titles. The parts that are exactly the site's
     * name go first, so that they cannot pass for decoration around the headline's own first half.
     */
    static String stripSiteName(String title, String siteName) {
        String rest = title;
        for (String shorter = withoutSiteName(rest, siteName); !shorter.equals(rest) && !shorter.isBlank();
                shorter = withoutSiteName(rest, siteName)) {
            rest = shorter;
        }
        return withoutDecoration(rest, siteName);
    }

    private static String withoutDecoration(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String best = null;
        for (String part : parts) {
            String p = part.strip();
            if (siteName != null && (p.equalsIgnoreCase(siteName) || normalise(siteName).contains(normalise(p)))) {
                continue;
            }
            if (best == null || p.length() > best.length()) {
                best = p;
            }
        }
        if (best == null) {
            return title;
        }
        // Keep the title whole when the separator was part of it ("Brexit: what next") rather than a suffix.
        int at = title.indexOf(best);
        String tail = title.substring(at + best.length()).strip();
        String head = title.substring(0, at).strip();
        boolean suffixOnly = head.isEmpty() && (siteName == null || normalise(tail).contains(normalise(siteName))
                || tail.length() < best.length() / 2 + 1 && words(tail) <= MAX_DECORATION_WORDS);
        boolean prefixOnly = tail.isEmpty() && head.split("\\s+").length <= MAX_DECORATION_WORDS;
        return suffixOnly || prefixOnly || isTrail(parts, best) ? best : title;
    }

    /**
     * "Site » Section » Headline" and "Site - Headline - Section - Category": the headline beside a trail of
     * several short names. One short part on each side is more often a title, its subtitle and the site.
     */
    private static boolean isTrail(String[] parts, String headline) {
        if (words(headline) < MIN_TRAILED_WORDS) {
            return false;
        }
        int before = 0;
        int after = 0;
        boolean seen = false;
        for (String part : parts) {
            String p = part.strip();
            if (p.equals(headline)) {
                seen = true;
            } else if (words(p) > MAX_DECORATION_WORDS) {
                return false;
            } else if (seen) {
                after++;
            } else {
                before++;
            }
        }
        return before >= 2 || after >= 2;
    }

    private static int words(String s) {
        String n = normalise(s);
        return n.isEmpty() ? 0 : n.split(" ").length;
    }

    private static boolean similar(String candidate, String reference) {
        if (reference == null) {
            return false;
        }
        String a = normalise(candidate);
        String b = normalise(reference);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        // One word of the title is a section name or a menu entry, not a headline.
        if (a.equals(b) || a.length() >= 10 && a.contains(" ") && b.contains(a) || b.length() >= 10 && a.contains(b)) {
            return true;
        }
        Set<String> ta = stems(a);
        Set<String> tb = stems(b);
        int union = ta.size();
        int common = 0;
        for (String t : tb) {
            if (ta.contains(t)) {
                common++;
            } else {
                union++;
            }
        }
        return common >= 2 && common >= 0.5 * union;
    }

    private static Set<String> stems(String normalised) {
        Set<String> stems = new HashSet<>();
        for (String word : normalised.split(" ")) {
            stems.add(stem(word));
        }
        return stems;
    }

    /** A word without its inflection ("Leasing", "leasen"; "Finanzierung", "finanzieren"). */
    private static String stem(String word) {
        if (word.length() < 5) {
            return word;
        }
        Matcher m = INFLECTION.matcher(word);
        return m.find() && m.start() >= 4 ? word.substring(0, m.start()) : word;
    }

    /** Whether the text carries the words as whole words, both compared in their normalised form. */
    static boolean containsWords(String text, String words) {
        return (" " + normalise(text) + " ").contains(" " + normalise(words) + " ");
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
