package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    static final String ROBOTS = """
            # comments are ignored
            User-agent: *
            Disallow: /private/
            Disallow: /*.pdf$
            Allow: /private/press/
            Crawl-delay: 4

            User-agent: OtherBot
            User-agent: macro-digest
            Disallow: /markets/live
            Allow: /markets/live/summary
            Crawl-delay: 2.5
            """;

    @Test
    void ourOwnGroupWinsOverTheWildcard() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "macro-digest");
        assertFalse(rules.allows("/markets/live/today"));
        assertTrue(rules.allows("/markets/live/summary/1"));
        assertTrue(rules.allows("/private/anything"), "the * group does not apply when ours exists");
        assertEquals(Duration.ofMillis(2500), rules.crawlDelay());
    }

    @Test
    void otherCrawlersGetTheWildcardGroupWithLongestMatchAndAnchors() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "someone-else");
        assertFalse(rules.allows("/private/notes"));
        assertTrue(rules.allows("/private/press/release-1"));
        assertFalse(rules.allows("/reports/q3.pdf"));
        assertTrue(rules.allows("/reports/q3.pdf?download=1"));
        assertTrue(rules.allows("/news/fed"));
        assertEquals(Duration.ofSeconds(4), rules.crawlDelay());
    }

    @Test
    void emptyOrMissingRulesAllowEverything() {
        assertTrue(RobotsRules.parse("", "macro-digest").allows("/x"));
        assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "macro-digest").allows("/x"));
        assertNull(RobotsRules.parse("User-agent: *\nDisallow:\n", "macro-digest").crawlDelay());
        assertFalse(RobotsRules.DISALLOW_ALL.allows("/"));
    }
}
