package io.macrodigest.extract;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Development aid, not a test: scores the corpus and prints where the extractor loses points, worst pages
 * first. Arguments: [number of pages to show] [section: text|title|author|date].
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

    private static String abbreviate(String s) {
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }
}
