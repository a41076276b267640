package io.macrodigest.analysis.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.EmbeddedAnalyzer;
import io.macrodigest.analysis.Metrics;
import io.macrodigest.analysis.Rouge;
import io.macrodigest.analysis.drivers.MacroLexicon;
import io.macrodigest.analysis.drivers.StanceClassifier;
import io.macrodigest.analysis.llm.LlmRoutingAnalyzer;
import io.macrodigest.analysis.sentiment.SentimentScorer;

/**
 * The evaluation command: the configured engine (embedded, or the operator's model when
 * {@code digest.llm.enabled}) over the dev corpora, printing the figures the evaluation tests print. The
 * embedded engine is asked through the same classes those tests use, so its figures match theirs; a model
 * gets every item as a text to analyse, whatever its length. Absent corpora are skipped with a message.
 */
@ApplicationScoped
public class EngineEvaluation {

    private static final List<String> SENTIMENT = List.of("positive", "negative", "neutral");
    private static final List<String> STANCE = List.of("hawkish", "dovish", "neutral");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmRoutingAnalyzer engine;
    private final SentimentScorer scorer;
    private final StanceClassifier stance;

    EngineEvaluation(LlmRoutingAnalyzer engine, SentimentScorer scorer, MacroLexicon macro) {
        this.engine = engine;
        this.scorer = scorer;
        this.stance = new StanceClassifier(macro);
    }

    /** @return the exit code: 0, or 2 for arguments it does not understand */
    public int run(List<String> args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(Options.USAGE);
            return 2;
        }
        String name = engine.evaluatedEngine();
        boolean model = !name.equals(EmbeddedAnalyzer.ENGINE);
        out.printf(Locale.ROOT, "engine %s, corpora %s, sample %s%n", name, options.corpora().toAbsolutePath(),
                options.sample() == 0 ? "all" : options.sample());
        Tally tally = new Tally(name);
        long start = System.nanoTime();
        fomc(options, out, model ? s -> tally.analyze(s).stance().id() : s -> stance.classify(s).id());
        Function<String, String> sentiment = model ? s -> tally.analyze(s).sentiment().label().id()
                : s -> scorer.score(s).label().id();
        phraseBank(options, out, sentiment);
        crypto(options, out, sentiment);
        ectSum(options, out, tally);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (model) {
            out.printf(Locale.ROOT, "%d analyses, %d answered by the embedded engine in the model's place, %.0f s%n",
                    tally.analyses, tally.fallbacks, seconds);
        } else {
            out.printf(Locale.ROOT, "%d articles analysed, %.0f s%n", tally.analyses, seconds);
        }
        return 0;
    }

    private void fomc(Options options, PrintStream out, Function<String, String> classify) {
        List<String[]> rows = options.tsv("stance-dev/fomc-dev.tsv", out);
        if (rows != null) {
            Metrics metrics = new Metrics(STANCE);
            rows.forEach(row -> metrics.add(row[2], classify.apply(row[0])));
            out.print(metrics.report("FOMC stance"));
        }
    }

    private void phraseBank(Options options, PrintStream out, Function<String, String> classify) {
        List<String[]> rows = options.tsv("sentiment-dev/phrasebank-dev.tsv", out);
        if (rows != null) {
            Metrics unanimous = new Metrics(SENTIMENT);
            Metrics all = new Metrics(SENTIMENT);
            for (String[] row : rows) {
                String predicted = classify.apply(row[0]);
                all.add(row[1], predicted);
                if (row[2].equals("100")) {
                    unanimous.add(row[1], predicted);
                }
            }
            out.print(unanimous.report("PhraseBank agreement-100"));
            out.print(all.report("PhraseBank all rows"));
        }
    }

    private void crypto(Options options, PrintStream out, Function<String, String> classify) {
        List<String[]> rows = options.tsv("crypto-dev/cryptolin-dev.tsv", out);
        if (rows != null) {
            Metrics metrics = new Metrics(SENTIMENT);
            rows.forEach(row -> metrics.add(row[1], classify.apply(row[0])));
            out.print(metrics.report("Crypto headlines"));
        }
    }

    /** Summary plus insights against the Reuters key-fact bullets. */
    private void ectSum(Options options, PrintStream out, Tally tally) {
        List<String> lines = options.lines("summaries-dev/ectsum-dev.jsonl", out);
        if (lines != null) {
            Rouge rouge = new Rouge();
            for (String line : lines) {
                JsonNode item = read(line);
                Analysis a = tally.analyze(item.path("title").asText(null), item.path("text").asText());
                StringBuilder candidate = new StringBuilder(a.summary());
                a.insights().forEach(i -> candidate.append('\n').append(i.insight()));
                rouge.add(candidate.toString(), item.path("reference").asText());
            }
            out.print(rouge.report("ECTSum summary+insights"));
        }
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the analyses asked for and those the embedded engine answered in the model's place. */
    private final class Tally {
        private final String engineName;
        private int analyses;
        private int fallbacks;

        Tally(String engineName) {
            this.engineName = engineName;
        }

        Analysis analyze(String text) {
            return analyze(null, text);
        }

        Analysis analyze(String title, String text) {
            Analysis a = engine.evaluate(new AnalysisInput(title, text, null, true));
            analyses++;
            if (!a.engine().equals(engineName)) {
                fallbacks++;
            }
            return a;
        }
    }

    /** {@code --corpora DIR} (else env CORPORA_DIR, else ../shared/corpora) and {@code --sample N}. */
    record Options(Path corpora, int sample) {

        static final String USAGE = "usage: evaluate [--corpora DIR] [--sample N]   (N items spread evenly over"
                + " each corpus; 0 or absent: all)";

        static Options parse(List<String> args) {
            String env = System.getenv("CORPORA_DIR");
            Path corpora = Path.of(env == null || env.isBlank() ? "../shared/corpora" : env);
            int sample = 0;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if ((arg.equals("--corpora") || arg.equals("--sample")) && i + 1 < args.size()) {
                    String value = args.get(++i);
                    if (arg.equals("--corpora")) {
                        corpora = Path.of(value);
                    } else {
                        try {
                            sample = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--sample takes a number, not '" + value + "'");
                        }
                    }
                } else {
                    throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            if (sample < 0) {
                throw new IllegalArgumentException("--sample must not be negative");
            }
            return new Options(corpora, sample);
        }

        /** Data rows of a tab-separated corpus file, sampled; null (with a message) when absent. */
        List<String[]> tsv(String relative, PrintStream out) {
            List<String> lines = lines(relative, out, 1);
            return lines == null ? null : lines.stream().map(l -> l.split("\t", -1)).toList();
        }

        List<String> lines(String relative, PrintStream out) {
            return lines(relative, out, 0);
        }

        private List<String> lines(String relative, PrintStream out, int header) {
            Path file = corpora.resolve(relative);
            if (!Files.isRegularFile(file)) {
                out.println("corpus absent, skipped: " + file.toAbsolutePath());
                return null;
            }
            List<String> all = new ArrayList<>();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reader.lines().skip(header).filter(l -> !l.isBlank()).forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return spread(all);
        }

        /** {@code sample} items spread evenly over the corpus, so a sample spans all of it. */
        private List<String> spread(List<String> all) {
            if (sample == 0 || sample >= all.size()) {
                return all;
            }
            List<String> picked = new ArrayList<>(sample);
            for (int i = 0; i < sample; i++) {
                picked.add(all.get((int) ((long) i * all.size() / sample)));
            }
            return picked;
        }
    }
}
