package io.macrodigest.story;

import io.macrodigest.analysis.text.Figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.macrodigest.analysis.text.TextSimilarity;

/**
 * What tells two reports of the same topic apart when their wording is alike: the figures they report (220,000
 * claims this week, 231,000 the week before) and the names they mention; and the words they use (content stems,
 * names included), as two reports of one event share words that the other news of their days does not use
 * ("vegan", "custody", "bloodhound"). Drawn from title and lead only, where a report states its news.
 */
public record StoryFacts(Set<String> figures, Set<String> names, Set<String> terms) {

    /** Facts without words: stored before words were kept, or a test's. */
    public StoryFacts(Set<String> figures, Set<String> names) {
        this(figures, names, Set.of());
    }

    /** A number with an optional unit: "4.25%", "25 basis points", "$1.2 billion", "220,000". */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.])\\$?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s?(%|percent|per cent|basis points?|bps?|"
                    + "trillion|billion|million|bn|mn|tn)?(?![\\w])",
            Pattern.CASE_INSENSITIVE);
    /**
     * A day of a month, either way round: "Feb. 16", "February 16th, 2017", "16 February". Kept as a figure of kind
     * {@code date} ("date:02-16", without the year, which leads often leave out): a shared day counts as a shared
     * figure, different days are read by {@link #datesDisagree}, not by {@link #figuresDisagree}.
     */
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final Pattern DATE = Pattern.compile("\\b(?:" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b\\.?)(?![\\w])");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    static final String DATE_KIND = "date";
    /** A figure of this many significant digits or more is precise: an outlet may give it rounded. */
    private static final int PRECISE_DIGITS = 4;
    /** ...to a figure at most this far from it, relatively. */
    private static final double ROUNDING = 0.005;
    /** A run of capitalised words ("Federal Reserve", "Jerome Powell") is one name. */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*\\p{L}(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*\\p{L})*");
    /** Capitalised words that name no one: sentence openers, titles, months and days (dates are compared by time). */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "for", "and", "but",
            "or", "of", "to", "by", "with", "as", "after", "before", "this", "that", "these", "those", "it", "its",
            "he", "she", "they", "we", "i", "his", "her", "their", "our", "mr", "mrs", "ms", "dr", "new", "update",
            "breaking", "analysis", "opinion", "exclusive", "live", "news", "read", "more", "said", "says",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow", "week", "year", "years", "month", "photo", "video", "image");

    /**
     * Figures and words from title and lead; names from the lead only, as titles often capitalise every word.
     * Words are the stems the sentence similarity of summaries compares (no stopwords, numbers or letters).
     */
    public static StoryFacts of(String title, String lead) {
        String both = title == null || title.isBlank() ? lead : title + "\n" + lead;
        return new StoryFacts(figures(both), names(lead), new TreeSet<>(TextSimilarity.contentStems(both)));
    }

    /**
     * Figures both mention, a figure and its rounding counted as one: 972,814 claims and "973,000", $129.99 and
     * "$130".
     */
    public int sharedFigures(StoryFacts other) {
        int n = 0;
        for (String figure : figures) {
            if (other.figures.contains(figure) || other.figures.stream().anyMatch(f -> rounded(figure, f))) {
                n++;
            }
        }
        return n;
    }

    /**
     * One of the two is a precise figure (four significant digits or more) that, rounded to the last significant
     * digit of the other, gives the other, and lies within {@value #ROUNDING} of it, with the same unit: 972,814
     * and 973,000, 129.99 and 130. Not 224,815 and 220,000 (2 % apart: two releases, ADP's and the payrolls'),
     * nor 224,000 and 220,000 (neither precise).
     */
    static boolean rounded(String a, String b) {
        if (kind(a).equals(DATE_KIND) || kind(b).equals(DATE_KIND) || !unitOf(a).equals(unitOf(b))) {
            return false;
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        BigDecimal precise = x.precision() >= y.precision() ? x : y;
        BigDecimal round = precise == x ? y : x;
        if (precise.precision() < PRECISE_DIGITS || round.precision() >= precise.precision() || round.signum() <= 0) {
            return false;
        }
        return precise.setScale(round.scale(), RoundingMode.HALF_UP).compareTo(round) == 0
                && precise.subtract(round).abs().doubleValue() <= ROUNDING * round.doubleValue();
    }

    private static BigDecimal number(String figure) {
        return new BigDecimal(figure.substring(0, figure.length() - unitOf(figure).length())).stripTrailingZeros();
    }

    private static String unitOf(String figure) {
        int unit = figure.length();
        while (unit > 0 && !Character.isDigit(figure.charAt(unit - 1))) {
            unit--;
        }
        return figure.substring(unit);
    }

    public int sharedNames(StoryFacts other) {
        return shared(names, other.names);
    }

    /** Words (stems) both use. */
    public Set<String> sharedTerms(StoryFacts other) {
        Set<String> both = new TreeSet<>(terms);
        both.retainAll(other.terms);
        return both;
    }

    /**
     * Both report figures of a kind and none is the same: different releases, meetings or deals (220,000 claims
     * against 236,000). Figures of different kinds say nothing against each other: one outlet gives the cut in
     * basis points, another the new rate in percent; one the number of victims, another the damage in dollars.
     */
    public boolean figuresDisagree(StoryFacts other) {
        if (figures.isEmpty() || other.figures.isEmpty() || sharedFigures(other) > 0) {
            return false;
        }
        Set<String> kinds = new HashSet<>();
        figures.forEach(f -> kinds.add(kind(f)));
        kinds.remove(DATE_KIND);
        return other.figures.stream().map(StoryFacts::kind).anyMatch(kinds::contains);
    }

    /**
     * Both give a day of the month and none is the same. Weaker evidence than figures, so the rule reads it only
     * below {@code join-similarity}: one report of an event dates the event, another the day it reports on it.
     */
    public boolean datesDisagree(StoryFacts other) {
        Set<String> mine = dates(figures);
        Set<String> theirs = dates(other.figures);
        return !mine.isEmpty() && !theirs.isEmpty() && Collections.disjoint(mine, theirs);
    }

    private static Set<String> dates(Set<String> figures) {
        return figures.stream().filter(f -> kind(f).equals(DATE_KIND)).collect(Collectors.toSet());
    }

    /** A figure's unit ("%", "bp", "bn"...) or, for a plain number, its order of magnitude ("220000" is n6). */
    static String kind(String figure) {
        if (figure.startsWith(DATE_KIND + ":")) {
            return DATE_KIND;
        }
        String unit = unitOf(figure);
        if (!unit.isEmpty()) {
            return unit;
        }
        int point = figure.indexOf('.');
        return "n" + (point < 0 ? figure.length() : point);
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> figures(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace(",", "");
            String fraction = m.group(2) == null ? "" : m.group(2).replaceFirst("0+$", "").replaceFirst("^\\.$", "");
            String unit = unit(m.group(3));
            boolean money = m.group().startsWith("$");
            // a bare small number or a year is a count or a date, not a reported figure
            if (unit.isEmpty() && !money && fraction.isEmpty() && (digits.length() < 3 || Figures.isYear(digits))) {
                continue;
            }
            found.add(digits + fraction + unit);
        }
        found.addAll(datesIn(text));
        return found;
    }

    private static Set<String> datesIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            boolean monthFirst = m.group(1) != null;
            String month = (monthFirst ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT).substring(0, 3);
            int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(3));
            // "Dec 45" is a model or a count, not a day
            if (day >= 1 && day <= 31) {
                found.add(String.format(Locale.ROOT, "%s:%02d-%02d", DATE_KIND, MONTHS.indexOf(month) + 1, day));
            }
        }
        return found;
    }

    private static String unit(String raw) {
        if (raw == null) {
            return "";
        }
        String u = raw.toLowerCase(Locale.ROOT);
        if (u.equals("%") || u.startsWith("per")) {
            return "%";
        }
        if (u.startsWith("b") && (u.startsWith("basis") || u.startsWith("bp"))) {
            return "bp";
        }
        return switch (u) {
            case "trillion", "tn" -> "tn";
            case "billion", "bn" -> "bn";
            default -> "mn";
        };
    }

    private static Set<String> names(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().toLowerCase(Locale.ROOT).split("[ \\t]+")));
            if (opensSentence(text, m.start())) {
                words.remove(0);
            }
            words.removeIf(NOT_NAMES::contains);
            if (words.isEmpty()) {
                continue;
            }
            // a name is known by its last word: "Jerome Powell" and a later "Powell" are one person, and
            // "Federal Reserve" is one institution, not two shared names
            String head = words.get(words.size() - 1).replaceFirst("['’]s$", "");
            if (head.length() > 1) {
                found.add(head);
            }
        }
        return found;
    }

    /** Any word opening a sentence is capitalised, so it is no evidence of a name. */
    private static boolean opensSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '“' && c != '‘' && c != '(') {
                return c == '.' || c == '!' || c == '?' || c == ':' || c == '—';
            }
        }
        return true;
    }
}
