package io.macrodigest.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.flywaydb.core.Flyway;

import io.macrodigest.analysis.model.Vectors;

/**
 * Speed of stories with embeddings, one thread, one ONNX thread (docs/benchmarks.md, "Stories and embeddings"):
 * <ol>
 * <li>profiling 1,000-word articles as ingest does (title + 160-word lead embedded, facts), and embedding the
 * whole article in 200-word windows for comparison;</li>
 * <li>finding the story of a new article among 100,000 stored ones, in PostgreSQL database {@code stories_bench}
 * (created and migrated with the service's own migrations, filled once): the placing lock, the candidates query and
 * the rule, exactly the code ingest runs, in one transaction per article;</li>
 * <li>the resident memory of this JVM with the model loaded.</li>
 * </ol>
 * Arguments: JDBC URL of the server (default {@code jdbc:postgresql://127.0.0.1:5432/}), user (postgres).
 */
public final class StoryBench {

    private static final int STORED = 100_000;
    private static final int DAYS = 365;
    private static final int PROFILE_ARTICLES = 60;
    private static final int PLACINGS = 1_000;
    private static final int WARMUP_PLACINGS = 200;
    private static final int TERMS = 80;

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
        String user = args.length > 1 ? args[1] : "postgres";
        StoryFixtures stories = StoryFixtures.create();
        Random random = new Random(13);

        List<String> articles = new ArrayList<>();
        for (int i = 0; i < PROFILE_ARTICLES + 5; i++) {
            articles.add(article(random, 1_000));
        }
        for (int i = 0; i < 5; i++) {
            stories.profiler().profile("Warm-up " + i, articles.get(i));
        }
        long[] times = new long[PROFILE_ARTICLES];
        for (int i = 0; i < PROFILE_ARTICLES; i++) {
            long t = System.nanoTime();
            stories.profiler().profile("Central bank decision " + i, articles.get(i + 5));
            times[i] = System.nanoTime() - t;
        }
        report("profile (title + 160-word lead) of 1,000-word articles", times);
        long[] whole = new long[10];
        for (int i = 0; i < whole.length; i++) {
            long t = System.nanoTime();
            stories.embedder().embed(articles.get(i + 5));
            whole[i] = System.nanoTime() - t;
        }
        report("whole 1,000-word article in 200-word windows", whole);

