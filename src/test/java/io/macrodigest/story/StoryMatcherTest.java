package io.macrodigest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The story rule on small reports we wrote, with the real model: the hard cases of same event and same topic.
 * A Quarkus test because the model's native libraries can be loaded by one class loader per JVM: every test that
 * runs the model uses the application's.
 */
@QuarkusTest
class StoryMatcherTest {

    @Inject
    StoryProfiler profiler;
    @Inject
    StoryMatcher matcher;

    static final String FED_CUT_A_TITLE = "Fed lowers rates by a quarter point, signals caution";
    static final String FED_CUT_A = "The Federal Reserve cut its benchmark interest rate by a quarter of a "
            + "percentage point on Wednesday, to a range of 3.50% to 3.75%, and Chair Jerome Powell said officials "
            + "would move carefully from here as inflation remains above the 2% goal.";
    static final String FED_CUT_B_TITLE = "Powell delivers December cut but hints at slower pace";
    static final String FED_CUT_B = "Jerome Powell and his colleagues at the Federal Reserve reduced borrowing "
            + "costs for a third meeting in a row on Wednesday, bringing the target range to 3.50%-3.75%, while "
            + "signalling that further easing may come more slowly next year.";
    static final String BITCOIN_TITLE = "Bitcoin slides as traders digest Fed outlook";
    static final String BITCOIN = "Bitcoin fell 4% to about $88,000 on Thursday as crypto traders weighed the "
            + "Federal Reserve's signal of fewer rate cuts next year, with Ether and Solana dropping more sharply.";
    static final String CLAIMS_1_TITLE = "US jobless claims fall to 220,000";
    static final String CLAIMS_1 = "The number of Americans filing new applications for unemployment benefits "
            + "fell by 9,000 to 220,000 last week, the Labor Department said on Thursday, pointing to a labor "
            + "market that remains resilient.";
    static final String CLAIMS_2_TITLE = "US jobless claims rise to 236,000";
    static final String CLAIMS_2 = "The number of Americans filing new applications for unemployment benefits "
            + "rose by 16,000 to 236,000 last week, the Labor Department said on Thursday, a sign the labor "
            + "market may be cooling.";

    static final String FED_CUT_A_LEAD = "The Federal Reserve cut interest rates by a quarter point on Wednesday, "
            + "and Chair Jerome Powell said officials would move carefully from here.";
    static final String FED_CUT_B_LEAD = "Jerome Powell's Federal Reserve lowered borrowing costs by 25 basis "
            + "points on Wednesday and signalled a slower pace of cuts ahead.";
    static final String BITCOIN_LEAD = "Bitcoin fell on Thursday as crypto traders weighed the Federal Reserve's "
            + "signal of fewer rate cuts next year.";
    /** {@code digest.story.lead-words}: a profile of this many words is a full lead. */
    static final int FULL = 160;

    @Test
    void theSameEventInDifferentWordsJoins() {
        StoryProfile first = profiler.profile(FED_CUT_A_TITLE, FED_CUT_A);
        StoryProfile second = profiler.profile(FED_CUT_B_TITLE, FED_CUT_B);
        Optional<StoryMatch> match = matcher.match(second, List.of(candidate(1, first)));
        assertTrue(match.isPresent(), "two reports of one Fed decision should be one story");
        assertEquals(1, match.get().storyId());
        assertEquals(1L, match.get().matchedArticleId());
        assertTrue(match.get().similarity() > 0, "the similarity that joined is recorded");
    }

    @Test
    void aMarketReactionIsAStoryOfItsOwn() {
        StoryProfile cut = profiler.profile(FED_CUT_A_TITLE, FED_CUT_A);
        StoryProfile bitcoin = profiler.profile(BITCOIN_TITLE, BITCOIN);
        assertTrue(matcher.match(bitcoin, List.of(candidate(1, cut))).isEmpty());
    }

    @Test
    void twoWeeklyReportsOfOneSeriesStayApart() {
        StoryProfile week1 = profiler.profile(CLAIMS_1_TITLE, CLAIMS_1);
        StoryProfile week2 = profiler.profile(CLAIMS_2_TITLE, CLAIMS_2);
        assertTrue(week1.facts().figuresDisagree(week2.facts()), week1.facts() + " vs " + week2.facts());
        assertTrue(matcher.match(week2, List.of(candidate(1, week1))).isEmpty(),
                "same wording, different figures: different releases");
    }

