package io.macrodigest.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Development aid, not a test: scores the corpus and prints where the extractor loses points, worst pages
 * first. Arguments: [number of pages to show] [section: text|title|reach|author|date].
 */
public final class CorpusDiagnostics {

    private CorpusDiagnostics() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Corpus.locate().orElseThrow(() -> new IllegalStateException("corpus not found"));
        int show = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String section = args.length > 1 ? args[1] : "text";
        List<Corpus.Page> pages = Corpus.load(dir);
        CorpusEvaluation.Score score = CorpusEvaluation.evaluate(new ArticleExtractor(), pages);
        List<CorpusEvaluation.PageResult> results = score.pages();
        switch (section) {
            case "title" -> results.stream()
                    .filter(r -> r.page().title() != null && !r.page().title().isBlank()
                            && (r.article() == null || !CorpusEvaluation.sameName(r.page().title(), r.article().title())))
                    .limit(show)
                    .forEach(r -> System.out.printf("%s want=[%s] got=[%s]%n", r.page().id(), r.page().title(),
                            r.article() == null ? r.error() : r.article().title()));
            case "author" -> results.stream()
                    .filter(r -> r.page().author() != null && !r.page().author().isBlank()
                            && (r.article() == null || !CorpusEvaluation.sameName(r.page().author(), r.article().author())))
                    .limit(show)
                    .forEach(r -> System.out.printf("%s want=[%s] got=[%s]%n", r.page().id(), r.page().author(),
                            r.article() == null ? r.error() : r.article().author()));
            case "date" -> results.stream()
                    .filter(r -> r.page().date() != null && !r.page().date().isBlank()
                            && (r.article() == null || r.article().publishedAt() == null
                                    || !r.page().date().startsWith(r.article().publishedAt().toLocalDate().toString())))
                    .limit(show)
                    .forEach(r -> System.out.printf("%s want=[%s] got=[%s]%n", r.page().id(), r.page().date(),
                            r.article() == null ? r.error() : r.article().publishedAt()));
            case "reach" -> {
                List<CorpusEvaluation.PageResult> missed = results.stream()
                        .filter(r -> r.page().title() != null && !r.page().title().isBlank()
                                && (r.article() == null || !CorpusEvaluation.sameName(r.page().title(), r.article().title())))
                        .toList();
                List<String> unreachable = missed.stream().filter(r -> !offersTitle(r.page())).map(r -> r.page().id())
                        .toList();
                System.out.printf("%d title misses; in %d no <title>, meta value, h1-h6 or JSON-LD headline (nor a part"
                        + " of one between separators) equals the annotation: %s%n", missed.size(), unreachable.size(),
                        String.join(" ", unreachable));
            }
            case "dump" -> results.forEach(r -> {
                r.missed().forEach(m -> System.out.println(r.page().id() + " MISSED " + abbreviate(m)));
                r.leaked().forEach(m -> System.out.println(r.page().id() + " LEAKED " + abbreviate(m)));
            });
            default -> results.stream()
                    .filter(r -> !r.missed().isEmpty() || !r.leaked().isEmpty())
                    .sorted(Comparator.comparingInt(r -> -(r.missed().size() + r.leaked().size())))
                    .limit(show)
                    .forEach(CorpusDiagnostics::print);
        }
        System.out.println(score.summary());
    }

    private static void print(CorpusEvaluation.PageResult r) {
        System.out.printf("== %s %s tp=%d fp=%d missed=%d %s%n", r.page().id(), r.page().file().getFileName(), r.tp(),
                r.fp(), r.missed().size(), r.error() == null ? "" : r.error());
        r.missed().forEach(s -> System.out.println("  MISSED " + abbreviate(s)));
        r.leaked().forEach(s -> System.out.println("  LEAKED " + abbreviate(s)));
    }

    /** Whether any title-like string of the page, or one part of it, is the annotated title. */
    private static boolean offersTitle(Corpus.Page page) {
        Document doc = Jsoup.parse(HtmlDecoder.decode(page.bytes(), null), page.usableUrl());
        List<String> strings = new ArrayList<>();
        strings.add(doc.title());
        doc.select("meta[content]").forEach(m -> strings.add(m.attr("content")));
        doc.select("h1, h2, h3, h4, h5, h6").forEach(h -> strings.add(h.text()));
        strings.add(JsonLd.read(doc.select("script[type=application/ld+json]")).headline());
        for (String s : strings) {
            if (s == null) {
                continue;
            }
            if (CorpusEvaluation.sameName(page.title(), s)) {
                return true;
            }
            for (String part : s.split("\\s+[|\\-–—:·»•/]{1,2}\\s+|\\s*[|•»]\\s*")) {
                if (CorpusEvaluation.sameName(page.title(), part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }
}
