package io.macrodigest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateExtensionsTest {

    @Test
    void queryValuesFromConfigurationStayOneParameter() {
        // asset ids can be added by configuration, so a link must survive spaces, '&' and '#'
        assertEquals("S%26P+500", TemplateExtensions.urlEncoded("S&P 500"));
        assertEquals("rates%23cuts", TemplateExtensions.urlEncoded("rates#cuts"));
    }

    @Test
    void formDatesAreUtcDaysAndAnExclusiveEndShowsTheDayBefore() {
        assertEquals("2026-03-01", TemplateExtensions.day(java.time.Instant.parse("2026-03-01T23:30:00Z")));
        assertEquals("2026-02-28", TemplateExtensions.lastDayBefore(java.time.Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void tonesShowTheirSignAndADeadZoneStaysNeutral() {
        assertEquals("+0.25", TemplateExtensions.signed(0.25));
        assertEquals("-1.00", TemplateExtensions.signed(-1));
        assertEquals("neu", TemplateExtensions.toneClassOf(0.05));
        assertEquals("pos", TemplateExtensions.toneClassOf(0.4));
        assertEquals("neg", TemplateExtensions.toneClassOf(-0.4));
    }
}
