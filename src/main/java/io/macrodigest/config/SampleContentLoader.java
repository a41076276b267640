package io.macrodigest.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.macrodigest.article.Article;
import io.macrodigest.ingest.IngestService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/** Ingests the sample articles we wrote (src/main/resources/sample) into an empty database. */
@Singleton
public class SampleContentLoader {

    private static final Logger LOG = Logger.getLogger(SampleContentLoader.class);
    private static final List<String> PAGES = List.of("fed-signals-december-cut", "core-inflation-cools",
            "balance-sheet-runoff-ends", "bitcoin-lags-gold");

    private static final Pattern PUBLISHED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private final SampleContentConfig config;
    private final IngestService ingest;

    public SampleContentLoader(SampleContentConfig config, IngestService ingest) {
        this.config = config;
        this.ingest = ingest;
    }

    void load(@Observes StartupEvent event) {
        if (!config.enabled() || QuarkusTransaction.requiringNew().call(() -> Article.count()) > 0) {
            return;
        }
        ingestSamples();
        LOG.infof("Loaded %d sample articles into the empty database", PAGES.size());
    }

    /** Ingests every sample page (an update where it is already stored) and returns their ids. */
    List<Long> ingestSamples() {
        List<Long> ids = new ArrayList<>();
        // the pages carry their own publication times; moved to the last few days, they fill this week's digest
        // and the pulse on a first start whenever that is
        Instant newest = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
        for (int i = 0; i < PAGES.size(); i++) {
            String html = PUBLISHED.matcher(read("/sample/" + PAGES.get(i) + ".html"))
                    .replaceAll(newest.minus(i * 20L, ChronoUnit.HOURS).toString());
            ids.add(ingest.ingest(URI.create("https://sample.macro-digest.invalid/" + PAGES.get(i)), html,
                    IngestService.Origin.API).article().id());
        }
        return ids;
    }

    private static String read(String resource) {
        try (InputStream in = SampleContentLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
