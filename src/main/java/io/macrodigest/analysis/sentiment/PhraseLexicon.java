package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.text.Tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A lexicon of single words and multi-word phrases, grouped in {@code [section]}s, read from a classpath
 * resource. Lines are {@code phrase} or {@code phrase | weight}; {@code #} starts a comment. Matching is
 * longest-phrase-first over {@link Tokens}, so "net loss" wins over "loss".
 */
public final class PhraseLexicon {

    /**
     * One lexicon entry: the section it was listed under, its weight (1 unless given), whether a weight was
     * given, and its length in tokens.
     */
    public record Entry(String section, double weight, boolean weighted, int length) {
    }

    /** A lexicon entry found at token {@code start}. */
    public record Hit(int start, int length, Entry entry) {
        public int end() {
            return start + length;
        }

        public String section() {
            return entry.section();
        }

        public double weight() {
            return entry.weight();
        }

        public boolean weighted() {
            return entry.weighted();
        }
    }

    /** The section whose phrases swallow their words; listed again later, a phrase loses its earlier senses. */
    private static final String NEUTRAL = "neutral";

    private final Map<String, List<Entry>> byPhrase = new HashMap<>();
    private int maxLength = 1;

    private PhraseLexicon() {
    }

    /**
     * One lexicon from one or more resources read in order; a phrase that a later resource lists again under the
     * same section takes the later weight, and one it lists as neutral loses its earlier senses, so an add-on
     * lexicon can retune the base one.
     */
    public static PhraseLexicon load(String... resources) {
        PhraseLexicon lexicon = new PhraseLexicon();
        for (int r = 0; r < resources.length; r++) {
            lexicon.read(resources[r], r > 0);
        }
        return lexicon;
    }

    private void read(String resource, boolean overrides) {
        InputStream in = PhraseLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = null;
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                if (content.startsWith("[") && content.endsWith("]")) {
                    section = content.substring(1, content.length() - 1).strip();
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(resource + ": entry before any [section]: " + content);
                }
                add(section, content, overrides);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String section, String content, boolean overrides) {
        double weight = 1;
        boolean weighted = false;
        int bar = content.indexOf('|');
        if (bar >= 0) {
            weight = Double.parseDouble(content.substring(bar + 1).strip());
            weighted = true;
            content = content.substring(0, bar).strip();
        }
        Tokens tokens = Tokens.of(content.toLowerCase(Locale.ROOT));
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                key.append(' ');
            }
            key.append(tokens.lower(i));
        }
        Entry entry = new Entry(section, weight, weighted, tokens.size());
        List<Entry> entries = byPhrase.computeIfAbsent(key.toString(), k -> new ArrayList<>(1));
        if (overrides) {
            entries.removeIf(e -> e.section().equals(section) || section.equals(NEUTRAL));
        }
        entries.add(entry);
        maxLength = Math.max(maxLength, tokens.size());
    }

    /**
     * All non-overlapping hits of the given sections, longest match first at each position. A phrase listed
     * in several sections yields one hit per section.
     */
    public List<Hit> match(Tokens tokens, java.util.function.Predicate<String> sections) {
        List<Hit> hits = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int matched = 0;
            StringBuilder key = new StringBuilder(24);
            String[] keys = new String[Math.min(maxLength, n - i)];
            for (int len = 1; len <= keys.length; len++) {
                if (len > 1) {
                    key.append(' ');
                }
                key.append(tokens.lower(i + len - 1));
                keys[len - 1] = key.toString();
            }
            for (int len = keys.length; len >= 1 && matched == 0; len--) {
                List<Entry> entries = byPhrase.get(keys[len - 1]);
                if (entries == null) {
                    continue;
                }
                for (Entry e : entries) {
                    if (sections.test(e.section())) {
                        hits.add(new Hit(i, len, e));
                        matched = len;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return hits;
    }

    /** Phrase and weight of every entry of the section, in no particular order. */
    public Map<String, Double> section(String section) {
        Map<String, Double> found = new HashMap<>();
        byPhrase.forEach((phrase, entries) -> entries.stream().filter(e -> e.section().equals(section))
                .forEach(e -> found.put(phrase, e.weight())));
        return found;
    }

    /** Whether the single word or phrase is listed in the section. */
    public boolean contains(String section, String phrase) {
        List<Entry> entries = byPhrase.get(phrase);
        return entries != null && entries.stream().anyMatch(e -> e.section().equals(section));
    }
}
