package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleChooserTest {

    private static final String BODY = "<p>Central banks kept rates on hold this week, and bond markets barely moved"
            + " as traders waited for the next inflation report, due at the end of the month.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String title(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://news.example/2024/rates").title();
    }

    @Test
    void dropsTheKickerSetAboveTheHeadline() {
        assertEquals("Rates stay on hold", title("<title>Central banks: Rates stay on hold | Daily</title>",
                "<article><h1><span class=\"article-kicker\">Central banks</span><span class=\"sr-only\">:</span>"
                        + "<span class=\"article-title\">Rates stay on hold</span></h1>" + BODY + "</article>"));
    }

    @Test
    void dropsAnUnlabelledRoofLineBox() {
        assertEquals("Rates stay on hold for another month", title("<title>Daily</title>",
                "<article><h1><span>Monetary policy</span> Rates stay on hold for another month</h1>" + BODY
                        + "</article>"));
    }

    @Test
    void skipsTheBlogNameHeadingThatLinksHome() {
        assertEquals("Rates stay on hold", title(
                "<title>Rates stay on hold | Notes on Money</title>",
                "<h1><a href=\"/\">Notes on Money</a></h1><article><h1 class=\"entry-title\">Rates stay on hold</h1>"
                        + BODY + "</article>"));
    }

    @Test
    void prefersTheHeadingThatRepeatsTheDeclaredTitleExactly() {
        assertEquals("Why rates stay on hold", title(
                "<title>Monetary policy - Why rates stay on hold - Daily</title>"
                        + "<meta property=\"og:title\" content=\"Why rates stay on hold\">",
                "<article><h1>Monetary policy</h1><h2>Why rates stay on hold</h2>" + BODY + "</article>"));
    }

    @Test
    void stripsOnlyTheDeclaredSiteNameFromAHiddenHeading() {
        assertEquals("Rates stay on hold – a pause, not a pivot", title(
                "<title>Rates stay on hold – a pause, not a pivot | Daily</title>"
                        + "<meta property=\"og:site_name\" content=\"Daily\">",
                "<h1 class=\"visuallyhidden\">Rates stay on hold – a pause, not a pivot | Daily</h1>" + BODY));
    }

    @Test
    void takesThePostHeadingWhenNothingIsDeclared() {
        assertEquals("Rates stay on hold", title("", "<div class=\"header\"><h3>Archive</h3></div>"
                + "<article><h2>Rates stay on hold</h2>" + BODY + "</article>"));
    }
}
