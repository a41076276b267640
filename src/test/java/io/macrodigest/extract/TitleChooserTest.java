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

    @Test
    void takesTheHeadingThatIsOnePartOfTheDeclaredTitle() {
        assertEquals("Rates stay on hold", title("<title>Notes on Money // » Rates stay on hold</title>",
                "<div class=\"box\"><h2>Rates stay on hold</h2>" + BODY + "</div>"));
        assertEquals("Why rates stay put", title(
                "<title>Why rates stay put - Central banks wait for more data : Money Notes</title>",
                "<h1>Why rates stay put</h1><h2>Central banks wait for more data</h2>" + BODY));
    }

    @Test
    void keepsTheHeadlineThatGoesOnPastTheShortenedDeclaredTitle() {
        assertEquals("Central banks keep rates on hold for a third month", title(
                "<title>Central banks keep rates on hold | Daily</title>",
                "<article><h1>Central banks keep rates on hold for a third month</h1>" + BODY + "</article>"));
        assertEquals("Central banks keep rates on hold", title(
                "<meta property=\"og:title\" content=\"Central banks keep rates on hold\">",
                "<article><h1>Central banks keep rates on hold <small>12.03.2024 • Markets</small></h1>" + BODY
                        + "</article>"));
    }

    @Test
    void readsATitleElementThatTheTemplatePrintedInTheBody() {
        assertEquals("Rates stay on hold in March", extractor.extract("<html><body><title>Rates stay on hold in"
                + " March</title><svg><title>Arrow</title></svg><div><h2>Rates stay on hold in March</h2>" + BODY
                + "</div></body></html>", null).title());
    }

    @Test
    void doesNotTakeAOneWordMenuHeadingForTheTitle() {
        assertEquals("Is a heat pump worth it in an old house?", title(
                "<title>Heatpump in old houses - when it pays | Heating Guide</title>",
                "<ul class=\"menu-list\"><li><h3>Heatpump</h3></li></ul>"
                        + "<div class=\"hero\"><h1>Is a heat pump worth it in an old house?</h1></div>" + BODY));
    }

    @Test
    void letsAnyDeclaredTitleVouchForTheHeadline() {
        assertEquals("Rates stay on hold as inflation cools in spring", title(
                "<title>Daily - Rates on hold as inflation cools - Markets</title>"
                        + "<meta property=\"og:title\" content=\"Join our newsletter today!\">",
                "<h1>Rates stay on hold as inflation cools in spring</h1><h1>Markets</h1>" + BODY));
    }

    @Test
    void skipsAHeadingThatTheTemplateNamesAsTheRoofLine() {
        assertEquals("Rates stay on hold", title(
                "<title>Rates stay on hold - Central banks: a pause</title>",
                "<header><h1 class=\"strapline\">Central banks: a pause</h1><h2 class=\"title\">Rates stay on hold</h2>"
                        + "</header>" + BODY));
    }

    @Test
    void takesTheHeadingMarkedAsTheHeadline() {
        assertEquals("Write for the people who read you", title("<title>Style - Writing Tips</title>",
                "<div class=\"page-header\"><h2 itemprop=\"headline\">Write for the people who read you</h2></div>"
                        + "<h2>Contents</h2>" + BODY));
    }

    @Test
    void takesTheHeadingThatOpensTheArticleWhenTheDeclaredTitleIsOnlyASectionName() {
        String body = "<div class=\"side\"><h2>Upcoming events</h2><ul><li><a href=\"/e\">Fair</a></li></ul></div>"
                + "<div class=\"main\"><h2>Rate pass applications open today</h2>" + BODY + BODY + "</div>";
        assertEquals("Rate pass applications open today",
                title("<title>Swimming - News - Swimming | National Federation</title>", body));
    }

    @Test
    void keepsTheDeclaredTitleWhenTheArticleOpensWithAOneWordLabel() {
        assertEquals("Rates stay on hold", title("<title>Rates stay on hold</title>",
                "<div class=\"main\"><h2>News</h2>" + BODY + BODY + "</div>"));
    }

    @Test
    void dropsTheDatelineSetBeforeTheHeadline() {
        assertEquals("Rates stay on hold", title("<title>23.01.2024 - Rates stay on hold</title>",
                "<article><h2>23.01.2024 - Rates stay on hold</h2>" + BODY + "</article>"));
    }

    @Test
    void prefersTheMainHeadlineThatExtendsTheDeclaredTitleToATeaserRepeatingIt() {
        assertEquals("Central banks keep rates on hold for a third month", title(
                "<title>Central banks keep rates on hold - Daily</title>",
                "<article><h1>Central banks keep rates on hold for a third month</h1>" + BODY + "</article>"
                        + "<div class=\"more\"><h3><a href=\"/a\">Central banks keep rates on hold</a></h3></div>"));
    }

    @Test
    void prefersTheHeadingMoreDeclaredTitlesAgreeOn() {
        assertEquals("„Rates“: the Fed holds again", title(
                "<title>The Fed holds again: \"Rates\"</title>"
                        + "<meta property=\"og:title\" content=\"„Rates“: the Fed holds again\">"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"&#8222;Rates&#8220;: the Fed holds again\"}</script>",
                "<h1>The Fed holds again: \"Rates\"</h1><article><h2>„Rates“: the Fed holds again</h2>" + BODY
                        + "</article>"));
    }

    @Test
    void takesTheHeadlineOutOfATrailOfShortNames() {
        assertEquals("Central banks keep rates on hold again", title(
                "<title>Fed Watchers Club - Central banks keep rates on hold again - Press - News</title>", BODY));
        assertEquals("Central banks keep rates on hold again", title(
                "<title>Fed Watchers » Blog Archive » Central banks keep rates on hold again</title>", BODY));
    }

    @Test
    void keepsATitleAndItsSubtitleBesideADomainWhole() {
        String title = "On hold - Why the central bank keeps waiting for clearer inflation data : rates.example";
        assertEquals(title, TitleChooser.stripSiteName(title, null));
    }

    @Test
    void stripsTheSiteNameSetWithoutSpacesAfterAChineseTitle() {
        assertEquals("美联储维持利率不变", title("<title>美联储维持利率不变-财经新闻网</title>", BODY));
    }

    @Test
    void takesTheOpeningHeadingNearestTheProse() {
        String body = "<div class=\"main\"><h2>Upcoming events</h2><ul><li><a href=\"/e\">Fair</a></li></ul>"
                + "<div class=\"l-headline\"><span>Rate pass applications open today</span></div>" + BODY + BODY
                + "</div>";
        assertEquals("Rate pass applications open today",
                title("<title>Swimming - News - Swimming | National Federation</title>", body));
        assertEquals("Rate pass applications open today", title("<title>National Federation</title>",
                "<div class=\"main\"><h4>Rate pass applications open today</h4>" + BODY + BODY + "</div>"));
    }

    @Test
    void keepsTheHeadlineWhenOnlyAScreenReaderPartFollowsIt() {
        assertEquals("Energy transition and sustainable business", title("<title>Energy - Ministry</title>",
                "<article><h1><span>Energy transition and sustainable business</span><span class=\"aural\">: "
                        + "</span><small class=\"topline\">Research</small></h1>" + BODY + "</article>"));
    }

    @Test
    void prefersASecondLevelHeadlineThatExtendsTheShortenedDeclaredTitle() {
        assertEquals("Rates on hold: ten things for markets to watch", title(
                "<title>Rates on hold: ten things | Daily</title>",
                "<h1>Rates on hold: ten things</h1><article><h2><span>Central banks</span> Rates on hold: ten things"
                        + " for markets to watch</h2>" + BODY + "</article>"));
    }

    @Test
    void stripsTheSiteNameBeforeJudgingTheRestAsDecoration() {
        assertEquals("Frankfurt: rates on hold again – bond traders expect a cut", TitleChooser.stripSiteName(
                "Frankfurt: rates on hold again – bond traders expect a cut | Daily.example", "Daily.example"));
        assertEquals("Rates on hold again", TitleChooser.stripSiteName(
                "Rates on hold again - Markets | Daily.example", "Daily.example"));
    }

    @Test
    void takesTheSecondHeadlineThatGoesOnPastTheFirstAndTheDeclaredTitle() {
        assertEquals("Central banks keep rates on hold - part 3 – the Fed (1990 to 2000)", title(
                "<title>Central banks keep rates on hold - Archive - Fed Watchers Club - Notes</title>",
                "<article><h1>Central banks keep rates on hold - part 3</h1><h2>Central banks keep rates on hold"
                        + " - part 3 – the Fed (1990 to 2000)</h2>" + BODY + "</article>"));
    }

    @Test
    void ignoresAHeadlineTheTemplatePrintsTwice() {
        String newsletter = "<div class=\"teaser\"><h1>Love in your inbox: our newsletter</h1></div>";
        assertEquals("Why rates stay on hold this winter", title("<title>Winter guide | Daily</title>",
                "<h1>Why rates stay on hold this winter</h1><div>" + BODY + "</div>" + newsletter + newsletter));
    }

    @Test
    void takesThePartTheDisagreeingDeclaredTitlesShare() {
        assertEquals("The rate decision explained", title(
                "<title>Daily | Previews: The rate decision explained</title>"
                        + "<meta property=\"og:title\" content=\"On hold again?: The rate decision explained\">",
                BODY));
    }

    @Test
    void keepsTheOnlyH1ThatResemblesTheDeclaredTitleOverATaglineItQuotes() {
        assertEquals("Rate Tracker 15 for Banks", title(
                "<title>Follow every rate decision - Rate Tracker 15 Software for Banks</title>",
                "<article><h1>Rate Tracker 15 for Banks</h1>" + BODY + "<h2>Follow every rate decision</h2>"
                        + "</article>"));
    }

    @Test
    void matchesAHeadlineToADeclaredTitleWrittenWithOtherFormsOfItsWords() {
        assertEquals("Rate cuts: leasing or financing?", title(
                "<title>Rate cuts: lease or finance? What pays off?</title>",
                "<article><h1>Rate cuts: leasing or financing?</h1>" + BODY + "<h2>Summary – rate cuts: lease or"
                        + " finance?</h2>" + BODY + "</article>"));
    }

    @Test
    void takesTheStyledHeadlineAboveATopicLabelHeading() {
        String hero = "<div class=\"stage-headline\">Find the cheapest car loan today</div>";
        assertEquals("Find the cheapest car loan today", title("<title>Car loan offers compared</title>",
                hero + "<article><h1>Car loan</h1>" + BODY + "</article>"));
        String breadcrumb = "<div class=\"crumbs-headline\"><a href=\"/\">Home</a> <a href=\"/l\">Car loan</a> "
                + "<a href=\"/x\">rates</a></div>";
        assertEquals("Car loan", title("<title>Car loan offers compared</title>",
                breadcrumb + "<article><h1>Car loan</h1>" + BODY + "</article>"));
    }
}
