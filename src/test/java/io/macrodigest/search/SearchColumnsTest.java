package io.macrodigest.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.search.DriverFilter.Tone;
import io.macrodigest.support.Sql;
import io.macrodigest.support.TestArticles;
import io.quarkus.test.junit.QuarkusTest;

/** The search row's drivers and assets (V41) are what the filters and facets in Java read them as. */
@QuarkusTest
class SearchColumnsTest {

    @Inject
    Sql sql;

    @Test
    void driverBitsAndAssetFormsAgreeWithTheMigration() {
        long id = TestArticles.ingest("Markets weigh the data " + TestArticles.marker(), Instant.now().toString(),
                "Investors weighed the data and the outlook for the quarter.");
        sql.run("delete from article_driver where article_id = ?1", id);
        sql.run("delete from article_asset where article_id = ?1", id);
        Object[][] drivers = { { "RATES", 0.5 }, { "INFLATION", -0.5 }, { "GROWTH", 0.0 }, { "LIQUIDITY", 0.3 },
                { "RISK_APPETITE", -0.2 } };
        for (int i = 0; i < drivers.length; i++) {
            sql.run("insert into article_driver (article_id, position, driver, tone, direction, confidence, evidence)"
                    + " values (?1, ?2, ?3, ?4, 'x', 0.5, '[]')", id, i, drivers[i][0], drivers[i][1]);
        }
        sql.run("insert into article_asset (article_id, position, asset, sentiment, mentions) values"
                + " (?1, 0, 'BTC', 0.1, 1), (?1, 1, 'gold', 0.2, 1)", id);
        sql.run("call article_refresh_search(?1)", id);

        int expected = 0;
        for (Object[] d : drivers) {
            Driver driver = Driver.valueOf((String) d[0]);
            double tone = (double) d[1];
            expected |= DriverFilter.bit(driver, Tone.ANY);
            expected |= tone > 0 ? DriverFilter.bit(driver, Tone.POSITIVE) : tone < 0 ? DriverFilter.bit(driver, Tone.NEGATIVE) : 0;
        }
        assertEquals(expected, sql.id("select drivers from article_search where article_id = ?1", id));
        assertEquals(1, sql.id("select count(*) from article_search where article_id = ?1 and assets @> '{=BTC,btc,gold}' and cardinality(assets) = 3", id),
                "lower case for the filter, and the ticker as written for the facet");

        // the text index's filter keys (V42): one per driver bit and asset form, the label and the source
        StringBuilder keys = new StringBuilder("{a:=BTC,a:btc,a:gold");
        for (int b = 0; b < Integer.SIZE - 1; b++) {
            if ((expected & (1 << b)) != 0) {
                keys.append(",d").append(b);
            }
        }
        keys.append('}');
        assertEquals(1, sql.id("select count(*) from (select search_filter_keys(drivers, assets, source_id, sentiment_label) k,"
                + " cast(?2 as text[]) || array_remove(array['s:' || sentiment_label, 'src:' || source_id], null) e"
                + " from article_search where article_id = ?1) x where k @> e and cardinality(k) = cardinality(e)",
                id, keys.toString()));
    }
}
