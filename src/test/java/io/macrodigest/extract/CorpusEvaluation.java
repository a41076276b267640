package io.macrodigest.extract;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores the extractor the way the corpus is meant to be read: a "with" segment found in the text is a true
 * positive, a "without" segment found is a false positive, after collapsing whitespace on both sides.
 *
 * <p>Metadata is compared only on pages whose annotation gives a non-empty value. Titles and authors match
 * when equal after Unicode compatibility folding, lower-casing, dropping soft hyphens and turning every run of
 * non-letters/digits into one space. Dates match when the calendar day of {@code publishedAt}, in the offset
 * the page gave, equals the annotated day.
 */
final class CorpusEvaluation {

    private static final int WARM_UP_PAGES = 20;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    record PageResult(Corpus.Page page, ExtractedArticle article, String error, List<String> missed,
            List<String> leaked, int tp, int fp) {
    }

    record Score(int tp, int fp, int fn, int tn, int titles, int titlesOk, int authors, int authorsOk, int dates,
            int datesOk, int failures, List<PageResult> pages) {

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            return 2.0 * tp / (2.0 * tp + fp + fn);
        }

        double titleAccuracy() {
            return titles == 0 ? 0 : (double) titlesOk / titles;
        }

        double authorAccuracy() {
            return authors == 0 ? 0 : (double) authorsOk / authors;
        }

        double dateAccuracy() {
            return dates == 0 ? 0 : (double) datesOk / dates;
        }

        String summary() {
            return String.format(Locale.ROOT,
                    "pages=%d failures=%d P=%.4f R=%.4f F1=%.4f | title %.4f (%d/%d) author %.4f (%d/%d) date %.4f (%d/%d)",
                    pages.size(), failures, precision(), recall(), f1(), titleAccuracy(), titlesOk, titles,
                    authorAccuracy(), authorsOk, authors, dateAccuracy(), datesOk, dates);
        }
    }

    private CorpusEvaluation() {
    }

    static Score evaluate(ArticleExtractor extractor, List<Corpus.Page> pages) {
        int tp = 0, fp = 0, fn = 0, tn = 0, titles = 0, titlesOk = 0, authors = 0, authorsOk = 0, dates = 0,
                datesOk = 0, failures = 0;
        List<PageResult> results = new ArrayList<>();
        warmUp(extractor, pages);
        for (Corpus.Page page : pages) {
            ExtractedArticle article = null;
            String error = null;
            try {
                article = extractor.extract(page.bytes(), page.usableUrl(), null);
            } catch (RuntimeException e) {
                error = e.toString();
                failures++;
            }
            String text = article == null ? "" : normaliseSpace(article.text());
            List<String> missed = new ArrayList<>();
            List<String> leaked = new ArrayList<>();
            int pageTp = 0, pageFp = 0;
            for (String segment : page.with()) {
                if (!text.isEmpty() && text.contains(normaliseSpace(segment))) {
                    pageTp++;
                } else {
                    missed.add(segment);
                }
            }
            for (String segment : page.without()) {
                if (!text.isEmpty() && text.contains(normaliseSpace(segment))) {
                    pageFp++;
                    leaked.add(segment);
                }
            }
            tp += pageTp;
            fn += missed.size();
            fp += pageFp;
            tn += page.without().size() - pageFp;
            if (present(page.title())) {
                titles++;
                if (article != null && sameName(page.title(), article.title())) {
                    titlesOk++;
                }
            }
            if (present(page.author())) {
                authors++;
                if (article != null && sameName(page.author(), article.author())) {
                    authorsOk++;
                }
            }
            if (present(page.date())) {
                dates++;
                if (article != null && sameDay(page.date(), article.publishedAt())) {
                    datesOk++;
                }
            }
            results.add(new PageResult(page, article, error, missed, leaked, pageTp, pageFp));
        }
        return new Score(tp, fp, fn, tn, titles, titlesOk, authors, authorsOk, dates, datesOk, failures, results);
    }

    /**
     * Class loading and the first JIT passes would otherwise be charged to the first pages' time budget, and on
     * a busy shared machine that alone can exceed it.
     */
    private static void warmUp(ArticleExtractor extractor, List<Corpus.Page> pages) {
        for (Corpus.Page page : pages.subList(0, Math.min(WARM_UP_PAGES, pages.size()))) {
            try {
                extractor.extract(page.bytes(), page.usableUrl(), null);
            } catch (RuntimeException ignored) {
                // only warming up; the scored pass reports failures
            }
        }
    }

    static String normaliseSpace(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    static boolean sameName(String expected, String actual) {
        return actual != null && foldName(expected).equals(foldName(actual));
    }

    /**
     * Caseless, as Unicode's full case folding has it (upper then lower case, so "ß" matches "ss" as Swiss
     * spelling writes it), ignoring soft hyphens, punctuation and spacing.
     */
    static String foldName(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).replace("\u00ad", "")
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean sameDay(String expected, OffsetDateTime actual) {
        return actual != null && expected.strip().startsWith(actual.toLocalDate().toString());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
