package io.macrodigest.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationOptionsTest {

    @TempDir
    Path corpora;

    @Test
    void aSampleIsSpreadEvenlyOverTheWholeCorpusAfterItsHeader() throws IOException {
        write("set/rows.tsv", "header", IntStream.range(0, 10).mapToObj(i -> "row" + i + "\tlabel").toList());
        EngineEvaluation.Options options = EngineEvaluation.Options.parse(
                List.of("--corpora", corpora.toString(), "--sample", "3"));

        List<String[]> rows = options.tsv("set/rows.tsv", new PrintStream(new ByteArrayOutputStream()));

        assertEquals(List.of("row0", "row3", "row6"), rows.stream().map(r -> r[0]).toList());
        assertEquals("label", rows.get(0)[1]);
    }

    @Test
    void noSampleOrOneLargerThanTheCorpusReadsItAll() throws IOException {
        write("set/lines.jsonl", "{\"id\":1}", List.of("{\"id\":2}", "", "{\"id\":3}"));
        for (List<String> args : List.of(List.of("--corpora", corpora.toString()),
                List.of("--corpora", corpora.toString(), "--sample", "50"))) {
            List<String> lines = EngineEvaluation.Options.parse(args)
                    .lines("set/lines.jsonl", new PrintStream(new ByteArrayOutputStream()));
            assertEquals(List.of("{\"id\":1}", "{\"id\":2}", "{\"id\":3}"), lines);
        }
    }

    @Test
    void anAbsentCorpusIsSkippedWithAMessage() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        EngineEvaluation.Options options = EngineEvaluation.Options.parse(List.of("--corpora", corpora.toString()));

        assertNull(options.tsv("stance-dev/fomc-dev.tsv", new PrintStream(printed, true, StandardCharsets.UTF_8)));
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("corpus absent, skipped: "));
    }

    @Test
    void badArgumentsAreRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> EngineEvaluation.Options.parse(List.of("--sample", "many")));
        assertThrows(IllegalArgumentException.class, () -> EngineEvaluation.Options.parse(List.of("--sample", "-1")));
        assertThrows(IllegalArgumentException.class, () -> EngineEvaluation.Options.parse(List.of("--corpora")));
        assertThrows(IllegalArgumentException.class, () -> EngineEvaluation.Options.parse(List.of("fomc")));
    }

    private void write(String relative, String first, List<String> rest) throws IOException {
        Path file = corpora.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, first + "\n" + String.join("\n", rest) + "\n");
    }
}
