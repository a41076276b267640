package io.macrodigest.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.Driver;
import io.macrodigest.article.Article;
import io.macrodigest.article.ArticleStatus;

/** Builds the digest of a day or an ISO week (UTC). */
@ApplicationScoped
public class DigestService {

    static final int MAX_STORIES = 20;
    private static final int MAX_ARTICLES = 2_000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Digest build(DigestPeriod period, LocalDate date) {
        LocalDate start = period.start(date);
        Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = period.end(start).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Article> articles = Article.<Article> find(
                "status = ?1 and coalesce(publishedAt, fetchedAt) >= ?2 and coalesce(publishedAt, fetchedAt) < ?3"
                        + " order by coalesce(publishedAt, fetchedAt) desc, id desc",
                ArticleStatus.ANALYZED, from, to)
                .page(0, MAX_ARTICLES).list();
        List<Analysis> analyses = articles.stream().map(Article::analysis).toList();
        List<Digest.Story> stories = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            stories.add(story(articles.get(i), analyses.get(i)));
        }
        stories.sort(Comparator.comparingDouble(DigestService::weight).reversed());
        return new Digest(period.id(), start, from, to, Instant.now(), articles.size(), pulse(articles, analyses),
                List.copyOf(stories.subList(0, Math.min(MAX_STORIES, stories.size()))));
    }

    private static List<Digest.DriverPulse> pulse(List<Article> articles, List<Analysis> analyses) {
        Map<Driver, double[]> sums = new EnumMap<>(Driver.class);
        Map<Driver, Strongest> strongest = new EnumMap<>(Driver.class);
        for (int i = 0; i < articles.size(); i++) {
            for (Analysis.DriverTag tag : analyses.get(i).drivers()) {
                double[] s = sums.computeIfAbsent(tag.driver(), d -> new double[3]);
                double weight = Math.max(tag.confidence(), 0.05);
                s[0] += tag.tone() * weight;
                s[1] += weight;
                s[2]++;
                double strength = Math.abs(tag.tone()) * tag.confidence();
                Strongest best = strongest.get(tag.driver());
                if (!tag.evidence().isEmpty() && (best == null || strength > best.strength())) {
                    strongest.put(tag.driver(), new Strongest(strength, tag.evidence().getFirst(), articles.get(i).id));
                }
            }
        }
        List<Digest.DriverPulse> out = new ArrayList<>();
        for (Driver driver : Driver.values()) {
            double[] s = sums.get(driver);
            Strongest best = strongest.get(driver);
            out.add(s == null
                    ? new Digest.DriverPulse(driver, 0, 0, null, null)
                    : new Digest.DriverPulse(driver, round(s[0] / s[1]), (int) s[2],
                            best == null ? null : best.evidence(), best == null ? null : best.articleId()));
        }
        return out;
    }

    private static Digest.Story story(Article a, Analysis analysis) {
        return new Digest.Story(a.id, a.title, a.canonicalUrl, a.siteName, a.effectiveTime(), analysis.summary(),
                analysis.insights(), analysis.quotes(), analysis.actionItems(), analysis.drivers(), analysis.assets(),
                analysis.sentiment());
    }

    /** Stories that move several drivers strongly and carry insights and quotes come first. */
    private static double weight(Digest.Story story) {
        double drivers = story.drivers().stream().mapToDouble(d -> Math.abs(d.tone()) * d.confidence() + 0.2).sum();
        return drivers + 0.15 * story.insights().size() + 0.1 * story.quotes().size() + 0.1 * story.actionItems().size();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private record Strongest(double strength, String evidence, Long articleId) {
    }
}
