package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Tags the macro drivers an article discusses, each with its tone for risk assets, the direction it moves,
 * a confidence and verbatim evidence sentences. A driver needs more than a passing word ("the economy") to
 * count, which keeps earnings and deal news untagged.
 */
@Singleton
public final class DriverClassifier {

    /** Summed mention strength an article needs before a driver is tagged. */
    static final double PRESENCE = 1.2;
    private static final int EVIDENCE = 3;
    /** A statement that the driver moved says more than a mention of it. */
    static final double MOVED = 1.15;

    private final MacroLexicon lexicon;

    @Inject
    public DriverClassifier(MacroLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Tags drivers of sentences already read by {@link MacroLexicon}; {@code readings} parallels {@code sentences}. */
    public List<Analysis.DriverTag> classify(List<Sentence> sentences, List<MacroLexicon.Reading> readings) {
        Map<Driver, Tally> tallies = new EnumMap<>(Driver.class);
        for (int i = 0; i < sentences.size(); i++) {
            for (MacroSignal s : readings.get(i).signals()) {
                tallies.computeIfAbsent(s.driver(), d -> new Tally()).add(s, sentences.get(i));
            }
        }
        List<Analysis.DriverTag> tags = new ArrayList<>();
        for (Driver driver : Driver.values()) {
            Tally t = tallies.get(driver);
            if (t != null && t.presence >= PRESENCE) {
                tags.add(t.tag(driver));
            }
        }
        return tags;
    }

    public List<Analysis.DriverTag> classify(List<Sentence> sentences) {
        return classify(sentences, sentences.stream().map(s -> lexicon.read(s.tokens())).toList());
    }

    /** +1 when the driver rising supports risk assets. */
    public static int toneSign(Driver driver) {
        return switch (driver) {
            case RATES, INFLATION -> -1;
            case GROWTH, LIQUIDITY, RISK_APPETITE -> 1;
        };
    }

    public static String directionWord(Driver driver, int direction) {
        boolean up = direction > 0;
        return switch (driver) {
            case RATES -> up ? "hiking" : "cutting";
            case INFLATION -> up ? "heating" : "cooling";
            case GROWTH -> up ? "accelerating" : "slowing";
            case LIQUIDITY -> up ? "expanding" : "contracting";
            case RISK_APPETITE -> up ? "risk-on" : "risk-off";
        };
    }

    private static final class Tally {
        double presence;
        double moved;
        double net;
        double plainNet;
        double plainMoved;
        final Map<Sentence, Double> evidence = new java.util.LinkedHashMap<>();
        /** Per sentence, the signed weight of its moves: evidence shows first what decided the direction. */
        final Map<Sentence, Double> moves = new java.util.HashMap<>();

        void add(MacroSignal s, Sentence sentence) {
            presence += s.weight() * (sentence.kind() == Sentence.Kind.HEADING ? 1.5 : 1)
                    * (s.direction() != 0 ? MOVED : 1);
            if (s.direction() != 0) {
                moved += s.weight();
                net += s.signed();
                if (!s.negated()) {
                    plainMoved += s.weight();
                    plainNet += s.signed();
                }
            }
            if (sentence.kind() != Sentence.Kind.HEADING) {
                evidence.merge(sentence, s.weight() + (s.direction() != 0 ? 0.5 : 0), Double::sum);
                if (s.direction() != 0) {
                    moves.merge(sentence, s.signed(), Double::sum);
                }
            }
        }

        /**
         * Sentences that move the driver the way the tag says come before those that only name it: a primer's
         * "inflation indicators such as CPI and PCE" names inflation three times but decided nothing.
         */
        private boolean supportsVerdict(Sentence sentence) {
            double move = moves.getOrDefault(sentence, 0.0);
            return move != 0 && (net == 0 || Math.signum(move) == Math.signum(net));
        }

        Analysis.DriverTag tag(Driver driver) {
            double tone = moved == 0 ? 0 : toneSign(driver) * net / (moved + 0.5);
            String direction;
            if (plainMoved == 0) {
                direction = "steady";
            } else if (Math.abs(plainNet) < plainMoved / 3) {
                direction = "mixed";
            } else {
                direction = directionWord(driver, (int) Math.signum(plainNet));
            }
            double agreement = moved == 0 ? 0.5 : Math.abs(net) / moved;
            double confidence = (1 - Math.exp(-presence / 3)) * (0.6 + 0.4 * agreement);
            List<String> sentences = evidence.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Sentence, Double> e) -> supportsVerdict(e.getKey()))
                            .thenComparing(Map.Entry::getValue).reversed())
                    .limit(EVIDENCE)
                    .map(e -> e.getKey())
                    .sorted(Comparator.comparingInt(Sentence::start))
                    .map(Sentence::text)
                    .toList();
            return new Analysis.DriverTag(driver, round(clamp(tone)), direction, round(clamp01(confidence)),
                    sentences);
        }
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    public static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
