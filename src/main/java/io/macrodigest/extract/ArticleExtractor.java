package io.macrodigest.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the main text and metadata of a news page. */
@ApplicationScoped
public class ArticleExtractor {

    /**
     * @param body        raw bytes as received
     * @param url         where the page came from; resolves relative links
     * @param contentType the HTTP Content-Type header, may be null
     */
    public ExtractedArticle extract(byte[] body, String url, String contentType) {
        Charset charset = charsetOf(contentType);
        Document doc = Jsoup.parse(new String(body, charset), url == null ? "" : url);
        return extract(doc, url);
    }

    public ExtractedArticle extract(String html, String url) {
        return extract(Jsoup.parse(html, url == null ? "" : url), url);
    }

    private ExtractedArticle extract(Document doc, String url) {
        doc.select("script, style, nav, header, footer, aside, form, noscript").remove();
        Element root = doc.selectFirst("article, main, [itemprop=articleBody]");
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select("p, h2, h3, li, blockquote")) {
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(root.text());
        }
        String canonical = doc.select("link[rel=canonical]").attr("abs:href");
        return new ExtractedArticle(url,
                canonical.isBlank() ? url : canonical,
                meta(doc, "og:title", doc.title()),
                meta(doc, "author", null),
                publishedAt(doc),
                doc.select("html").attr("lang").isBlank() ? null : doc.select("html").attr("lang"),
                meta(doc, "og:site_name", null),
                String.join("\n\n", paragraphs));
    }

    private static String meta(Document doc, String name, String fallback) {
        Element el = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        String value = el == null ? "" : el.attr("content").strip();
        return value.isEmpty() ? fallback : value;
    }

    private static OffsetDateTime publishedAt(Document doc) {
        String value = meta(doc, "article:published_time", null);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Charset charsetOf(String contentType) {
        if (contentType != null) {
            int at = contentType.toLowerCase().indexOf("charset=");
            if (at >= 0) {
                try {
                    return Charset.forName(contentType.substring(at + 8).replace("\"", "").strip());
                } catch (RuntimeException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
