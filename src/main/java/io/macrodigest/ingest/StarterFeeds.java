package io.macrodigest.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The curated OPML of public macro and crypto feeds shipped with the service ({@value #RESOURCE}). Nothing in it
 * is fetched until it is imported; importing again skips every feed already registered.
 */
@ApplicationScoped
public class StarterFeeds {

    static final String RESOURCE = "sources/starter-feeds.opml";

    private final SourceService sources;
    private final List<SourceInput> feeds;

    public StarterFeeds(SourceService sources) {
        this.sources = sources;
        this.feeds = OpmlCodec.read(read());
    }

    /** The feeds of the list, as they would be registered. */
    public List<SourceInput> feeds() {
        return feeds;
    }

    /** Registers every feed not yet known, polled from now on or, with {@code enabled} false, paused. */
    public SourceService.ImportResult importAll(boolean enabled) {
        return sources.importAll(feeds.stream().map(f -> new SourceInput(f.url(), f.kind(), f.title(),
                f.pollIntervalSeconds(), enabled, f.llmEnabled(), f.tags())).toList());
    }

    private static byte[] read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
