package io.macrodigest.analysis.summary;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.assets.AssetVocabulary;
import io.macrodigest.analysis.drivers.MacroLexicon;
import io.macrodigest.analysis.drivers.MacroSignal;
import io.macrodigest.analysis.text.QuotedSpans;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the advice an article gives: imperatives ("Monitor ...", "Consider ..."), recommendations ("investors
 * should", "experts advise", "are encouraged to") and positioning calls ("remain long", "stay overweight"),
 * each with its impact: the one the text states ("Impact: ...", "so that ...", "to hedge against ..."), else
 * one derived from the kind of action and what it is about.
 */
public final class ActionItemFinder {

    static final int MAX = 6;
    private static final Set<String> IMPERATIVES = Set.of("consider", "monitor", "watch", "track", "evaluate",
            "re-evaluate", "reevaluate", "reassess", "review", "avoid", "reduce", "trim", "increase", "add", "buy",
            "sell", "hold", "hedge", "diversify", "rebalance", "implement", "prepare", "remain", "stay", "keep",
            "focus", "look", "use", "take", "adopt", "maintain", "accumulate", "position", "limit", "protect",
            "lock", "wait", "allocate", "overweight", "underweight", "favor", "favour", "prioritize", "prioritise",
            "scale", "build", "check", "set", "be", "don't", "do", "never", "ensure", "assess", "research",
            "explore", "stick", "lighten", "rotate", "start", "begin", "pay", "beware", "expect", "plan",
            "incorporate", "tighten", "brace", "capitalize", "capitalise", "seek", "target");
    private static final Set<String> NOUN_AFTER = Set.of("of", "is", "was", "were", "has", "had");
    private static final Pattern ADVICE = Pattern.compile("(?iu)\\b(?:(?:investors|traders|readers|you|holders|"
            + "savers|portfolio managers|allocators|buyers|we) (?:should|must|need to|may want to|might want to|"
            + "would do well to|ought to|are (?:encouraged|advised) to)|(?:should|may want to) consider|"
            + "(?:we|analysts|experts|strategists) (?:recommend|advise|suggest|favou?r)|"
            + "(?:recommends?|advises?|advised|advising|urges?|urged) (?:investors|clients|traders|remaining|"
            + "staying|holding|buying|selling|adding|reducing|to)|is (?:advocated|recommended|advisable)|"
            + "it (?:is|may be) (?:wise|prudent|advisable|worth) to|it makes sense to|the key is to|"
            + "keep an eye on|worth (?:watching|monitoring)|(?:advise|advises|advised|recommend|recommends|urge|urges) "
            + "(?:remaining|staying)|(?:remain|stay) (?:structurally )?"
            + "(?:long|short|overweight|underweight|invested|defensive|cautious|disciplined)|"
            + "(?:are|is) encouraged to)\\b");
    private static final Pattern ACTION_HEADING = Pattern.compile(
            "(?iu)^(action items?|actions|what to do|what investors should do|how to position|positioning|"
                    + "trade ideas?|recommendations?|takeaways?|key takeaways|strategy)\\b");
    /** "how investors should position", "what you need to know": a description of advice, not advice. */
    private static final Pattern REPORTED = Pattern.compile("(?iu)\\b(?:how|what|where|whether|when|why)\\s*$");
    private static final Pattern PURPOSE = Pattern.compile(
            "(?iu)\\b(?:so that|in order to|as an? (?:strategic |portfolio )?(?:hedge|diversifier|store of value)|to (?:hedge|protect|capture|benefit|gain|avoid|limit|reduce|lock|"
                    + "capitalize|capitalise|position|diversify|preserve|participate|take advantage))\\b.{6,}$");

    private final ImpactWriter impacts;
    private final AssetVocabulary vocabulary;

    public ActionItemFinder(ImpactWriter impacts, AssetVocabulary vocabulary) {
        this.impacts = impacts;
        this.vocabulary = vocabulary;
    }

    /** {@code readings} parallels {@code sentences}; {@code quotations} are those of the text they were split from. */
    public List<Found> find(List<Sentence> sentences, List<MacroLexicon.Reading> readings, QuotedSpans quotations) {
        List<Found> found = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        boolean inActionBlock = false;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.kind() == Sentence.Kind.HEADING) {
                inActionBlock = ACTION_HEADING.matcher(s.text()).find();
                continue;
            }
            if (s.text().endsWith("?") || s.tokens().size() < 4 || s.text().regionMatches(true, 0, "impact", 0, 6)
                    || NewsCues.isChatter(s)) {
                continue;
            }
            boolean imperative = imperative(s);
            Matcher advice = ADVICE.matcher(s.text());
            boolean advises = advice.find() && !REPORTED.matcher(s.text().substring(0, advice.start())).find()
                    && !ourselvesQuoted(s, advice, quotations);
            if (!imperative && !advises) {
                continue;
            }
            String impact = statedImpact(sentences, i);
            if (impact == null) {
                impact = derivedImpact(s, readings.get(i));
            }
            found.add(new Found(s, new Analysis.ActionItem(s.text(), impact)));
            scores.add((inActionBlock ? 2.0 : 0) + (imperative ? 1.5 : 1) + i * -1e-6);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        return order.stream().limit(MAX).sorted().map(found::get).toList();
    }

    /** An action item and the sentence it came from (kept out of the insights). */
    public record Found(Sentence sentence, Analysis.ActionItem item) {
    }

    /**
     * "'We should be cautious,' the central banker said": a quoted "we" is the speaker's own institution, not the
     * article advising its readers.
     */
    private static boolean ourselvesQuoted(Sentence s, Matcher advice, QuotedSpans quotations) {
        return advice.group().regionMatches(true, 0, "we ", 0, 3) && quotations.encloses(s.start() + advice.start());
    }

    private static boolean imperative(Sentence s) {
        Tokens t = s.tokens();
        if (t.size() < 3 || !Character.isUpperCase(t.original(0).charAt(0))) {
            return false;
        }
        String first = t.lower(0);
        if (!IMPERATIVES.contains(first)) {
            return false;
        }
        // "Consider the case ..." reads as advice, "Monitor shipments rose" does not: the next word must not be a verb form.
        // "Use of the facility fell", "Research is clear": the first word is a noun when "of" or a verb follows it.
        String second = t.lower(1);
        if (NOUN_AFTER.contains(second) || first.equals("increase") && second.equals("in")) {
            return false;
        }
        return !second.endsWith("ed") || second.equals("need") || t.size() > 3 && !t.lower(2).equals("by");
    }

    private static String statedImpact(List<Sentence> sentences, int i) {
        if (i + 1 < sentences.size() && ImpactWriter.statesConsequence(sentences.get(i + 1))) {
            return ImpactWriter.withoutLabel(sentences.get(i + 1).text());
        }
        Matcher m = PURPOSE.matcher(sentences.get(i).text());
        if (m.find()) {
            return purposeAsImpact(m.group().strip());
        }
        String clause = ImpactWriter.statedInSentence(sentences.get(i).text());
        return clause;
    }

    /**
     * The purpose an action states, said as what the action does, since the action item already shows it as a
     * purpose: "as a hedge against debasement" acts as one, "to protect gains" protects them, "so that X" is X.
     */
    static String purposeAsImpact(String purpose) {
        String lower = purpose.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("so that ")) {
            return ImpactWriter.capitalise(purpose.substring(8));
        }
        if (lower.startsWith("as a ") || lower.startsWith("as an ")) {
            return "Acts as " + purpose.substring(3);
        }
        String rest = lower.startsWith("in order to ") ? purpose.substring(12) : lower.startsWith("to ")
                ? purpose.substring(3) : null;
        if (rest == null) {
            return ImpactWriter.capitalise(purpose);
        }
        int space = rest.indexOf(' ');
        String verb = space < 0 ? rest : rest.substring(0, space);
        String third = verb.endsWith("y") ? verb.substring(0, verb.length() - 1) + "ies"
                : verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("s") ? verb + "es" : verb + "s";
        return ImpactWriter.capitalise(third + rest.substring(verb.length()));
    }

    private String derivedImpact(Sentence s, MacroLexicon.Reading reading) {
        List<AssetVocabulary.Asset> assets = vocabulary.mentions(s.tokens());
        String subject = assets.isEmpty() ? "the portfolio" : assets.get(0).name() + " exposure";
        String first = s.tokens().lower(0);
        String lower = s.text().toLowerCase();
        if (first.equals("monitor") || first.equals("watch") || first.equals("track") || lower.contains("keep an eye")
                || lower.contains("worth watching")) {
            return "Gives early warning if the outlook for " + (assets.isEmpty() ? "these markets" : assets.get(0).name())
                    + " changes.";
        }
        if (Set.of("reduce", "trim", "sell", "avoid", "hedge", "protect", "limit", "lighten").contains(first)
                || lower.contains("cautious") || lower.contains("defensive")) {
            return "Limits losses on " + subject + " if the risk materialises.";
        }
        if (Set.of("diversify", "rebalance", "scale", "allocate").contains(first) || lower.contains("scaled")) {
            return "Reduces concentration and timing risk in " + subject + ".";
        }
        if (Set.of("remain", "stay", "hold", "maintain", "keep", "stick").contains(first) || lower.contains("remain")
                || lower.contains("stay")) {
            return "Keeps " + subject + " aligned with the prevailing trend.";
        }
        if (first.equals("prepare") || lower.contains("prepar")) {
            return "Reduces the cost of being caught off guard if conditions change.";
        }
        for (MacroSignal signal : reading.signals()) {
            if (signal.direction() != 0) {
                return "Aligns " + subject + " with the macro backdrop: "
                        + ImpactWriter.driverImpact(signal.driver(), signal.direction()).toLowerCase();
            }
        }
        return null;
    }
}