    @Test
    void theMostSimilarStoryWinsAndTiesGoToTheOlderArticle() {
        StoryProfile a = profiler.profile(FED_CUT_A_TITLE, FED_CUT_A);
        StoryProfile b = profiler.profile(FED_CUT_B_TITLE, FED_CUT_B);
        Optional<StoryMatch> match = matcher.match(b, List.of(candidate(7, a), candidate(3, a)));
        assertEquals(3L, match.orElseThrow().matchedArticleId());
    }

    @Test
    void withoutAnEmbeddingNothingIsMatched() {
        StoryProfile a = profiler.profile(FED_CUT_A_TITLE, FED_CUT_A);
        StoryProfile none = new StoryProfile(null, a.facts(), a.words());
        assertTrue(matcher.match(none, List.of(candidate(1, a))).isEmpty());
    }

    @Test
    void twoRareSharedNamesJoinBelowTheGreyZoneButCommonOnesDoNot() {
        StoryProfile article = new StoryProfile(at(0.72), new StoryFacts(Set.of(), Set.of("fed", "acme", "dover")),
                FULL);
        StoryCandidate report = new StoryCandidate(1, 1, at(1), new StoryFacts(Set.of(), Set.of("acme", "dover")),
                FULL);
        List<StoryCandidate> window = new ArrayList<>(List.of(report));
        for (long id = 2; id <= 40; id++) {
            window.add(new StoryCandidate(id, id, at(0), new StoryFacts(Set.of(), Set.of("fed")), FULL));
        }
        assertEquals("rare-names", matcher.match(article, window).orElseThrow().rule());

        // the same two names in a dozen other articles of the window are no evidence of one event
        for (long id = 2; id <= 12; id++) {
            StoryFacts same = new StoryFacts(Set.of(), Set.of("acme", "dover"));
            window.set((int) id - 1, new StoryCandidate(id, id, at(0), same, FULL));
        }
        assertTrue(matcher.match(article, window).isEmpty());
        // nor are they in a window too small to tell a rare name from a common one
        assertTrue(matcher.match(article, List.of(report)).isEmpty());
    }

    @Test
    void figuresOfDifferentKindsDoNotKeepSimilarReportsApart() {
        StoryFacts cutInPoints = new StoryFacts(Set.of("25bp"), Set.of());
        StoryProfile article = new StoryProfile(at(0.80), new StoryFacts(Set.of("3.75%"), Set.of()), FULL);
        assertEquals("similar", matcher.match(article, List.of(new StoryCandidate(1, 1, at(1), cutInPoints, FULL)))
                .orElseThrow().rule());
        StoryFacts otherRate = new StoryFacts(Set.of("4%"), Set.of());
        assertTrue(matcher.match(article, List.of(new StoryCandidate(1, 1, at(1), otherRate, FULL))).isEmpty());
    }

    @Test
    void theClearlyBestStoryJoinsFromTheGreyZoneInAWindowOfTenOrMore() {
        StoryFacts none = new StoryFacts(Set.of(), Set.of());
        StoryProfile article = new StoryProfile(at(0.75), none, FULL);
        List<StoryCandidate> window = window(article, none, none, 0.60);
        StoryMatch match = matcher.match(article, window).orElseThrow();
        assertEquals("clear-best", match.rule(), "0.75 against 0.60 for every other story, no shared fact");
        assertEquals(1, match.storyId());

        // another article of the same story close behind is no rival
        window.set(1, new StoryCandidate(2, 1, turned(article.vector(), 0.72), none, FULL));
        assertEquals("clear-best", matcher.match(article, window).orElseThrow().rule());
        // another story close behind (0.05 less) is: two events of one topic
        window.set(1, new StoryCandidate(2, 2, turned(article.vector(), 0.70), none, FULL));
        assertTrue(matcher.match(article, window).isEmpty());
        // among a handful of articles any best is clear: no evidence
        window.set(1, new StoryCandidate(2, 2, turned(article.vector(), 0.60), none, FULL));
        assertTrue(matcher.match(article, window.subList(0, 5)).isEmpty());
        // below the grey zone the article's clear best is not enough when it has a near rival of its own
        StoryProfile weaker = new StoryProfile(at(0.72), none, FULL);
        List<StoryCandidate> far = window(weaker, none, none, 0.40);
        far.set(1, new StoryCandidate(2, 2, unit(0.87, -0.49), none, FULL));
        assertTrue(matcher.match(weaker, far).isEmpty());
    }

