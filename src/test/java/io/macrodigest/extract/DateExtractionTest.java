package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class DateExtractionTest {

    private static final String BODY = "<p>Central banks kept rates on hold this week, and bond markets barely moved"
            + " as traders waited for the next inflation report, due at the end of the month.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private OffsetDateTime date(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", null)
                .publishedAt();
    }

    @Test
    void restatesAUtcTimestampInTheOffsetThePageUsesForTheSameMoment() {
        OffsetDateTime d = date("<meta property=\"article:published_time\" content=\"2022-05-04T03:37:37+00:00\">",
                "<article><time datetime=\"2022-05-03T23:37:37-04:00\">3 May 2022</time>" + BODY + "</article>");
        assertEquals(LocalDate.of(2022, 5, 3), d.toLocalDate());
    }

    @Test
    void keepsUtcWhenNoOtherTimestampNamesTheSameMoment() {
        OffsetDateTime d = date("<meta property=\"article:published_time\" content=\"2022-05-04T03:37:37Z\">",
                "<article><time datetime=\"2021-01-02T10:00:00+01:00\">2 Jan 2021</time>" + BODY + "</article>");
        assertEquals(LocalDate.of(2022, 5, 4), d.toLocalDate());
    }

    @Test
    void readsAWholeHourUtcEveningAsTheNextDaysLocalMidnight() {
        OffsetDateTime winter = date("<meta property=\"article:published_time\" content=\"2022-11-06T23:00:00Z\">",
                BODY);
        assertEquals(LocalDate.of(2022, 11, 7), winter.toLocalDate());
        OffsetDateTime summer = date("<meta property=\"article:published_time\" content=\"2022-06-06T22:00:00Z\">",
                BODY);
        assertEquals(LocalDate.of(2022, 6, 7), summer.toLocalDate());
        OffsetDateTime evening = date("<meta property=\"article:published_time\" content=\"2022-11-06T23:14:09Z\">",
                BODY);
        assertEquals(LocalDate.of(2022, 11, 6), evening.toLocalDate());
        // 22:00 UTC in January is 23:00 in Central Europe: still the same day
        OffsetDateTime winterTen = date("<meta property=\"article:published_time\" content=\"2022-01-10T22:00:00Z\">",
                BODY);
        assertEquals(LocalDate.of(2022, 1, 10), winterTen.toLocalDate());
    }

    @Test
    void readsATimeElementWhenItIsTheOnlyMarkup() {
        assertEquals(LocalDate.of(2024, 3, 7), date("", "<article><time datetime=\"2024-03-07T08:15:00+01:00\">"
                + "7 March</time>" + BODY + "</article>").toLocalDate());
    }

    @Test
    void readsADateWrittenOnALineOfItsOwnWhenNothingMarksItUp() {
        assertEquals(LocalDate.of(2023, 11, 1), date("", "<article>" + BODY
                + "<p>Erstellt am: 01.11.2023</p></article>").toLocalDate());
    }

    @Test
    void ignoresDatesInsideTheStorysSentences() {
        assertNull(date("", "<article>" + BODY + "<p>The next meeting is on 12 March 2025, when the committee will"
                + " publish new projections for growth and inflation over the next three years.</p></article>"));
    }

    @Test
    void readsPolishMonthNamesIncludingTheLongestOne() {
        assertEquals(LocalDate.of(2021, 3, 16), Dates.parseWritten("16 marca 2021").toLocalDate());
        assertEquals(LocalDate.of(2021, 10, 7), Dates.parseWritten("opublikowano: 7 października 2021").toLocalDate());
    }

    @Test
    void readsDottedDatesWithATwoDigitYearButNotVersionNumbers() {
        assertEquals(LocalDate.of(2023, 10, 31), Dates.parseWritten("Von: Anna Berg | 31.10.23").toLocalDate());
        assertEquals(LocalDate.of(2019, 9, 28), Dates.parseWritten("28.09.19 12:44").toLocalDate());
        assertNull(Dates.parseWritten("Release 1.10.23.4"));
        assertNull(Dates.parseWritten("Python 3.11.12 released"));
        assertEquals(LocalDate.of(2020, 3, 1), Dates.parseWritten("31.02.2020, corrected 01.03.2020").toLocalDate());
    }

    @Test
    void readsSlashedDatesDayFirstInTextAndMonthFirstInMarkup() {
        assertEquals(LocalDate.of(2020, 10, 2), Dates.parseWritten("The Guardian 02/10/2020").toLocalDate());
        assertEquals(LocalDate.of(2022, 2, 17), Dates.parseWritten("Familie 17/02/2022").toLocalDate());
        assertEquals(LocalDate.of(2023, 11, 1), date("<meta name=\"date\" content=\"11/01/2023 12:43:42\">", BODY)
                .toLocalDate());
        assertEquals(LocalDate.of(2023, 1, 25), Dates.parse("25/01/2023").toLocalDate());
    }

    @Test
    void readsAnIsoTimestampWrittenOnALineOfItsOwn() {
        assertEquals(LocalDate.of(2023, 11, 7), date("", "<article>" + BODY
                + "<p>Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 09:00:00</p></article>").toLocalDate());
    }

    @Test
    void readsThePublicationDateFromTheStateAScriptDrivenTemplateHandsItsCode() {
        assertEquals(LocalDate.of(2019, 3, 2), date("", "<script id=\"__NEXT_DATA__\" type=\"application/json\">"
                + "{\"props\":{\"article\":{\"published_at\":\"2019-03-02T06:22:28+01:00\"}}}</script><article>" + BODY
                + "</article>").toLocalDate());
        assertEquals(LocalDate.of(2022, 1, 31), date("", "<script>window.state = JSON.parse(\"{\\\"createdAt\\\":"
                + "\\\"2022-01-31T15:58:43+01:00\\\"}\");</script><article>" + BODY + "</article>").toLocalDate());
    }

    @Test
    void prefersAPublicationFieldOfScriptStateToACreationField() {
        assertEquals(LocalDate.of(2023, 11, 1), date("", "<script>var s = {\"user\":{\"createdAt\":"
                + "\"2015-03-02T10:00:00Z\"},\"article\":{\"datePublished\":\"2023-11-01T10:00:00Z\"}};</script>"
                + "<article>" + BODY + "</article>").toLocalDate());
        assertEquals(LocalDate.of(2023, 11, 1), date("", "<script>var s = {\"publishedAt\":\"1698832800000\","
                + "\"published_at\":\"2023-11-01T10:00:00Z\"};</script><article>" + BODY + "</article>")
                .toLocalDate());
    }
}
