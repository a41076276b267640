package io.macrodigest.config;
import io.macrodigest.analysis.drivers.Driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.macrodigest.article.ArticleStore;
import io.macrodigest.article.ArticleView;
import io.quarkus.test.junit.QuarkusTest;

/** The dev sample content: our own articles, analysed, dated within the last days, covering the main themes. */
@QuarkusTest
class SampleContentLoaderTest {

    @Inject
    SampleContentLoader loader;
    @Inject
    ArticleStore store;

    @Test
    void samplesCoverRatesInflationLiquidityAndCryptoAndAreRecent() {
        List<Long> ids = loader.ingestSamples();
        assertEquals(4, ids.size());
        Set<Driver> drivers = new HashSet<>();
        Set<String> assets = new HashSet<>();
        for (long id : ids) {
            ArticleView article = store.find(id);
            assertNotNull(article.analysis(), "analysed: " + article.title());
            assertFalse(article.analysis().summary().isBlank(), article.title());
            assertTrue(article.publishedAt().isAfter(Instant.now().minus(Duration.ofDays(4))),
                    "dated within the last days so that this week's digest shows it: " + article.publishedAt());
            article.analysis().drivers().forEach(d -> drivers.add(d.driver()));
            article.analysis().assets().forEach(a -> assets.add(a.asset()));
        }
        assertTrue(drivers.containsAll(Set.of(Driver.RATES, Driver.INFLATION, Driver.LIQUIDITY)), drivers.toString());
        assertTrue(assets.contains("btc"), assets.toString());
        assertEquals(ids, loader.ingestSamples(), "loading again updates the same articles");
    }
}