    @Test
    void twoReportsThatAreClearlyEachOthersBestJoinBelowTheGreyZone() {
        StoryFacts none = new StoryFacts(Set.of(), Set.of());
        StoryProfile article = new StoryProfile(at(0.72), none, FULL);
        List<StoryCandidate> window = window(article, none, none, 0.50);
        StoryMatch match = matcher.match(article, window).orElseThrow();
        assertEquals("clear-pair", match.rule(), "0.72, and nothing of another story within 0.12 of either");
        assertEquals(1L, match.matchedArticleId());

        // a report of another story near the candidate (0.87 to it, 0.29 to the article): not each other's best
        window.set(1, new StoryCandidate(2, 2, unit(0.87, -0.49), none, FULL));
        assertTrue(matcher.match(article, window).isEmpty());
        // among a handful of articles, no evidence
        window.set(1, new StoryCandidate(2, 2, turned(article.vector(), 0.50), none, FULL));
        assertTrue(matcher.match(article, window.subList(0, 5)).isEmpty());
        // below rare-name-similarity, no step
        StoryProfile weaker = new StoryProfile(at(0.68), none, FULL);
        List<StoryCandidate> far = window(weaker, none, none, 0.40);
        assertTrue(matcher.match(weaker, far).isEmpty());
    }

    @Test
    void twoReportsNamingTheSameFewActorsJoinBelowTheGreyZoneWhenTheyStandOut() {
        // a council vote in a small town, told by two outlets: the model puts them 0.66 apart
        StoryFacts council = new StoryFacts(Set.of(), Set.of("harwich", "okafor", "mensah"));
        StoryFacts otherOutlet = new StoryFacts(Set.of(), Set.of("harwich", "okafor", "mensah", "council"));
        StoryProfile article = new StoryProfile(at(0.66), council, FULL);
        List<StoryCandidate> window = window(article, otherOutlet, council, 0.50);
        StoryMatch match = matcher.match(article, window).orElseThrow();
        assertEquals("named-best", match.rule(), "all three names shared, nothing of another story within 0.03");
        assertEquals(1L, match.matchedArticleId());

        // a report of the topic naming one of the three among others: a different event in the same town
        StoryFacts topic = new StoryFacts(Set.of(), Set.of("harwich", "essex", "treasury", "reeves"));
        window.set(0, new StoryCandidate(1, 1, at(1), topic, FULL));
        assertTrue(matcher.match(article, window).isEmpty(), "one name shared, under half of the three");
        window.set(0, new StoryCandidate(1, 1, at(1), otherOutlet, FULL));
        // another story 0.02 less similar: two events of one topic
        window.set(1, new StoryCandidate(2, 2, turned(article.vector(), 0.64), council, FULL));
        assertTrue(matcher.match(article, window).isEmpty());
        window.set(1, new StoryCandidate(2, 2, turned(article.vector(), 0.50), council, FULL));
        // days of the month that differ: two meetings
        StoryProfile dated = new StoryProfile(at(0.66), new StoryFacts(Set.of("date:03-04"), council.names()), FULL);
        StoryFacts earlier = new StoryFacts(Set.of("date:02-11"), otherOutlet.names());
        window.set(0, new StoryCandidate(1, 1, at(1), earlier, FULL));
        assertTrue(matcher.match(dated, window).isEmpty());
        window.set(0, new StoryCandidate(1, 1, at(1), otherOutlet, FULL));
        // a teaser's one or two names are all its names: no evidence
        assertTrue(matcher.match(new StoryProfile(at(0.66), council, 12), window).isEmpty());
        // below named-best-similarity (0.64), no step
        StoryProfile weaker = new StoryProfile(at(0.62), council, FULL);
        List<StoryCandidate> far = window(weaker, otherOutlet, council, 0.40);
        assertTrue(matcher.match(weaker, far).isEmpty());
    }

