package io.macrodigest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the many shapes publication dates take in markup and URLs. */
final class Dates {

    private static final Pattern ISO_LIKE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern DOTTED = Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    /**
     * "31.10.23": the two-digit year of this century, with day and month written in two digits, so that version
     * numbers ("3.11.12", "1.10.23.4") are not read as dates.
     */
    private static final Pattern DOTTED_SHORT_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])");
    private static final Pattern SLASHED_DMY = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern SLASHED_YMD = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_-]|\\.html?|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_-]|\\.html?)");
    /** A full timestamp that states a zone offset other than UTC's. */
    private static final Pattern OFFSET_TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?[+-](?!00:?00)\\d{2}:?\\d{2}");
    private static final int MAX_TIMESTAMP = 40;
    private static final int MIN_YEAR = 1995;
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

    /** A way dates are written and how to read one match of it, given whether slashed numbers put the month first. */
    private record Shape(Pattern pattern, BiFunction<Matcher, Boolean, OffsetDateTime> read) {
    }

    /** The shapes in the order they are tried. */
    private static final List<Shape> SHAPES = List.of(
            new Shape(DOTTED, (m, monthFirst) -> of(m.group(3), m.group(2), m.group(1))),
            new Shape(DOTTED_SHORT_YEAR, (m, monthFirst) -> of("20" + m.group(3), m.group(2), m.group(1))),
            new Shape(SLASHED_YMD, (m, monthFirst) -> of(m.group(1), m.group(2), m.group(3))),
            new Shape(SLASHED_DMY, Dates::slashed),
            new Shape(DAY_MONTH_YEAR, (m, monthFirst) -> named(m.group(3), m.group(2), m.group(1))),
            new Shape(MONTH_DAY_YEAR, (m, monthFirst) -> named(m.group(3), m.group(1), m.group(2))),
            new Shape(COMPACT, (m, monthFirst) -> of(m.group(1), m.group(2), m.group(3))));

    static {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
                "januari", "stycznia", "styczeń"},
            {"february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio",
                "fevereiro", "februari", "fév", "lutego", "luty"},
            {"march", "mar", "märz", "mär", "mars", "marzo", "março", "maart", "mrz",
                "marca", "marzec"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile",
                "kwietnia", "kwiecień"},
            {"may", "mai", "mayo", "maggio", "maio", "mei", "mag",
                "maja", "maj"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "giu",
                "czerwca", "czerwiec"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "lug",
                "lipca", "lipiec"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus",
                "sierpnia", "sierpień"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "set",
                "września", "wrzesień"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "ott", "out",
                "października", "październik"},
            {"november", "nov", "novembre", "noviembre", "novembro",
                "listopada", "listopad"},
            {"december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre",
                "dezembro", "grudnia", "grudzień"}};
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                MONTHS.put(name, m + 1);
            }
        }
    }

    private Dates() {
    }

    /**
     * The same moment as {@code utc}, as the text writes it in a local zone offset; null when the text has no
     * such timestamp. Publication days are counted in the publisher's zone, which a UTC timestamp hides.
     */
    static OffsetDateTime sameInstantInLocalOffset(OffsetDateTime utc, String text) {
        if (text.isEmpty()) {
            return null;
        }
        // Offsets stay within a day of UTC, so the local stamp starts with one of three days; looking those up
        // is much cheaper than running the pattern over whole scripts.
        LocalDate day = utc.toLocalDate();
        Matcher m = OFFSET_TIMESTAMP.matcher(text);
        for (LocalDate candidate : new LocalDate[] {day.minusDays(1), day, day.plusDays(1)}) {
            String prefix = candidate + "T";
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                m.region(at, Math.min(text.length(), at + MAX_TIMESTAMP));
                OffsetDateTime local = m.lookingAt() ? parse(m.group()) : null;
                if (local != null && local.isEqual(utc)) {
                    return local;
                }
            }
        }
        return null;
    }

    /**
     * A date written in a machine-readable attribute or field; null when none can be read. Servers write an
     * all-numeric date with slashes month first ("11/01/2023 12:43:42" is 1 November), whatever the page's
     * language.
     */
    static OffsetDateTime parse(String value) {
        return read(value, true);
    }

    /** A date as the page shows it to readers: an all-numeric date with slashes is day first unless it cannot be. */
    static OffsetDateTime parseWritten(String text) {
        return read(text, false);
    }

    private static OffsetDateTime read(String value, boolean monthFirst) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return plausible(OffsetDateTime.parse(s));
        } catch (DateTimeParseException notIso) {
            // fall through to the looser shapes
        }
        try {
            return plausible(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeParseException notRfc) {
            // fall through
        }
        Matcher iso = ISO_LIKE.matcher(s);
        if (iso.find()) {
            return fromIsoParts(iso);
        }
        return loose(s, monthFirst);
    }

    /** A date in day-month-year, year/month/day or, for slashed numbers, the given order. */
    private static OffsetDateTime loose(String s, boolean monthFirst) {
        for (Shape shape : SHAPES) {
            // The first match that is a real, plausible date: "31.02.2020" or a version number gives way to the next.
            Matcher m = shape.pattern().matcher(s);
            while (m.find()) {
                OffsetDateTime date = shape.read().apply(m, monthFirst);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static OffsetDateTime slashed(Matcher m, boolean monthFirst) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        boolean firstIsMonth = second > 12 || monthFirst && first <= 12;
        return firstIsMonth ? of(m.group(3), m.group(1), m.group(2)) : of(m.group(3), m.group(2), m.group(1));
    }

    private static OffsetDateTime named(String year, String monthName, String day) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        return month == null ? null : of(year, month.toString(), day);
    }

    static OffsetDateTime fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        Matcher c = URL_COMPACT.matcher(url);
        return c.find() ? of(c.group(1), c.group(2), c.group(3)) : null;
    }

    private static OffsetDateTime fromIsoParts(Matcher m) {
        OffsetDateTime date = of(m.group(1), m.group(2), m.group(3));
        if (date == null || m.group(4) == null) {
            return date;
        }
        try {
            ZoneOffset offset = m.group(7) == null ? ZoneOffset.UTC : offset(m.group(7));
            LocalDateTime time = date.toLocalDate().atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return OffsetDateTime.of(time, offset);
        } catch (DateTimeException badTime) {
            return date;
        }
    }

    private static ZoneOffset offset(String raw) {
        if (raw.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = raw.replace(":", "");
        return digits.length() == 3 ? ZoneOffset.of(digits + "00") : ZoneOffset.of(digits);
    }

    private static OffsetDateTime of(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return plausible(date.atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeException | NumberFormatException notADate) {
            return null;
        }
    }

    private static OffsetDateTime plausible(OffsetDateTime date) {
        if (date == null || date.getYear() < MIN_YEAR || date.isAfter(OffsetDateTime.now().plusDays(2))) {
            return null;
        }
        return date;
    }
}
