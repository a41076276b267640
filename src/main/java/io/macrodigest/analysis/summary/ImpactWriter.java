package io.macrodigest.analysis.summary;
import io.macrodigest.analysis.assets.AssetVocabulary;
import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.drivers.MacroLexicon;
import io.macrodigest.analysis.drivers.MacroSignal;
import io.macrodigest.analysis.sentiment.Sentiment;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.Tokens;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consequence of a claim: the one the text states (a causal clause in the sentence or a following "This
 * means ..." sentence), else one derived from the drivers, assets and sentiment of the claim, else none.
 */
public final class ImpactWriter {

    private static final Pattern CAUSAL_CLAUSE = Pattern.compile(
            "(?iu)(?:,|;|—|–| - )\\s*((?:which|this|that)\\s+(?:means|will|would|could|should|"
                    + "positions|makes|allows|enables|creates|drives|leads|suggests|signals|implies|puts|sets|"
                    + "supports|weighs|pushes|adds|helps|keeps|raises|reduces|increases|lowers|boosts|fuels|"
                    + "underscores|highlights|reinforces|strengthens)\\b.{8,}"
                    + "|(?:driving|leading to|meaning|positioning|making|setting the stage for|paving the way for|"
                    + "fueling|fuelling|boosting|weighing on|pushing|lifting|dragging|prompting|forcing|"
                    + "allowing|enabling|creating|resulting in|so that|as a result|thereby|in turn)\\b.{8,})$");
    private static final Pattern CAUSAL_START = Pattern.compile(
            "(?iu)^(impact\\s*:|this (?:means|suggests|signals|implies|positions|could|would|will|should|allows|"
                    + "helps|creates|leads|puts|makes|sets|is likely|may)|that (?:means|suggests|implies)|"
                    + "as a result|consequently|therefore|thus|in turn|the result|the upshot|which means|"
                    + "the implication|for investors|for markets)\\b");

    /** "would consider easing if the labour market softened": the condition is not what the claim says happens. */
    private static final Pattern CONDITION = Pattern.compile("(?iu),?\\s+(?:if|unless|provided that|as long as)\\s");
    private static final int MAIN_CLAUSE_WORDS = 4;

    private final AssetVocabulary vocabulary;
    private final MacroLexicon lexicon;

    public ImpactWriter(AssetVocabulary vocabulary, MacroLexicon lexicon) {
        this.vocabulary = vocabulary;
        this.lexicon = lexicon;
    }

    /** The consequence clause the sentence itself states, or null. */
    public static String statedInSentence(String sentence) {
        Matcher m = CAUSAL_CLAUSE.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String clause = m.group(1).strip();
        // A clause inside brackets ("(like equities, which have cash flows)") is an aside, not a consequence.
        if (clause.chars().filter(c -> c == ')').count() > clause.chars().filter(c -> c == '(').count()) {
            return null;
        }
        return capitalise(clause);
    }

    /** Whether a sentence states the consequence of the one before it. */
    public static boolean statesConsequence(Sentence next) {
        return next != null && CAUSAL_START.matcher(next.text()).find();
    }

    public static String withoutLabel(String text) {
        return text.replaceFirst("(?iu)^impact\\s*:\\s*", "");
    }

    /**
     * A consequence derived from what the claim says about a driver's move, or about a named asset with a
     * clear sentiment; null when the claim supports neither, as a generic line would say nothing.
     */
    public String derived(Sentence claim, MacroLexicon.Reading reading, Sentiment sentiment) {
        MacroLexicon.Reading main = mainClause(claim.text());
        MacroSignal strongest = strongestMove(main == null ? reading : main);
        if (strongest != null) {
            return driverImpact(strongest.driver(), strongest.direction());
        }
        if (main != null && main.policy() && main.stanceLean() != 0) {
            // "would consider easing if ...": policy language without a driver move still says which way rates go
            return driverImpact(Driver.RATES, main.stanceLean() > 0 ? 1 : -1);
        }
        List<AssetVocabulary.Asset> assets = vocabulary.mentions(claim.tokens());
        if (assets.isEmpty()) {
            return null;
        }
        String asset = assets.get(0).name();
        return switch (sentiment.label()) {
            case POSITIVE -> "Constructive for " + asset + ".";
            case NEGATIVE -> "A headwind for " + asset + ".";
            default -> null;
        };
    }

    /** The reading of the clause before a condition, or null when the claim states none. */
    private MacroLexicon.Reading mainClause(String text) {
        Matcher m = CONDITION.matcher(text);
        if (!m.find() || text.substring(0, m.start()).split("\\s+").length < MAIN_CLAUSE_WORDS) {
            return null;
        }
        return lexicon.read(Tokens.of(text.substring(0, m.start())));
    }

    private static MacroSignal strongestMove(MacroLexicon.Reading reading) {
        MacroSignal strongest = null;
        for (MacroSignal s : reading.signals()) {
            if (s.direction() != 0 && (strongest == null || s.weight() > strongest.weight())) {
                strongest = s;
            }
        }
        return strongest;
    }

    public static String driverImpact(Driver driver, int direction) {
        boolean up = direction > 0;
        return switch (driver) {
            case RATES -> up ? "A headwind for risk assets as borrowing costs rise."
                    : "Supportive for risk assets as borrowing costs fall.";
            case INFLATION -> up ? "Hotter inflation argues for tighter policy, a headwind for risk assets."
                    : "Cooling inflation leaves room for easier policy, supportive for risk assets.";
            case GROWTH -> up ? "Supportive for earnings and cyclical assets as growth accelerates."
                    : "A slowing economy weighs on earnings and risk assets.";
            case LIQUIDITY -> up ? "Supportive for risk assets as liquidity expands."
                    : "A headwind for risk assets as liquidity contracts.";
            case RISK_APPETITE -> up ? "Risk-on flows favour equities and crypto."
                    : "Risk-off flows favour safe havens over equities and crypto.";
        };
    }

    public static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String out = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).replaceAll("[:;,]+$", "");
        char last = out.charAt(out.length() - 1);
        return ".!?".indexOf(last) >= 0 ? out : out + ".";
    }
}