    @Test
    void twoReportsSharingWordsTheRestOfTheWindowDoesNotUseJoinAsALastStep() {
        // a ferry strike told by two outlets in different words, names apart: the model puts them 0.63 apart
        StoryFacts strike = StoryFacts.of("", "Deckhands on the Harwich ferries walked out on Tuesday, cancelling "
                + "crossings to the Hook of Holland as the union rejected a pay offer.");
        StoryFacts otherOutlet = StoryFacts.of("", "Ferry passengers were stranded at the port when deckhands went "
                + "on strike over pay and every crossing of the day was cancelled.");
        StoryFacts markets = StoryFacts.of("", "Shares rose on Tuesday as investors weighed the central bank's "
                + "outlook for interest rates and bond yields slipped.");
        StoryProfile article = new StoryProfile(at(0.63), strike, FULL);
        List<StoryCandidate> window = strangers(article, markets, 40);
        window.set(0, new StoryCandidate(1, 1, at(1), otherOutlet, FULL));
        StoryMatch match = matcher.match(article, window).orElseThrow();
        assertEquals("rare-words", match.rule(), strike.sharedTerms(otherOutlet) + ": ferries, deckhands, "
                + "cancelled and pay, used by no other article of the window");
        assertEquals(1L, match.matchedArticleId());

        // a topic of the days: the same words in a dozen other articles of the window are no evidence of one event
        List<StoryCandidate> busy = new ArrayList<>(window);
        for (int i = 1; i <= 12; i++) {
            busy.set(i, new StoryCandidate(i + 1, i + 1, turned(article.vector(), 0.45), otherOutlet, FULL));
        }
        assertTrue(matcher.match(article, busy).isEmpty());
        // two strikes on different days of the month: two events of one topic
        StoryProfile dated = new StoryProfile(at(0.63), new StoryFacts(Set.of("date:03-04"), strike.names(),
                strike.terms()), FULL);
        StoryFacts earlier = new StoryFacts(Set.of("date:02-11"), otherOutlet.names(), otherOutlet.terms());
        window.set(0, new StoryCandidate(1, 1, at(1), earlier, FULL));
        assertTrue(matcher.match(dated, window).isEmpty());
        window.set(0, new StoryCandidate(1, 1, at(1), otherOutlet, FULL));
        // two long reports sharing four such words: under rare-word-share (0.15) of their forty, as many words
        // meet by chance; six are enough
        StoryProfile long1 = new StoryProfile(at(0.63), new StoryFacts(Set.of(), Set.of(), words("a", 36,
                "ferry", "deckhand", "pay", "cancell")), FULL);
        StoryFacts long2 = new StoryFacts(Set.of(), Set.of(), words("b", 36, "ferry", "deckhand", "pay", "cancell"));
        window.set(0, new StoryCandidate(1, 1, at(1), long2, FULL));
        assertTrue(matcher.match(long1, window).isEmpty());
        StoryProfile long3 = new StoryProfile(at(0.63), new StoryFacts(Set.of(), Set.of(), words("a", 34,
                "ferry", "deckhand", "pay", "cancell", "b0", "b1")), FULL);
        assertEquals("rare-words", matcher.match(long3, window).orElseThrow().rule());
        window.set(0, new StoryCandidate(1, 1, at(1), otherOutlet, FULL));
        // in a window of a handful every word is rare: no evidence
        assertTrue(matcher.match(article, window.subList(0, 9)).isEmpty());
        // below rare-word-similarity (0.62), no step
        assertTrue(matcher.match(new StoryProfile(at(0.60), strike, FULL), window).isEmpty());
    }

    @Test
    void differentDaysOfTheMonthKeepReportsApartBelowTheJoinThreshold() {
        Set<String> names = Set.of("okafor", "harwich");
        StoryFacts march = new StoryFacts(Set.of("date:03-04"), names);
        StoryFacts february = new StoryFacts(Set.of("date:02-11"), names);
        StoryFacts undated = new StoryFacts(Set.of(), names);
        StoryProfile greyZone = new StoryProfile(at(0.75), march, FULL);
        assertEquals("shared-facts",
                matcher.match(greyZone, List.of(new StoryCandidate(1, 1, at(1), undated, FULL))).orElseThrow().rule(),
                "a report that gives no day is no evidence against");
        assertTrue(matcher.match(greyZone, List.of(new StoryCandidate(1, 1, at(1), february, FULL))).isEmpty());
        StoryProfile near = new StoryProfile(at(0.80), march, FULL);
        assertEquals("similar",
                matcher.match(near, List.of(new StoryCandidate(1, 1, at(1), february, FULL))).orElseThrow().rule(),
                "from join-similarity up dates say nothing: one report dates the event, another its own day");
    }

