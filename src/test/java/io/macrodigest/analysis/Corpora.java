package io.macrodigest.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the third-party evaluation corpora (read in place, never copied into the project): system property
 * {@code corpora.dir}, else env {@code CORPORA_DIR}, else {@code ../shared/corpora}.
 */
public final class Corpora {

    private Corpora() {
    }

    public static Path dir() {
        String configured = System.getProperty("corpora.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("CORPORA_DIR");
        }
        return configured == null || configured.isBlank() ? Path.of("../shared/corpora") : Path.of(configured);
    }

    /** The file, or the test is skipped with a message saying what is missing. */
    public static Path require(String relative) {
        Path file = dir().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                () -> "evaluation corpus absent, skipping: " + file.toAbsolutePath()
                        + " (set -Dcorpora.dir or CORPORA_DIR)");
        return file;
    }

    public static Path seeds() {
        Path dir = dir().resolveSibling("seeds");
        Assumptions.assumeTrue(Files.isDirectory(dir), () -> "seeds absent, skipping: " + dir.toAbsolutePath());
        return dir;
    }

    /**
     * A fixed half of a corpus, by CRC32 of the item's text (even = half A): rules are developed on half A's
     * errors and kept when half B does not suffer, so B estimates held-out accuracy less optimistically.
     */
    public static boolean inHalfA(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.trim().getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    /** Rows of a tab-separated file with a header line. */
    public static List<String[]> tsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
