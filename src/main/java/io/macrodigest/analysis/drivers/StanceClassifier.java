package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.Analysis;
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
    /** A rates tone this clear sets the stance by itself. */
    static final double DECISIVE_RATES_TONE = 0.2;

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
     * Article stance, kept in agreement with the rates driver: a clear rates tone decides (negative = hawkish),
     * otherwise the balance of the sentences that speak of policy, or where that is even the markets' reading of
     * the decision, unless it contradicts the rates tone. With no driver tagged, only sentences in the words of
     * policy count.
     */
    public Stance article(List<MacroLexicon.Reading> readings, List<Analysis.DriverTag> drivers) {
        if (drivers.isEmpty()) {
            // No macro story: a loan's "high interest rates" in a club takeover says nothing of policy; only the
            // words of policy itself ("more careful about further easing") may lean.
            readings = readings.stream().filter(MacroLexicon.Reading::policyLanguage).toList();
        }
        double rates = drivers.stream().filter(t -> t.driver() == Driver.RATES).mapToDouble(Analysis.DriverTag::tone)
                .findFirst().orElse(0);
        if (Math.abs(rates) >= DECISIVE_RATES_TONE) {
            return rates < 0 ? Stance.HAWKISH : Stance.DOVISH;
        }
        Stance balance = balance(readings);
        if (balance == Stance.NEUTRAL) {
            balance = reaction(readings);
        }
        if (balance == Stance.HAWKISH && rates > 0 || balance == Stance.DOVISH && rates < 0) {
            return Stance.NEUTRAL;
        }
        return balance;
    }

    /**
     * When the policy sentences do not settle it, the markets' own reading of a decision leans: a currency that
     * rises after it (traders expect rates to stay higher) reads hawkish, one that falls dovish. Only in an
     * article that speaks of policy; a currency moving in market news alone says nothing of a central bank.
     */
    private static Stance reaction(List<MacroLexicon.Reading> readings) {
        if (readings.stream().noneMatch(r -> r.policy() && Math.abs(r.stanceLean()) >= THRESHOLD)) {
            return Stance.NEUTRAL;
        }
        double moved = readings.stream().mapToDouble(MacroLexicon.Reading::reaction).sum();
        return moved == 0 ? Stance.NEUTRAL : moved > 0 ? Stance.HAWKISH : Stance.DOVISH;
    }

    /**
     * The balance of the sentences that speak of rates or policy and lean. Inflation or growth talk alone,
     * common in market news, does not make an article hawkish.
     */
    private static Stance balance(List<MacroLexicon.Reading> readings) {
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