    @Test
    void twoShortLeadsJoinAtASimilarityThatKeepsTwoFullLeadsApart() {
        StoryFacts none = new StoryFacts(Set.of(), Set.of());
        // 0.76 is below the join threshold (0.78) and, without a shared fact, nothing in the grey zone joins
        StoryProfile lead = new StoryProfile(at(0.76), none, 40);
        Optional<StoryMatch> match = matcher.match(lead, List.of(new StoryCandidate(1, 1, at(1), none, 40)));
        assertEquals("similar", match.orElseThrow().rule(), "two 40-word leads: thresholds 0.03 lower");
        assertEquals(0.76, match.get().similarity(), 1e-3, "the model's similarity is recorded, not the allowance");

        StoryProfile article = new StoryProfile(at(0.76), none, FULL);
        assertTrue(matcher.match(article, List.of(new StoryCandidate(1, 1, at(1), none, FULL))).isEmpty());
        assertTrue(matcher.match(lead, List.of(new StoryCandidate(1, 1, at(1), none, FULL))).isEmpty(),
                "a lead against a full article: half the allowance, 0.775 is still short of 0.78");
        assertTrue(matcher.match(lead, List.of(new StoryCandidate(1, 1, at(1), none, 0))).isEmpty(),
                "a stored article without a word count counts as a full lead");
        StoryProfile teaser = new StoryProfile(at(0.76), none, 12);
        assertTrue(matcher.match(teaser, List.of(new StoryCandidate(1, 1, at(1), none, 40))).isEmpty(),
                "a 12-word teaser gets no allowance: a shared term moves its similarity more");
        // the allowance lowers every threshold, figures still keep two releases apart
        StoryProfile claims = new StoryProfile(at(0.76), new StoryFacts(Set.of("220000"), Set.of()), 40);
        StoryFacts lastWeek = new StoryFacts(Set.of("236000"), Set.of());
        assertTrue(matcher.match(claims, List.of(new StoryCandidate(1, 1, at(1), lastWeek, 40))).isEmpty());
    }

    @Test
    void aShortLeadOfAMarketReactionStaysApartFromTheDecision() {
        StoryProfile cut = profiler.profile("", FED_CUT_A_LEAD);
        StoryProfile sameCut = profiler.profile("", FED_CUT_B_LEAD);
        StoryProfile bitcoin = profiler.profile("", BITCOIN_LEAD);
        assertTrue(cut.words() < 40 && bitcoin.words() < 40, cut.words() + " and " + bitcoin.words() + " words");
        assertTrue(matcher.match(bitcoin, List.of(candidate(1, cut))).isEmpty());
        assertEquals(1, matcher.match(sameCut, List.of(candidate(1, cut))).orElseThrow().storyId());
    }

    @Test
    void theProfileCountsTheWordsItEmbedded() {
        assertEquals(9 + 42, profiler.profile(FED_CUT_A_TITLE, FED_CUT_A).words());
        String longText = String.join(" ", java.util.Collections.nCopies(400, "word"));
        assertEquals(FULL, profiler.profile("A title", longText).words(), "at most lead-words");
    }

    /** A unit vector whose similarity with {@code at(1)} is {@code similarity}. */
    static float[] at(double similarity) {
        return new float[] { (float) similarity, (float) Math.sqrt(1 - similarity * similarity) };
    }

    /** A unit vector whose similarity with {@code v} (a unit vector of {@code at}) is {@code similarity}. */
    static float[] turned(float[] v, double similarity) {
        double sin = Math.sqrt(1 - similarity * similarity);
        return new float[] { (float) (v[0] * similarity - v[1] * sin), (float) (v[0] * sin + v[1] * similarity) };
    }

    static float[] unit(double x, double y) {
        double norm = Math.hypot(x, y);
        return new float[] { (float) (x / norm), (float) (y / norm) };
    }

    /**
     * A window of twelve: candidate 1 of story 1 at {@code at(1)}, and eleven articles of stories of their own at
     * {@code strangers} similarity to the article; a mutable list, so a test can put a rival in.
     */
    static List<StoryCandidate> window(StoryProfile article, StoryFacts candidateFacts, StoryFacts strangerFacts,
            double strangers) {
        List<StoryCandidate> window = new ArrayList<>(List.of(new StoryCandidate(1, 1, at(1), candidateFacts, FULL)));
        for (long id = 2; id <= 12; id++) {
            window.add(new StoryCandidate(id, id, turned(article.vector(), strangers), strangerFacts, FULL));
        }
        return window;
    }

    /** Candidate 1 of story 1 and {@code size - 1} articles of stories of their own at 0.45, all with {@code facts}. */
    static List<StoryCandidate> strangers(StoryProfile article, StoryFacts facts, int size) {
        List<StoryCandidate> window = new ArrayList<>(List.of(new StoryCandidate(1, 1, at(1), facts, FULL)));
        for (long id = 2; id <= size; id++) {
            window.add(new StoryCandidate(id, id, turned(article.vector(), 0.45), facts, FULL));
        }
        return window;
    }

    /** {@code count} words of their own ({@code prefix} and a number) and {@code shared}. */
    static Set<String> words(String prefix, int count, String... shared) {
        Set<String> words = new java.util.TreeSet<>(Set.of(shared));
        for (int i = 0; i < count; i++) {
            words.add(prefix + i);
        }
        return words;
    }

    static StoryCandidate candidate(long id, StoryProfile profile) {
        return new StoryCandidate(id, id, profile.vector(), profile.facts(), profile.words());
    }
}
