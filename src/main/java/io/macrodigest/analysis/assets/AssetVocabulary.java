package io.macrodigest.analysis.assets;
import io.macrodigest.analysis.text.Tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assets and themes the engine tags, read from {@code analysis/assets.txt} plus extra lines in the same
 * format ({@code id | display name | aliases | flags}); an extra line with a known id adds aliases to it.
 */
public final class AssetVocabulary {

    /** One tagged asset or theme. */
    public record Asset(String id, String name, boolean currency) {
    }

    /** An alias as tokens; short capitalised tickers must match in capitals. */
    public record Alias(Asset asset, String[] words, boolean caseSensitive) {
    }

    /** The id of the line whose phrases hold an alias but name no asset: "central banks" is not "banks". */
    static final String NOT_AN_ASSET = "-";

    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

    private AssetVocabulary() {
    }

    public static AssetVocabulary load(List<String> extraLines) {
        AssetVocabulary vocabulary = new AssetVocabulary();
        InputStream in = AssetVocabulary.class.getResourceAsStream("/analysis/assets.txt");
        if (in == null) {
            throw new IllegalStateException("missing resource /analysis/assets.txt");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                vocabulary.addLine(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extraLines.forEach(vocabulary::addLine);
        return vocabulary;
    }

    private void addLine(String line) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
            return;
        }
        String[] fields = content.split("\\|", -1);
        if (fields.length < 3) {
            throw new IllegalArgumentException("asset line needs 'id | name | aliases': " + line);
        }
        String id = fields[0].strip();
        boolean currency = fields.length > 3 && fields[3].contains("currency");
        Asset asset = assets.computeIfAbsent(id, k -> new Asset(id, fields[1].strip(), currency));
        for (String alias : fields[2].split(",")) {
            String a = alias.strip();
            if (a.isEmpty()) {
                continue;
            }
            Tokens tokens = Tokens.of(a);
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.lower(i);
            }
            boolean caseSensitive = a.length() <= 5 && a.equals(a.toUpperCase(java.util.Locale.ROOT))
                    && a.chars().anyMatch(Character::isLetter);
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Alias(asset, words, caseSensitive));
        }
    }

    public List<Asset> assets() {
        return assets.values().stream().filter(a -> !a.id().equals(NOT_AN_ASSET)).toList();
    }

    /** One mention of an asset: tokens {@code [start, end)}. */
    public record Mention(Asset asset, int start, int end) {
    }

    /** The assets named in the tokens, one entry per mention, longest alias first. */
    public List<Asset> mentions(Tokens tokens) {
        return mentionsAt(tokens).stream().map(Mention::asset).toList();
    }

    /** The mentions of assets in the tokens with where they stand, longest alias first. */
    public List<Mention> mentionsAt(Tokens tokens) {
        List<Mention> found = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            List<Alias> candidates = byFirstWord.get(tokens.lower(i));
            Alias best = null;
            if (candidates != null) {
                for (Alias a : candidates) {
                    if ((best == null || a.words().length > best.words().length) && matches(a, tokens, i)) {
                        best = a;
                    }
                }
            }
            if (best != null) {
                int end = i + best.words().length;
                if (!best.asset().id().equals(NOT_AN_ASSET)
                        && !(best.asset().currency() && nextToFigure(tokens, i, end))) {
                    found.add(new Mention(best.asset(), i, end));
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean matches(Alias alias, Tokens tokens, int at) {
        String[] words = alias.words();
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.lower(at + k).equals(words[k])) {
                return false;
            }
            if (alias.caseSensitive() && !tokens.original(at + k).equals(tokens.original(at + k)
                    .toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextToFigure(Tokens tokens, int start, int end) {
        if (end < tokens.size() && tokens.isNumber(end)) {
            return true;
        }
        if (start > 0 && tokens.isNumber(start - 1)) {
            return true;
        }
        if (start > 0) {
            String previous = tokens.lower(start - 1);
            return previous.endsWith("million") || previous.endsWith("billion") || previous.endsWith("trillion")
                    || previous.equals("mln") || previous.equals("bln");
        }
        return false;
    }
}
