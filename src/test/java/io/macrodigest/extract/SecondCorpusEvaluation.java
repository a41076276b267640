package io.macrodigest.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the extractor on the second corpus the way its {@code score.py} does (token P/R/F1 per page, averaged
 * per dataset, a failed page scoring 0), plus title accuracy with {@link CorpusEvaluation#sameName}. Writes the
 * predictions in the scorer's format, so that the figures can be checked against it.
 */
final class SecondCorpusEvaluation {

    record PageScore(Corpus.Reference reference, CorpusEvaluation.PageResult result, TokenOverlap tokens) {

        String text() {
            return result.article() == null ? "" : result.article().text();
        }
    }

    record DatasetScore(String dataset, int pages, int failures, double precision, double recall, double f1,
            int titles, int titlesOk) {

        double titleAccuracy() {
            return titles == 0 ? 0 : (double) titlesOk / titles;
        }

        String summary() {
            return String.format(Locale.ROOT, "%-9s pages=%d failures=%d tok P=%.4f R=%.4f F1=%.4f | title %.4f (%d/%d)",
                    dataset, pages, failures, precision, recall, f1, titleAccuracy(), titlesOk, titles);
        }
    }

    private SecondCorpusEvaluation() {
    }

    static List<PageScore> evaluate(ArticleExtractor extractor, List<Corpus.Reference> references) {
        List<Corpus.Page> pages = references.stream().map(Corpus.Reference::page).toList();
        List<CorpusEvaluation.PageResult> results = CorpusEvaluation.evaluate(extractor, pages).pages();
        List<PageScore> scores = new ArrayList<>(references.size());
        for (int i = 0; i < references.size(); i++) {
            CorpusEvaluation.PageResult result = results.get(i);
            String text = result.article() == null ? "" : result.article().text();
            scores.add(new PageScore(references.get(i), result, TokenOverlap.of(text, references.get(i).text())));
        }
        return scores;
    }

    /** Per dataset, in the corpus's order of first appearance. */
    static Map<String, DatasetScore> byDataset(List<PageScore> scores) {
        Map<String, List<PageScore>> groups = new LinkedHashMap<>();
        for (PageScore s : scores) {
            groups.computeIfAbsent(s.reference().dataset(), k -> new ArrayList<>()).add(s);
        }
        Map<String, DatasetScore> out = new LinkedHashMap<>();
        groups.forEach((dataset, group) -> out.put(dataset, summarise(dataset, group)));
        return out;
    }

    private static DatasetScore summarise(String dataset, List<PageScore> group) {
        double p = 0, r = 0, f = 0;
        int failures = 0, titles = 0, titlesOk = 0;
        for (PageScore s : group) {
            p += s.tokens().precision();
            r += s.tokens().recall();
            f += s.tokens().f1();
            failures += s.text().isBlank() ? 1 : 0;
            String title = s.reference().page().title();
            if (title != null && !title.isBlank()) {
                titles++;
                if (s.result().article() != null && CorpusEvaluation.sameName(title, s.result().article().title())) {
                    titlesOk++;
                }
            }
        }
        int n = group.size();
        return new DatasetScore(dataset, n, failures, p / n, r / n, f / n, titles, titlesOk);
    }

    /** One {@code {"id","text"}} line per page, the input of {@code score.py}. */
    static void writePredictions(List<PageScore> scores, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ObjectMapper mapper = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(file)) {
            for (PageScore s : scores) {
                out.write(mapper.writeValueAsString(Map.of("id", s.reference().page().id(), "text", s.text())));
                out.write('\n');
            }
        }
    }
}
