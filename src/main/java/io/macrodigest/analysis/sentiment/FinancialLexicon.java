package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.text.Tokens;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

/**
 * The hand-written financial sentiment lexicon ({@code analysis/financial-lexicon.txt}): polar words,
 * directional words, the things that move (good or bad when they rise) and the modifiers around them. Sentences
 * about crypto read it together with {@code analysis/crypto-lexicon.txt}, where launches, listings, flows and
 * hacks are news and a coin is a thing that moves.
 */
@Singleton
public final class FinancialLexicon {

    static final String POSITIVE = "positive";
    static final String NEGATIVE = "negative";
    static final String UP = "up";
    static final String DOWN = "down";
    static final String GOOD_UP = "good-up";
    static final String BAD_UP = "bad-up";
    static final String FLAT = "flat";
    static final String COUNT_VERB = "count-verb";
    static final String NEGATOR = "negator";
    static final String INTENSIFIER = "intensifier";
    static final String DIMINISHER = "diminisher";
    static final String HEDGE = "hedge";
    static final String CONTRAST = "contrast";
    static final String CONCESSION = "concession";
    static final String COMPARATOR = "comparator";
    static final String ADOPTER = "adopter";
    private static final String CONTEXT = "context";
    private static final String SIZE = "size";
    private static final int COINED_PART_MIN = 6;
    /** Longer than any context word ("cryptocurrency" has 14 letters): cuts past it cannot match, so none is tried. */
    private static final int COINED_PART_MAX = 16;
    private static final List<String> COINED_SUFFIXES = List.of("coin", "coins", "nft", "nfts");
    private static final Predicate<String> READ = s -> !s.equals(CONTEXT) && !s.equals(SIZE);

    private final PhraseLexicon lexicon;
    private final PhraseLexicon withCrypto;
    /** Smallest absolute percentage of a move, to the factor it scales the move by. */
    private final TreeMap<Double, Double> moveSizes = new TreeMap<>();

    public FinancialLexicon() {
        this.lexicon = PhraseLexicon.load("/analysis/financial-lexicon.txt");
        this.withCrypto = PhraseLexicon.load("/analysis/financial-lexicon.txt", "/analysis/crypto-lexicon.txt");
        for (Map.Entry<String, Double> e : withCrypto.section(SIZE).entrySet()) {
            moveSizes.put(Double.parseDouble(e.getKey()), e.getValue());
        }
    }

    /**
     * Whether the sentence is crypto news: it names a coin, a token, a chain or a crypto venue, also as part of a
     * hyphenated word ("Ethereum-based", "crypto-focused").
     */
    public boolean aboutCrypto(Tokens tokens) {
        if (!withCrypto.match(tokens, CONTEXT::equals).isEmpty()) {
            return true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.lower(i);
            if (w.indexOf('-') > 0) {
                for (String part : w.split("-")) {
                    if (withCrypto.contains(CONTEXT, part)) {
                        return true;
                    }
                }
            }
            if (coinedName(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name coined from crypto words ("CryptoCompare", "BinanceUS", "PixelNFT", "MoonCoin"): a context word of
     * at least {@value #COINED_PART_MIN} letters at its start or end, or a coin or NFT suffix.
     */
    private boolean coinedName(String w) {
        if (COINED_SUFFIXES.stream().anyMatch(s -> w.length() > s.length() && w.endsWith(s))) {
            return true;
        }
        for (int cut = COINED_PART_MIN; cut <= Math.min(w.length() - 2, COINED_PART_MAX); cut++) {
            if (withCrypto.contains(CONTEXT, w.substring(0, cut))
                    || withCrypto.contains(CONTEXT, w.substring(w.length() - cut))) {
                return true;
            }
        }
        return false;
    }

    /** Every lexicon phrase in the tokens, all reading sections ("neutral" phrases swallow their words). */
    public List<PhraseLexicon.Hit> hits(Tokens tokens, boolean crypto) {
        return (crypto ? withCrypto : lexicon).match(tokens, READ);
    }

    /** How much a move of this absolute percentage counts in crypto news, where a 0.4% drift is noise. */
    public double moveSize(double percent) {
        Map.Entry<Double, Double> e = moveSizes.floorEntry(Math.abs(percent));
        return e == null ? 1 : e.getValue();
    }
}
