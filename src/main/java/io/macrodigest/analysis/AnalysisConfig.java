package io.macrodigest.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;


/**
 * Settings of the embedded engine: the length of its summaries, and what operators add to its shipped asset and
 * theme vocabulary ({@code analysis/assets.txt}).
 */
@ConfigMapping(prefix = "digest.analysis")
public interface AnalysisConfig {

    /**
     * The summary length to aim for, in words (at least 10); a summary runs from two thirds to one and a half
     * times it, so the default 60 gives about 40 to 90 words.
     */
    @WithDefault("60")
    int summaryWords();

    /**
     * More assets or themes by id, each valued {@code display name | aliases separated by commas | flags}, e.g.
     * {@code digest.analysis.assets.uranium=Uranium | uranium, U3O8}. A known id gains the aliases.
     */
    Map<String, String> assets();

    /** A file of more lines in the {@code assets.txt} format, e.g. a mounted Kubernetes ConfigMap. */
    Optional<Path> assetsFile();

    /** The configured lines in the vocabulary's own format: the file's, then the properties'. */
    default List<String> extraAssetLines() {
        List<String> lines = new ArrayList<>();
        assetsFile().ifPresent(file -> {
            try {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("digest.analysis.assets-file cannot be read: " + file, e);
            }
        });
        assets().forEach((id, rest) -> lines.add(id + " | " + rest));
        return lines;
    }
}
