package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.Corpora;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.SentenceSplitter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Reuters-21578 macro articles (evaluation only, read in place): per-driver recall on articles whose topics map
 * to a driver, and the false-positive rate on non-macro news written for this test.
 */
class ReutersDriverEvaluationTest {

    private static final Map<Driver, Set<String>> TOPICS = Map.of(
            Driver.RATES, Set.of("interest"),
            Driver.INFLATION, Set.of("cpi", "wpi"),
            Driver.GROWTH, Set.of("gnp", "ipi", "jobs", "lei", "housing", "retail", "income", "inventories", "cpu"),
            Driver.LIQUIDITY, Set.of("money-supply", "reserves"));
    private static final Map<Driver, Double> FLOOR_RECALL = Map.of(
            Driver.RATES, 0.95, Driver.INFLATION, 0.95, Driver.GROWTH, 0.90, Driver.LIQUIDITY, 0.95);
    private static final double CEILING_FALSE_POSITIVE_RATE = 0.03;
    /** Earnings, deals, launches, sports business and tech news written for this test. */
    private static final Path NON_MACRO = Path.of("src/test/resources/analysis/non-macro");

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DriverClassifier classifier = new DriverClassifier(new MacroLexicon());

    @Test
    void driversRecalledOnLabelledArticles() throws IOException {
        Path file = Corpora.require("drivers-dev/reuters-macro-train.csv");
        List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        Map<Driver, int[]> hits = new EnumMap<>(Driver.class);
        int[] commodity = new int[2];
        for (List<String> row : rows.subList(1, rows.size())) {
            Set<String> topics = Set.of(row.get(4).split(";"));
            Set<Driver> found = drivers(row.get(2) + "\n\n" + row.get(3));
            boolean macro = false;
            for (Map.Entry<Driver, Set<String>> e : TOPICS.entrySet()) {
                if (topics.stream().anyMatch(e.getValue()::contains)) {
                    macro = true;
                    int[] h = hits.computeIfAbsent(e.getKey(), d -> new int[2]);
                    h[1]++;
                    if (found.contains(e.getKey())) {
                        h[0]++;
                    }
                }
            }
            boolean fxOrTrade = topics.stream().anyMatch(Set.of("money-fx", "trade", "bop", "dlr", "yen")::contains);
            if (!macro && !fxOrTrade) {
                commodity[1]++;
                if (!found.isEmpty()) {
                    commodity[0]++;
                }
            }
        }
        StringBuilder report = new StringBuilder("Reuters driver recall:\n");
        for (Driver d : TOPICS.keySet().stream().sorted().toList()) {
            int[] h = hits.get(d);
            report.append(String.format(Locale.ROOT, "  %-10s %.3f (%d/%d)%n", d.id(), (double) h[0] / h[1], h[0], h[1]));
        }
        report.append(String.format(Locale.ROOT, "  (info) commodity-only articles with any driver: %d/%d%n",
                commodity[0], commodity[1]));
        System.out.print(report);
        for (Driver d : TOPICS.keySet()) {
            int[] h = hits.get(d);
            assertTrue((double) h[0] / h[1] >= FLOOR_RECALL.get(d), d.id() + " recall below floor");
        }
    }

    @Test
    void nonMacroNewsCarriesNoDriver() throws IOException {
        List<Path> articles;
        try (java.util.stream.Stream<Path> files = Files.list(NON_MACRO)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= 30, "too few non-macro articles to measure a 3% rate");
        int positives = 0;
        StringBuilder detail = new StringBuilder();
        for (Path article : articles) {
            Set<Driver> found = drivers(Files.readString(article, StandardCharsets.UTF_8));
            positives += found.size();
            if (!found.isEmpty()) {
                detail.append("  ").append(article.getFileName()).append(": ").append(found).append('\n');
            }
        }
        double rate = (double) positives / (articles.size() * Driver.values().length);
        System.out.printf(Locale.ROOT, "Non-macro false-positive rate (driver tags / article-driver pairs, %d articles):"
                + " %.3f (%d)%n%s", articles.size(), rate, positives, detail);
        assertTrue(rate <= CEILING_FALSE_POSITIVE_RATE, "false-positive rate above ceiling");
    }

    private Set<Driver> drivers(String text) {
        List<Sentence> sentences = splitter.split(text);
        Set<Driver> found = java.util.EnumSet.noneOf(Driver.class);
        classifier.classify(sentences).forEach(t -> found.add(t.driver()));
        return found;
    }

    /** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
