package io.macrodigest.extract;

import io.macrodigest.analysis.text.MojibakeRepair;

import java.io.StringReader;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Finds the main text and metadata of a news page. */
@ApplicationScoped
public class ArticleExtractor {

    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);
    /**
     * Beyond this many characters a page is cut before parsing: the article sits near the top of any real
     * page, and the tree of a larger one could not be held within a bounded heap.
     */
    static final int MAX_CHARS = 4_000_000;
    /** Below this much text the chosen container is taken for a fragment and the whole page is searched. */
    private static final int MIN_ARTICLE_WEIGHT = 250;

    private final Duration budget;

    public ArticleExtractor() {
        this(DEFAULT_BUDGET);
    }

    /** @param budget how long one page may take before extraction gives up with an {@link ExtractionException} */
    public ArticleExtractor(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive: " + budget);
        }
        this.budget = budget;
    }

    /**
     * @param body            raw bytes as received
     * @param url             where the page came from; resolves relative links
     * @param contentType     the HTTP Content-Type header, may be null
     * @param contentLanguage the HTTP Content-Language header, may be null
     */
    public ExtractedArticle extract(byte[] body, String url, String contentType, String contentLanguage) {
        Deadline deadline = Deadline.after(budget);
        if (body == null || body.length == 0) {
            throw new ExtractionException("empty response");
        }
        return extract(HtmlDecoder.decode(body, contentType), url, contentLanguage, deadline);
    }

    public ExtractedArticle extract(byte[] body, String url, String contentType) {
        return extract(body, url, contentType, null);
    }

    public ExtractedArticle extract(String html, String url) {
        if (html == null || html.isBlank()) {
            throw new ExtractionException("empty page");
        }
        return extract(html, url, null, Deadline.after(budget));
    }

    private ExtractedArticle extract(String html, String url, String contentLanguage, Deadline deadline) {
        Document doc = parse(html, url, deadline);
        String repaired = UnclosedTitle.repair(doc, html);
        if (repaired != null) {
            html = repaired;
            doc = parse(html, url, deadline);
        }
        PageMetadata meta = MetadataExtractor.extract(doc, url, contentLanguage);
        deadline.check();
        Element body = doc.body();
        DocumentCleaner.clean(body, deadline);
        MainText main = mainText(body, meta, deadline);
        if (main.text().isBlank()) {
            // Cleaning took everything: the story sat in a box named like furniture, or only in the noscript
            // fallback of a page that renders itself with scripts. Judge the page again by its text alone.
            Element raw = parse(html, url, deadline).body();
            DocumentCleaner.stripNonText(raw, deadline);
            main = mainText(raw, meta, deadline);
        }
        String text = MojibakeRepair.repair(main.text());
        if (text.isBlank()) {
            throw new ExtractionException("nothing readable in the page");
        }
        String language = meta.declaredLanguage() != null ? meta.declaredLanguage() : LanguageDetector.detect(text);
        return new ExtractedArticle(url, meta.canonicalUrl(), MojibakeRepair.repair(main.title()),
                MojibakeRepair.repair(meta.author()), meta.publishedAt(), language,
                MojibakeRepair.repair(meta.siteName()), text);
    }

    /** The article's text, and its title once the article's own opening heading could be consulted. */
    private record MainText(String title, String text) {
    }

    private static MainText mainText(Element body, PageMetadata meta, Deadline deadline) {
        List<TextBlock> blocks = BlockCollector.collect(body, deadline);
        List<Element> roots = ContentLocator.locate(body, blocks, deadline);
        String title = meta.title();
        if (!meta.titleShownAsHeading()) {
            String opening = OpeningHeading.find(roots, blocks);
            title = opening != null ? opening : title;
        }
        List<TextBlock> article = ParagraphFilter.filter(within(blocks, roots), title);
        if (weight(article) < MIN_ARTICLE_WEIGHT && roots.get(0) != body) {
            article = ParagraphFilter.filter(blocks, title);
        }
        return new MainText(title, TextRenderer.render(article, meta.jsonLdBody()));
    }

    /** The page as a browser would lay it out, streamed segments already in their places. */
    private static Document parse(String html, String url, Deadline deadline) {
        String input = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        String base = url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : "";
        Document doc = Parser.htmlParser().parseInput(new DeadlineReader(new StringReader(input), deadline), base);
        StreamedSegments.place(doc.body());
        return doc;
    }

    private static List<TextBlock> within(List<TextBlock> blocks, List<Element> roots) {
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element root : roots) {
            inside.addAll(root.getAllElements());
        }
        return blocks.stream().filter(b -> inside.contains(b.container())).toList();
    }

    private static int weight(List<TextBlock> blocks) {
        int total = 0;
        for (TextBlock b : blocks) {
            total += b.weight();
        }
        return total;
    }
}
