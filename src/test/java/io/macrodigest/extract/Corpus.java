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
 * The shared evaluation corpora, read in place: their pages are under third-party licences and are never copied
 * into this project.
 */
final class Corpus {

    static final String NAME = "extraction-dev";
    /** The second corpus: WCXB article pages and L3S-GN1, each with its reference main text. */
    static final String SECOND = "extraction-dev2";

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

    /** A page of the second corpus: which source set it comes from and its reference main text. */
    record Reference(Page page, String dataset, String text) {
    }

    private Corpus() {
    }

    static Optional<Path> locate() {
        return locate(NAME, "annotations.jsonl");
    }

    static Optional<Path> locateSecond() {
        return locate(SECOND, "truth.jsonl");
    }

    /** System property corpora.dir, else env CORPORA_DIR, else ../shared/corpora from the working directory. */
    private static Optional<Path> locate(String name, String marker) {
        String configured = System.getProperty("corpora.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("CORPORA_DIR");
        }
        Path root = configured == null || configured.isBlank() ? Path.of("..", "shared", "corpora") : Path.of(configured);
        Path dir = root.resolve(name);
        return Files.isRegularFile(dir.resolve(marker)) ? Optional.of(dir) : Optional.empty();
    }

    static List<Page> load(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (JsonNode n : lines(dir.resolve("annotations.jsonl"))) {
            pages.add(page(dir, n));
        }
        return pages;
    }

    static List<Reference> loadSecond(Path dir) throws IOException {
        List<Reference> pages = new ArrayList<>();
        for (JsonNode n : lines(dir.resolve("truth.jsonl"))) {
            pages.add(new Reference(page(dir, n), n.path("dataset").asText(), n.path("text").asText("")));
        }
        return pages;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return nodes;
    }

    private static Page page(Path dir, JsonNode n) {
        return new Page(n.path("id").asText(), n.path("url").asText(null), dir.resolve(n.path("file").asText()),
                strings(n.path("with")), strings(n.path("without")), n.path("title").asText(null),
                n.path("author").asText(null), n.path("date").asText(null));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
