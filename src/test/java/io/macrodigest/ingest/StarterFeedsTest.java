package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The shipped starter list is well formed, each feed tagged by kind of publisher, and the README lists every URL. */
class StarterFeedsTest {

    static List<SourceInput> feeds() throws IOException {
        try (InputStream in = StarterFeedsTest.class.getClassLoader().getResourceAsStream(StarterFeeds.RESOURCE)) {
            assertNotNull(in, StarterFeeds.RESOURCE);
            return OpmlCodec.read(in.readAllBytes());
        }
    }

    @Test
    void everyFeedIsAPublicHttpsFeedWithATitleAndAGroup() throws IOException {
        List<SourceInput> feeds = feeds();
        assertTrue(feeds.size() >= 20, "feeds: " + feeds.size());
        assertEquals(feeds.size(), feeds.stream().map(SourceInput::url).distinct().count(), "no feed twice");
        Set<String> groups = Set.of("central-banks", "statistics", "markets", "crypto");
        for (SourceInput f : feeds) {
            assertTrue(f.url().startsWith("https://"), f.url());
            assertFalse(f.title() == null || f.title().isBlank(), f.url());
            assertTrue(f.tags().stream().anyMatch(groups::contains), f.url() + " " + f.tags());
            assertTrue(SourceKind.fromId(f.kind()).isPresent(), f.kind());
        }
        for (String group : groups) {
            assertTrue(feeds.stream().anyMatch(f -> f.tags().contains(group)), group);
        }
    }

    @Test
    void theReadmeListsEveryUrl() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (SourceInput f : feeds()) {
            assertTrue(readme.contains("| " + f.url() + " |"), "README lacks " + f.url());
        }
    }
}
