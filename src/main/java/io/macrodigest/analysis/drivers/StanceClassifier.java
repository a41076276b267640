package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.Tokens;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Monetary-policy stance: hawkish when a sentence leans to tighter policy (rising rates or inflation, strong
 * growth, "further firming may be appropriate"), dovish when it leans to easier policy ("accommodation will be
 * maintained", slack, cooling inflation), neutral otherwise.
 */
@Singleton
public final class StanceClassifier {

    static final double THRESHOLD = 0.35;

    private final MacroLexicon lexicon;

    @Inject
    public StanceClassifier(MacroLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Stance classify(Sentence sentence) {
        return of(lexicon.read(sentence.tokens()).stanceLean(), THRESHOLD);
    }

    public Stance classify(String sentence) {
        return of(lexicon.read(Tokens.of(sentence)).stanceLean(), THRESHOLD);
    }

    /**
     * Article stance from the readings of its sentences that speak of rates or policy: the balance of those
     * that lean. Inflation or growth talk alone, common in market news, does not make an article hawkish.
     */
    public Stance article(List<MacroLexicon.Reading> readings) {
        double sum = 0;
        int leaning = 0;
        for (MacroLexicon.Reading r : readings) {
            if (r.policy() && Math.abs(r.stanceLean()) >= THRESHOLD) {
                sum += Math.signum(r.stanceLean());
                leaning++;
            }
        }
        return leaning == 0 ? Stance.NEUTRAL : of(sum / Math.sqrt(leaning), 0.9);
    }

    private static Stance of(double lean, double threshold) {
        if (lean >= threshold) {
            return Stance.HAWKISH;
        }
        if (lean <= -threshold) {
            return Stance.DOVISH;
        }
        return Stance.NEUTRAL;
    }
}