        try (Connection admin = DriverManager.getConnection(server + "postgres", user, "")) {
            try (ResultSet rs = admin.createStatement().executeQuery(
                    "select 1 from pg_database where datname = 'stories_bench'")) {
                if (!rs.next()) {
                    admin.createStatement().execute("create database stories_bench");
                }
            }
        }
        String url = server + "stories_bench";
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            fill(c, random);
            c.setAutoCommit(false);
            Instant start = Instant.parse("2025-01-01T00:00:00Z");
            long[] placing = new long[PLACINGS];
            int candidates = 0;
            for (int i = -WARMUP_PLACINGS; i < PLACINGS; i++) {
                StoryProfile profile = new StoryProfile(randomUnit(random),
                        StoryFacts.of("", articles.get(Math.floorMod(i, 60))), 160);
                Instant at = start.plus(Duration.ofMinutes(random.nextInt(DAYS * 24 * 60)));
                long t = System.nanoTime();
                StoryStore.lockPlacing(c);
                List<StoryCandidate> near = StoryStore.candidates(c, -1, at, Duration.ofDays(3), "bge-small-en-v1.5-q");
                stories.matcher().match(profile, near);
                c.rollback();
                if (i >= 0) {
                    placing[i] = System.nanoTime() - t;
                    candidates += near.size();
                }
            }
            report("find the story among " + STORED + " stored (mean " + candidates / PLACINGS + " candidates in +-3 days)",
                    placing);
            // the rule's last step looks up the shared words (some 10) in the stored words of the window's articles;
            // random vectors never reach it above, so it is timed apart: a find that reaches it adds this
            long[] words = new long[PLACINGS];
            int using = 0;
            for (int i = 0; i < PLACINGS; i++) {
                Instant at = start.plus(Duration.ofMinutes(random.nextInt(DAYS * 24 * 60)));
                List<StoryCandidate> near = StoryStore.candidates(c, -1, at, Duration.ofDays(3), "bge-small-en-v1.5-q");
                c.rollback();
                long t = System.nanoTime();
                for (StoryCandidate candidate : near) {
                    for (int w = 0; w < 10; w++) {
                        using += candidate.facts().terms().contains("w" + w) ? 1 : 0;
                    }
                }
                words[i] = System.nanoTime() - t;
            }
            report("rare-words step: 10 words looked up in the window's articles (" + using + " uses)", words);
        }
        System.out.println("RSS with the model loaded: " + rssMegabytes() + " MB (max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
    }

    /**
     * 100,000 analysed articles over a year with random unit embeddings, once, in time order: articles arrive
     * about when they are published, so rows of nearby dates sit on nearby pages as in a live database. Filled
     * again when its rows have no words (a database filled before V45).
     */
    private static void fill(Connection c, Random random) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from article_embedding where terms is not null")) {
            rs.next();
            if (rs.getLong(1) >= STORED) {
                return;
            }
        }
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("truncate article cascade");
        }
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        try (PreparedStatement article = c.prepareStatement("""
                insert into article (url, canonical_url, title, fetched_at, published_at, status, text)
                values (?, ?, ?, ?, ?, 'ANALYZED', 'x') returning id""");
                PreparedStatement embedding = c.prepareStatement("""
                        insert into article_embedding (article_id, model, story_at, vector, figures, names, terms)
                        values (?, 'bge-small-en-v1.5-q', ?, ?, ?, ?, ?)""")) {
            long step = Duration.ofDays(DAYS).toSeconds() / STORED;
            for (int i = 0; i < STORED; i++) {
                Timestamp at = Timestamp.from(start.plusSeconds(i * step + random.nextInt((int) step)));
                article.setString(1, "https://bench.example/" + i);
                article.setString(2, "https://bench.example/" + i);
                article.setString(3, "Bench article " + i);
                article.setTimestamp(4, at);
                article.setTimestamp(5, at);
                long id;
                try (ResultSet rs = article.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                embedding.setLong(1, id);
                embedding.setTimestamp(2, at);
                embedding.setBytes(3, Vectors.toBytes(randomUnit(random)));
                embedding.setArray(4, c.createArrayOf("text", new String[] { random.nextInt(500_000) + "" }));
                embedding.setArray(5, c.createArrayOf("text", new String[] { "fed", "powell" }));
                embedding.setString(6, String.join(" ", terms(random)));
                embedding.addBatch();
                if (i % 1_000 == 999) {
                    embedding.executeBatch();
                    c.commit();
                }
            }
            embedding.executeBatch();
            c.commit();
        }
        c.createStatement().execute("analyze article");
        c.createStatement().execute("analyze article_embedding");
        c.commit();
        c.setAutoCommit(true);
    }

    /** The words of a 160-word lead: some 80 stems of a 20,000-word vocabulary. */
    private static String[] terms(Random random) {
        String[] terms = new String[TERMS];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = "w" + random.nextInt(20_000);
        }
        return terms;
    }

    private static float[] randomUnit(Random random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalize(v);
    }

    /** A 1,000-word news-like text of our own sentences with varying figures. */
    private static String article(Random random, int words) {
        String[] sentences = {
            "The central bank lowered its policy rate by %d basis points to %d.%d%% on Wednesday.",
            "Officials said inflation had eased to %d.%d%% in the year to October, still above the target.",
            "Bond yields fell as traders priced in %d more cuts over the coming %d months.",
            "The governor told reporters that the committee would watch wage growth of about %d.%d%% closely.",
            "Equities rose %d.%d%% while the currency slipped against the dollar in thin trading.",
            "Economists at %d banks surveyed before the meeting had expected a smaller move.",
        };
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < words) {
            String s = String.format(Locale.ROOT, sentences[random.nextInt(sentences.length)], 10 + random.nextInt(90),
                    1 + random.nextInt(9), random.nextInt(10));
            text.append(s).append(count % 80 < 14 ? "\n\n" : " ");
            count += s.split(" ").length;
        }
        return text.toString();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%s: n=%d, mean %.1f ms (%.1f/s), p50 %.1f ms, p99 %.1f ms%n", what,
                sorted.length, mean, 1000 / mean, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
    }

    private static long rssMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
