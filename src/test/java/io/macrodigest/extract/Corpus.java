package io.macrodigest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shared evaluation corpus, read in place: its pages are under a third-party licence and are never copied
 * into this project.
 */
final class Corpus {

    static final String NAME = "extraction-dev";

    record Page(String id, String url, Path file, List<String> with, List<String> without, String title,
            String author, String date) {

        /** The annotation's address when it is a real one; some are only labels and must not be used as URLs. */
        String usableUrl() {
            return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url.strip() : null;
        }

        byte[] bytes() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Corpus() {
    }

    /** System property corpora.dir, else env CORPORA_DIR, else ../shared/corpora from the working directory. */
    static Optional<Path> locate() {
        String configured = System.getProperty("corpora.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("CORPORA_DIR");
        }
        Path root = configured == null || configured.isBlank() ? Path.of("..", "shared", "corpora") : Path.of(configured);
        Path dir = root.resolve(NAME);
        return Files.isRegularFile(dir.resolve("annotations.jsonl")) ? Optional.of(dir) : Optional.empty();
    }

    static List<Page> load(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("annotations.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = mapper.readTree(line);
            pages.add(new Page(n.path("id").asText(), n.path("url").asText(null), dir.resolve(n.path("file").asText()),
                    strings(n.path("with")), strings(n.path("without")), n.path("title").asText(null),
                    n.path("author").asText(null), n.path("date").asText(null)));
        }
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
