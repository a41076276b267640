package io.macrodigest.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/** Reads title, author, date, language, site name and canonical address from the untouched document. */
final class MetadataExtractor {

    /**
     * Words that introduce a name in a byline or on an author link. A prefix glued to the name ("VonAnna") only
     * counts before a capitalised word; case-insensitive matching would otherwise read "Dieter" as "Di" + "eter".
     */
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "(?iu)^((written|posted|published|eingestellt|veröffentlicht|geschrieben|verfasst|erstellt|publié|"
                    + "publicado|pubblicato) (by|von|par|por|da)|(view |see |zeige )?(all|alle|alles|more) "
                    + "(posts |articles |beiträge |artikel )?(by|von)|by|von|vom|par|por|di|door|av|af|autor(in)?|"
                    + "author|text|texto)(?:[:\\s]+|(?-i:(?=\\p{Lu}\\p{Ll})))");
    /** Link labels that templates append to the author's name. */
    private static final Pattern BYLINE_SUFFIX = Pattern.compile(
            "(?iu)\\s+(alle (artikel|beiträge)|all (posts|articles)|mehr|more)$|,\\s*(ph\\.?d|m\\.?d|dr)\\.?$");
    /**
     * Links, handles, numbers, form labels ("Name *", "Name (required)"), placeholders ("admin", "No Author", a
     * dash) and leftovers of "says:" or "Posted on" templates.
     */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)https?:|www\\.|@|\\d{2,}|[*:|()]|\\b(says|sagt|posted|published|veröffentlicht|publiziert|"
                    + "eingestellt|name|am|on|le|el|il|de)$|^(by|von|par|por|posted|published|name|autor(en)?|auteurs?|"
                    + "authors?|no author|follow|folgen|admin|administrator)$|^\\P{L}*$|^\\d");
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "article:published", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
            "publication_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.created",
            "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
            "date.published", "release_date", "created");
    /** Publication-date fields of script state. */
    private static final Pattern SCRIPT_PUBLISHED = scriptField("datePublished|publishedDate|publishDate|"
            + "published_at|publishedAt|publish_date|firstPublished|first_published_at");
    /** Creation fields also date users and comments, so they count only when no publication field does. */
    private static final Pattern SCRIPT_CREATED = scriptField("createdAt|created_at|dateCreated");
    /** Script state is read up to here; the fields a template needs first come early. */
    private static final int MAX_SCRIPT_SCAN = 1_000_000;
    private static final List<String> MODIFIED_METAS = List.of("article:modified_time", "og:updated_time",
            "datemodified", "last-modified", "dcterms.modified");
    private static final List<String> AUTHOR_METAS = List.of("author", "article:author", "byl", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "twitter:creator");
    private static final List<String> DATE_HOLDER_CLASSES = List.of("date", "time", "meta", "byline", "posted",
            "publish", "info", "post-header", "entry-header");
    private static final int MAX_DATE_TEXT = 120;
    private static final int MIN_DATE_TEXT = 8;
    /**
     * Bylines and datelines are small boxes; a wrapper whose class merely mentions "info" or "author" would
     * make reading its text cost a walk over half the page.
     */
    private static final int MAX_HOLDER_CHILDREN = 8;
    private static final int MAX_AUTHOR = 120;
    /** Longest author box read: a longer one is a wrapper, not a byline, and reading each nested one is quadratic. */
    private static final int MAX_HOLDER_TEXT = 1_000;
    private static final int MAX_BYLINE_LINE = 80;
    /**
     * "von", "by", "par", "Text:" followed by two to four capitalised words that end the line or a clause: a
     * name. A single capitalised word after "von" is as often a noun ("von Corona betroffen").
     */
    private static final Pattern WRITTEN_BYLINE = Pattern.compile("(?:^|[\\s|•·,])(?iu:(von|by|par|por|"
            + "text:|autor:|autorin:|author:|auteur:))\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){1,3})"
            + "\\s*($|[,|•(–—-]|\\d)");
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iu)\\b(foto|photo|bild|image|picture|"
            + "credit|grafik|illustration)");
    private static final int MAX_AUTHOR_WORDS = 6;
    private static final ZoneId CENTRAL_EUROPE = ZoneId.of("Europe/Berlin");
    private static final Pattern AUTHOR_PART_SEPARATOR = Pattern.compile("\\s+[-–|/]\\s+|\\s*,\\s*");
    private static final Pattern DOMAIN_LIKE = Pattern.compile("(?i)\\w\\.(com|de|at|ch|org|net|fr|es|it|info)\\b");

    private MetadataExtractor() {
    }

    /** @param contentLanguage the HTTP Content-Language header of the page, may be null */
    static PageMetadata extract(Document doc, String url, String contentLanguage) {
        // One walk over the tree, then plain predicates: selector queries would each walk it again.
        Elements all = doc.getAllElements();
        JsonLd ld = JsonLd.read(all.stream().filter(e -> e.normalName().equals("script")
                && e.attr("type").strip().equalsIgnoreCase("application/ld+json")).toList());
        Map<String, String> metas = metas(all);
        String siteName = firstNonBlank(metas.get("og:site_name"), ld.publisher(), metas.get("application-name"));
        TitleChooser.Title title = TitleChooser.choose(Arrays.asList(metas.get("og:title"), ld.headline(),
                metas.get("twitter:title"), documentTitle(doc, all)), all, siteName);
        return new PageMetadata(
                title.text(),
                title.shownAsHeading(),
                author(all, metas, ld, siteName),
                inLocalOffset(publishedAt(all, metas, ld, url), all),
                language(doc, metas, ld, contentLanguage),
                siteName,
                canonical(all, metas, ld, url),
                ld.articleBody());
    }

    /**
     * The page's {@code <title>}; broken templates print it inside the body, where browsers still honour it.
     * The titles of inline SVG drawings are tooltips, not the page's.
     */
    private static String documentTitle(Document doc, Elements all) {
        String title = doc.title();
        if (!title.isBlank()) {
            return title;
        }
        for (Element e : all) {
            if (e.normalName().equals("title") && e.closest("svg") == null) {
                return e.text();
            }
        }
        return title;
    }

    private static String author(Elements all, Map<String, String> metas, JsonLd ld, String siteName) {
        String found = foundAuthor(all, metas, ld, siteName);
        return found == null || siteName == null ? found : withoutPublication(found, siteName);
    }

    /** "Rob Lee, CNN", "unocero - Ana Ruiz": the publication credited beside the person is not the author. */
    private static String withoutPublication(String author, String siteName) {
        String site = TitleChooser.normalise(siteName);
        String[] parts = AUTHOR_PART_SEPARATOR.split(author);
        if (parts.length < 2 || site.isEmpty()) {
            return author;
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String n = TitleChooser.normalise(part);
            if (!n.isEmpty() && !n.equals(site)) {
                kept.add(part.strip());
            }
        }
        return kept.isEmpty() || kept.size() == parts.length ? author : String.join(", ", kept);
    }

    private static String foundAuthor(Elements all, Map<String, String> metas, JsonLd ld, String siteName) {
        String declared = declaredAuthor(metas, ld);
        if (declared != null && !namesPublisher(declared, siteName, ld.publisher())) {
            return declared;
        }
        String shown = shownAuthor(all);
        // A site named after its author prints that name in the byline too, with a title or a date after it.
        return shown == null || declared != null
                && TitleChooser.containsWords(shown, declared) ? declared : shown;
    }

    /** What the structured data and meta tags name as the author. */
    private static String declaredAuthor(Map<String, String> metas, JsonLd ld) {
        if (!ld.authors().isEmpty()) {
            String joined = cleanAuthor(String.join(", ", ld.authors()));
            if (joined != null) {
                return joined;
            }
        }
        for (String name : AUTHOR_METAS) {
            String value = cleanAuthor(metas.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * Templates fill the author field with the publication itself when an article has no personal byline in
     * the data; the page may still print one.
     */
    private static boolean namesPublisher(String author, String siteName, String publisher) {
        String a = TitleChooser.normalise(author);
        return DOMAIN_LIKE.matcher(author).find() || siteName != null && a.equals(TitleChooser.normalise(siteName))
                || publisher != null && a.equals(TitleChooser.normalise(publisher));
    }

    /** The byline the page prints: a box marked as the author's, else a short line crediting one. */
    private static String shownAuthor(Elements all) {
        for (Element e : all) {
            if (!isAuthorHolder(e)) {
                continue;
            }
            String text = BoundedText.of(e, MAX_HOLDER_TEXT);
            if (text == null) {
                continue;
            }
            Element named = e.selectFirst("[itemprop=name], .fn, a[rel=author], a[href*=/author/]");
            String value = cleanAuthor(named != null ? named.text() : text);
            if (value != null) {
                return value;
            }
        }
        return writtenByline(all);
    }

    /**
     * The name in the first short line that credits one ("Von Anna Berg, dpa", "Posted on 3 May by Tom Lee",
     * "Text: Eva Roth"): what is left when nothing marks the author up. A picture's credit names its
     * photographer, not the author.
     */
    private static String writtenByline(Elements all) {
        for (Element e : all) {
            if (!isLineBox(e)) {
                continue;
            }
            String text = BoundedText.of(e, MAX_BYLINE_LINE);
            if (text == null || text.isEmpty() || PICTURE_CREDIT.matcher(text).find()) {
                continue;
            }
            Matcher m = WRITTEN_BYLINE.matcher(text);
            if (m.find()) {
                String value = cleanAuthor(m.group(2));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String cleanAuthor(String raw) {
        String value = Whitespace.collapse(raw);
        if (value == null) {
            return null;
        }
        if (value.indexOf('&') >= 0) {
            // Structured data is sometimes written with HTML entities that no parser has decoded.
            value = Parser.unescapeEntities(value, false);
        }
        value = BYLINE_PREFIX.matcher(value).replaceFirst("").strip();
        value = BYLINE_SUFFIX.matcher(value).replaceFirst("").strip();
        if (value.isEmpty() || value.length() > MAX_AUTHOR || NOT_A_NAME.matcher(value).find()
                || value.split("\\s+").length > MAX_AUTHOR_WORDS && !value.contains(",")) {
            return null;
        }
        return value;
    }

    /**
     * A UTC publication time restated in the offset the page uses elsewhere for the same moment (a time
     * element, a meta tag, a script's data), so that the publication day is the publisher's.
     */
    private static OffsetDateTime inLocalOffset(OffsetDateTime date, Elements all) {
        if (date == null || date.getOffset().getTotalSeconds() != 0) {
            return date;
        }
        for (Element e : all) {
            String text = switch (e.normalName()) {
                case "time" -> e.attr("datetime");
                case "meta" -> e.attr("content");
                case "script" -> e.data();
                default -> "";
            };
            OffsetDateTime local = Dates.sameInstantInLocalOffset(date, text);
            if (local != null) {
                return local;
            }
        }
        // A date without a time, stored as local midnight in Central Europe and printed in UTC, reads as the
        // evening before; an instant that is exactly that midnight gives it away.
        ZonedDateTime central = date.atZoneSameInstant(CENTRAL_EUROPE);
        if (date.getHour() >= 22 && central.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return central.toOffsetDateTime();
        }
        return date;
    }

    private static OffsetDateTime publishedAt(Elements all, Map<String, String> metas, JsonLd ld, String url) {
        OffsetDateTime date = Dates.parse(ld.datePublished());
        if (date != null) {
            return date;
        }
        for (String name : DATE_METAS) {
            date = Dates.parse(metas.get(name));
            if (date != null) {
                return date;
            }
        }
        for (Element e : all) {
            if (!e.attr("itemprop").equals("datePublished") && !e.normalName().equals("time")) {
                continue;
            }
            date = Dates.parse(firstNonBlank(e.attr("content"), e.attr("datetime"), BoundedText.of(e, MAX_DATE_TEXT)));
            if (date != null) {
                return date;
            }
        }
        date = scriptDataDate(all);
        if (date != null) {
            return date;
        }
        date = Dates.fromUrl(url);
        if (date != null) {
            return date;
        }
        for (String name : MODIFIED_METAS) {
            date = Dates.parse(metas.get(name));
            if (date != null) {
                return date;
            }
        }
        for (Element e : all) {
            if (!isDateHolder(e)) {
                continue;
            }
            String text = BoundedText.of(e, MAX_DATE_TEXT - 1);
            if (text != null) {
                date = Dates.parseWritten(text);
                if (date != null) {
                    return date;
                }
            }
        }
        return firstWrittenDate(all);
    }

    /**
     * The publication date in the state a script-driven template hands its code ({@code "publishedAt":"…"} in
     * {@code __NEXT_DATA__} or an {@code application/json} block): pages built that way often mark nothing else.
     */
    private static OffsetDateTime scriptDataDate(Elements all) {
        List<String> scripts = all.stream().filter(e -> e.normalName().equals("script")
                && !e.attr("type").strip().equalsIgnoreCase("application/ld+json")).map(Element::data).toList();
        OffsetDateTime published = firstScriptDate(scripts, SCRIPT_PUBLISHED);
        return published != null ? published : firstScriptDate(scripts, SCRIPT_CREATED);
    }

    private static OffsetDateTime firstScriptDate(List<String> scripts, Pattern field) {
        for (String data : scripts) {
            Matcher m = field.matcher(data).region(0, Math.min(data.length(), MAX_SCRIPT_SCAN));
            while (m.find()) {
                OffsetDateTime date = Dates.parse(m.group(1));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** A field of script state, quoted as JSON or as escaped JSON inside a string, holding a date. */
    private static Pattern scriptField(String names) {
        return Pattern.compile("\\\\?\"(?:" + names + ")\\\\?\"\\s*:\\s*\\\\?\"([0-9][0-9TZ:.+\\- ]{7,34})\\\\?\"");
    }

    /**
     * The first date the page shows on a short line of its own ("Erstellt am: 01.11.2023", "10. September
     * 2017"): what is left when nothing marks the date up. Dates inside long text are events the story is about.
     */
    private static OffsetDateTime firstWrittenDate(Elements all) {
        for (Element e : all) {
            if (e.normalName().equals("script") || e.normalName().equals("style") || e.normalName().equals("title")) {
                continue;
            }
            for (TextNode t : e.textNodes()) {
                String text = t.text().strip();
                if (text.length() >= MIN_DATE_TEXT && text.length() < MAX_DATE_TEXT) {
                    OffsetDateTime date = Dates.parseWritten(text);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The document's own {@code lang}, else what the server said (Content-Language) or a meta tag said; the caller
     * detects it from the text when all are silent. A Content-Language listing several languages names the
     * audience, not the text's language, and is passed over.
     */
    private static String language(Document doc, Map<String, String> metas, JsonLd ld, String contentLanguage) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? null : firstNonBlank(html.attr("lang"), html.attr("xml:lang"));
        String header = contentLanguage == null || contentLanguage.contains(",") ? null : contentLanguage;
        if (lang == null) {
            lang = firstNonBlank(header, metas.get("http-equiv:content-language"), metas.get("language"),
                    metas.get("og:locale"), ld.language());
        }
        return lang == null ? null : languageTag(lang);
    }

    private static String languageTag(String raw) {
        String first = raw.split("[,;\\s]")[0].replace('_', '-');
        String[] parts = first.split("-");
        if (parts[0].length() < 2 || parts[0].length() > 3 || !parts[0].chars().allMatch(Character::isLetter)) {
            return null;
        }
        String tag = parts[0].toLowerCase(Locale.ROOT);
        return parts.length > 1 && parts[1].length() == 2 ? tag + "-" + parts[1].toUpperCase(Locale.ROOT) : tag;
    }

    private static String canonical(Elements all, Map<String, String> metas, JsonLd ld, String url) {
        String candidate = null;
        for (Element e : all) {
            if (e.normalName().equals("link") && lowerAttr(e, "rel").contains("canonical") && e.hasAttr("href")) {
                candidate = e.attr("href");
                break;
            }
        }
        for (String c : new String[] {candidate, metas.get("og:url"), ld.url(), url}) {
            String absolute = absolute(c, url);
            if (absolute != null) {
                return absolute;
            }
        }
        return null;
    }

    private static String absolute(String href, String base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(href.strip());
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(base).resolve(uri);
            }
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? uri.toString() : null;
        } catch (Exception malformed) {
            return null;
        }
    }

    /** Every meta name, property and itemprop mapped to its first non-blank content, keys lower-cased. */
    private static Map<String, String> metas(Elements all) {
        Map<String, String> metas = new HashMap<>();
        for (Element e : all) {
            if (!e.normalName().equals("meta")) {
                continue;
            }
            String content = Whitespace.collapse(e.attr("content"));
            if (content == null) {
                continue;
            }
            for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("itemprop")}) {
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
            String equiv = e.attr("http-equiv");
            if (!equiv.isEmpty()) {
                metas.putIfAbsent("http-equiv:" + equiv.toLowerCase(Locale.ROOT), content);
            }
        }
        return metas;
    }

    /**
     * A block holding only inline markup: each text node lies in at most one such box, so reading all their
     * texts costs one pass over the page however deep it nests.
     */
    private static boolean isLineBox(Element e) {
        if (!e.isBlock() || e.childrenSize() > MAX_HOLDER_CHILDREN) {
            return false;
        }
        for (Element child : e.children()) {
            if (child.isBlock()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAuthorHolder(Element e) {
        if (e.childrenSize() > MAX_HOLDER_CHILDREN) {
            return false;
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equals("author") || lowerAttr(e, "rel").equals("author")) {
            return true;
        }
        if (e.normalName().equals("a") && e.attr("href").contains("/author/")) {
            return true;
        }
        String classes = lowerAttr(e, "class");
        return classes.contains("byline") || classes.contains("author") || classes.contains("autor");
    }

    private static boolean isDateHolder(Element e) {
        if (e.childrenSize() > MAX_HOLDER_CHILDREN) {
            return false;
        }
        if (e.normalName().equals("abbr") && e.hasAttr("title") || lowerAttr(e, "id").contains("date")) {
            return true;
        }
        String classes = lowerAttr(e, "class");
        if (classes.isEmpty()) {
            return false;
        }
        for (String word : DATE_HOLDER_CLASSES) {
            if (classes.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String lowerAttr(Element e, String name) {
        String value = e.attr(name);
        return value.isEmpty() ? value : value.toLowerCase(Locale.ROOT);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
