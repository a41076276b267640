package io.macrodigest.story;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a new article joins a stored story rather than starting one (see StoryMatcher for the rule). */
@ConfigMapping(prefix = "digest.story")
public interface StoryConfig {

    /** An article is compared with stored articles dated up to this long before or after it. */
    @WithDefault("3D")
    Duration window();

    /** Words of the article's lead embedded with its title for clustering. */
    @WithDefault("160")
    int leadWords();

    /**
     * Every similarity threshold below is lowered for two short texts by this times the share of
     * {@code lead-words} they leave unfilled on average: short texts (a feed's lead paragraph) of one event are
     * less alike, and so are short texts of different events. 0.03 for two 40-word leads, half that when one of
     * the two is a full lead, none for two full leads.
     */
    @WithDefault("0.04")
    double shortTextAllowance();

    /**
     * A text of fewer words (a headline, a teaser) gets no allowance, nor does a pair it is part of: the allowance
     * was measured on leads of 40 to 160 words, and with a handful of words one shared term moves the similarity
     * more than any allowance.
     */
    @WithDefault("25")
    int shortTextMinWords();

    /** Similarity of title + lead at or above which an article joins a story unless their figures disagree. */
    @WithDefault("0.78")
    double joinSimilarity();

    /**
     * Grey zone: from here up to {@code join-similarity} an article joins only if the two share a figure,
     * {@code min-shared-names} names or one rare name, and their figures do not disagree.
     */
    @WithDefault("0.74")
    double greyZoneSimilarity();

    /**
     * In the grey zone, the most similar candidate joins without a shared fact when every article of another
     * story is at least this much less similar (in a window of ten candidates or more): one clear match stands
     * out of the window, where two events of one topic would bring several near ones.
     */
    @WithDefault("0.08")
    double clearMargin();

    /** Names (people, institutions, places) two articles must share to join from the grey zone without a shared figure. */
    @WithDefault("2")
    int minSharedNames();

    /** A name mentioned by at most this many articles of the window (and a tenth of it at most) is rare. */
    @WithDefault("3")
    int rareNameArticles();

    /**
     * Below the grey zone, from here up, an article joins only with two rare shared names, or one and a shared
     * figure, and figures that do not disagree.
     */
    @WithDefault("0.70")
    double rareNameSimilarity();

    /**
     * From {@code rare-name-similarity} up, an article and its most similar candidate that no rule joined still
     * join when every article of another story is at least this much less similar to either of them (in a window
     * of ten candidates or more).
     */
    @WithDefault("0.12")
    double clearPairMargin();

    /**
     * From here up, an article and its most similar candidate that no rule above joined still join when they share
     * names, at least {@code named-best-share} of the names of the one naming fewer...
     */
    @WithDefault("0.64")
    double namedBestSimilarity();

    /** The share of the names of the article or the candidate, whichever names fewer, that the other names too. */
    @WithDefault("0.5")
    double namedBestShare();

    /**
     * ...and no article of another story in the window comes within this much of their similarity, to the article
     * or to the candidate (in a window of ten candidates or more).
     */
    @WithDefault("0.03")
    double namedBestMargin();

    /**
     * Failing every step above, an article and its most similar candidate still join from here up when they share
     * words that few articles of the window use: at least {@code rare-words} such words, and at least
     * {@code rare-word-share} of the words of the one using fewer.
     */
    @WithDefault("0.62")
    double rareWordSimilarity();

    /** ...at least this many shared words, each used by at most {@code rare-name-articles} of the window... */
    @WithDefault("3")
    int rareWords();

    /**
     * ...and at least this share of the words of the article or the candidate, whichever uses fewer: a 160-word
     * lead shares more rare words by chance than a 40-word one.
     */
    @WithDefault("0.15")
    double rareWordShare();

    /** "More like this" looks at articles dated up to this long before or after the article. */
    @WithDefault("30D")
    Duration similarWindow();

    /** ...and at most this many of them, nearest in time first: bounds the work on a large archive. */
    @WithDefault("5000")
    int similarCandidates();
}
