package io.macrodigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutletsTest {

    @Test
    void theSiteNameElseTheHostWithoutWww() {
        assertEquals("Daily Ledger", Outlets.name(" Daily Ledger ", "https://www.ledger.example/a"));
        assertEquals("ledger.example", Outlets.name(null, "https://WWW.Ledger.example/a?b=c"));
        assertEquals("news.ledger.example", Outlets.name("", "https://news.ledger.example/a"));
        assertEquals("not a url", Outlets.name(null, "not a url"));
        assertEquals("", Outlets.name(null, null));
    }
}
