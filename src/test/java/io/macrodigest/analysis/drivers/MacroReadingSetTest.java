package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.EmbeddedAnalyzer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Our own macro and crypto articles ({@code analysis/reading/}, written by the team, labels in each file's header):
 * the share of labels the embedded engine meets. See the set's README for the label format.
 */
class MacroReadingSetTest {

    private static final double FLOOR = 0.975;

    private final EmbeddedAnalyzer analyzer = EmbeddedAnalyzer.create();

    @Test
    void engineReadsOurArticles() throws IOException, URISyntaxException {
        Path dir = Path.of(MacroReadingSetTest.class.getResource("/analysis/reading/README.md").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "reading set has fewer than 30 articles");
        int met = 0;
        int labels = 0;
        int[] byKind = new int[10];
        StringBuilder misses = new StringBuilder();
        StringBuilder disagreements = new StringBuilder();
        for (Path file : files) {
            Labelled article = Labelled.parse(Files.readString(file, StandardCharsets.UTF_8));
            Analysis a = analyzer.analyze(new AnalysisInput(article.title(), article.body(), null, false));
            if (!agrees(a)) {
                disagreements.append("  ").append(file.getFileName()).append(": stance ").append(a.stance().id())
                        .append(" vs ").append(brief(a.drivers())).append('\n');
            }
            for (String label : article.labels()) {
                int kind = kind(label);
                boolean ok = meets(label, a);
                labels++;
                byKind[kind * 2 + 1]++;
                if (ok) {
                    met++;
                    byKind[kind * 2]++;
                } else {
                    misses.append(String.format(Locale.ROOT, "  %s: %s | got drivers %s stance %s sentiment %s"
                            + " assets %s%n", file.getFileName(), label, brief(a.drivers()), a.stance().id(),
                            a.sentiment().label().id(), a.assets().stream().map(t -> t.asset() + " " + t.sentiment())
                                    .toList()));
                }
            }
        }
        double share = (double) met / labels;
        System.out.printf(Locale.ROOT, "Macro reading set: %.3f of labels met (%d/%d, %d articles); drivers %d/%d,"
                + " stance %d/%d, key facts %d/%d, sentiment %d/%d, assets %d/%d%nMissed:%n%s", share, met, labels,
                files.size(), byKind[0], byKind[1], byKind[2], byKind[3], byKind[4], byKind[5], byKind[6], byKind[7],
                byKind[8], byKind[9], misses);
        assertTrue(share >= FLOOR, "reading-set share below floor");
        assertTrue(disagreements.isEmpty(), () -> "stance contradicts the rates tone:\n" + disagreements);
    }

    /** Hawkish goes with a negative rates tone, dovish with a positive one. */
    private static boolean agrees(Analysis a) {
        double rates = a.drivers().stream().filter(t -> t.driver() == Driver.RATES)
                .mapToDouble(Analysis.DriverTag::tone).findFirst().orElse(0);
        return switch (a.stance()) {
            case HAWKISH -> rates <= 0;
            case DOVISH -> rates >= 0;
            case NEUTRAL -> true;
        };
    }

    private static int kind(String label) {
        return switch (label.substring(0, label.indexOf(':'))) {
            case "stance" -> 1;
            case "fact" -> 2;
            case "sentiment" -> 3;
            case "asset" -> 4;
            default -> 0;
        };
    }

    /**
     * One label: "drivers: rates -", "drivers: none", "absent: rates", "stance: hawkish", "fact: 4.9%",
     * "sentiment: negative" or "asset: btc -" (the sign of the article's sentiment towards that asset).
     */
    private static boolean meets(String label, Analysis a) {
        int colon = label.indexOf(':');
        String key = label.substring(0, colon);
        String value = label.substring(colon + 1).strip();
        return switch (key) {
            case "drivers" -> {
                if (value.equals("none")) {
                    yield a.drivers().isEmpty();
                }
                String[] parts = value.split(" ");
                Driver driver = Driver.parse(parts[0]);
                int sign = parts[1].equals("+") ? 1 : -1;
                yield a.drivers().stream().anyMatch(t -> t.driver() == driver && Math.signum(t.tone()) == sign);
            }
            case "absent" -> a.drivers().stream().noneMatch(t -> t.driver() == Driver.parse(value));
            case "stance" -> a.stance().id().equals(value);
            case "sentiment" -> a.sentiment().label().id().equals(value);
            case "asset" -> {
                String[] parts = value.split(" ");
                int sign = parts[1].equals("+") ? 1 : -1;
                yield a.assets().stream().anyMatch(t -> t.asset().equals(parts[0]) && Math.signum(t.sentiment()) == sign);
            }
            case "fact" -> {
                String told = a.summary() + " " + a.insights().stream().map(Analysis.Insight::insight)
                        .reduce("", (x, y) -> x + " " + y);
                // a whole-number figure may be printed with its decimal: "2%" is met by "2.0%"
                yield told.contains(value) || told.contains(value.replaceFirst("^(\\d+)%$", "$1.0%"));
            }
            default -> throw new IllegalArgumentException("unknown label " + label);
        };
    }

    private static String brief(List<Analysis.DriverTag> tags) {
        return tags.stream().map(t -> t.driver().id() + " " + t.tone() + " " + t.direction()).toList().toString();
    }

    /** A reading-set file: header labels, a line "---", then the title line and the body. */
    record Labelled(List<String> labels, String title, String body) {
        static Labelled parse(String text) {
            int rule = text.indexOf("\n---\n");
            List<String> labels = new ArrayList<>();
            for (String line : text.substring(0, rule).split("\n")) {
                String key = line.substring(0, line.indexOf(':') + 1);
                for (String value : line.substring(key.length()).split(",")) {
                    labels.add(key + " " + value.strip());
                }
            }
            String rest = text.substring(rule + 5);
            int end = rest.indexOf('\n');
            return new Labelled(labels, rest.substring(0, end).strip(), rest.substring(end + 1).strip());
        }
    }
}
