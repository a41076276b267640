package io.macrodigest.analysis.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.macrodigest.analysis.text.Pictographs;

/**
 * Shortens a sentence to its claim for summaries and insights: drops a bullet's label ("2026 Outlook:"), a
 * leading discourse phrase ("In total,", "As Jane noted earlier,", "Turning to Europe,") and a trailing
 * explanation ("…, primarily driven by …", "…, which reflects …"), a comparison with an earlier period
 * ("…, compared to $0.90 a year ago"), a speaker's preamble ("I'm pleased to report
 * that") and trailing colour without a figure ("…, while demand stayed firm") when the rest keeps one; a tail that
 * holds the claim's only figure stays. What is left is the sentence's own words, in order; a sentence whose claim
 * would be too short is left whole. Decorating pictographs go first ({@link Pictographs}).
 */
final class ClaimTrimmer {

    private static final Pattern LEADING = Pattern.compile("(?iu)^(?:(?:in total|in summary|in short|overall|"
            + "finally|moreover|meanwhile|additionally|in addition|importantly|notably|again|also|so|now|"
            + "following (?:this|that)|after that|against this backdrop|in this context|on top of that|that said|"
            + "as a reminder|as you can see|as expected|as (?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}(?:noted|mentioned|said|"
            + "highlighted|discussed|indicated)(?: earlier| before| previously)?|as (?:I|we) (?:noted|mentioned|"
            + "said|highlighted|discussed|indicated)(?: earlier| before| previously)?|"
            + "(?:turning|moving|looking|switching) (?:now )?(?:to|at) [^,]{1,40}|on slide \\d+|"
            + "(?:and|but) (?:so|then|now)|with that)\\s*,\\s*)+");
    private static final Pattern TRAILING = Pattern.compile("(?iu),\\s*(?:(?:primarily|partially|partly|mainly|"
            + "largely|mostly|principally|in part|both)\\s+)?(?:driven by|reflecting|which (?:reflects|reflected|"
            + "was|is|were|are|represents|represented|includes|included)|due to|offset by|as a result of|"
            + "resulting (?:in|from)|led by|thanks to|attributable to|benefiting from|helped by|"
            + "compared (?:to|with) our (?:previous|prior) (?:guidance|expectations|outlook)|"
            + "as we (?:continue|noted|discussed|mentioned))\\b.*$");
    /**
     * A comparison with an earlier period: "…, compared to $0.90 in the prior-year quarter", "… from $4.1 billion in
     * 2020". The figure is the claim; the earlier one is context a reader of key points can skip.
     */
    private static final Pattern COMPARISON = Pattern.compile("(?iu),?\\s+(?:(?:as )?compared (?:to|with)|versus|"
            + "vs\\.?|(?:up|down) from|from(?=\\s+[$€£]?\\d))\\s+[^,;]*?\\b(?:prior|last|previous|"
            + "(?:a )?year[- ](?:ago|earlier)|same (?:period|quarter)|(?:19|20)\\d\\d)\\b[^,;]*?(?=[,;.]?$|[,;])");
    /** A head that would be left without its complement ("… was", "… of"). */
    private static final Pattern DANGLING = Pattern.compile("(?iu)\\b(?:was|were|is|are|be|been|remains?|"
            + "remained|stood|of|at|to|by|and|or|the|a|an)[,;]?$");
    /** A bullet's label: "Rate Cuts Expected:", "2026 Outlook:". */
    private static final Pattern LABEL = Pattern.compile("^(?:[\\p{Lu}\\d][\\p{L}\\d&'’.-]*\\s+){0,4}"
            + "[\\p{Lu}\\d][\\p{L}\\d&'’.-]*\\s*:\\s+");
    /** A speaker's preamble before the claim: "I'm pleased to report that", "We are happy to say". */
    private static final Pattern PREAMBLE = Pattern.compile("(?iu)^(?:(?:and|so|today|again),?\\s+)?(?:I'm|I’m|I am|"
            + "we're|we’re|we are|I was|we were)\\s+(?:very\\s+|really\\s+|particularly\\s+)?(?:pleased|happy|"
            + "proud|excited|delighted|thrilled|glad)\\s+(?:to (?:report|announce|share|say|note|tell you)\\s+"
            + "(?:that\\s+)?|that\\s+)|^(?:as you (?:can see|saw|know|may have seen|will see)(?: in [^,]{1,40})?|"
            + "I (?:would|'d|’d) (?:like to|just) (?:note|point out|highlight|say)|"
            + "I (?:think|believe) (?:it's|it is) (?:fair|worth|important) to (?:say|note))\\s*,?\\s*(?:that\\s+)?");
    /** A trailing clause that adds colour to a figure: dropped when it holds no figure of its own. */
    private static final Pattern COLOUR = Pattern.compile("(?iu)[,;]\\s*(?:and|while|with|where|"
            + "including|although|though|whereas|despite|given|particularly|especially|even as|in line with|"
            + "consistent with|supported by|reflecting|marking|making|representing|underscoring|demonstrating)\\b"
            + "[^,;]*$");
    /** A number that is not a year. */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\w.])(?!(?:19|20)\\d\\d\\b)\\d");
    private static final int MIN_WORDS = 6;

    private ClaimTrimmer() {
    }

    static String trim(String sentence) {
        String text = Pictographs.remove(sentence).strip();
        Matcher label = LABEL.matcher(text);
        if (label.find() && words(text.substring(label.end())) >= MIN_WORDS) {
            text = text.substring(label.end());
        }
        Matcher preamble = PREAMBLE.matcher(text);
        if (preamble.find() && preamble.end() < text.length() && words(text.substring(preamble.end())) >= MIN_WORDS) {
            String rest = text.substring(preamble.end());
            text = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        Matcher lead = LEADING.matcher(text);
        if (lead.find() && lead.end() < text.length() && words(text.substring(lead.end())) >= MIN_WORDS) {
            String rest = text.substring(lead.end());
            text = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        Matcher tail = TRAILING.matcher(text);
        // A tail that holds the claim's only figure is the claim ("…, resulting in a margin of 55.3%").
        if (tail.find() && words(text.substring(0, tail.start())) >= MIN_WORDS
                && (FIGURE.matcher(text.substring(0, tail.start())).find() || !FIGURE.matcher(text).find())) {
            text = text.substring(0, tail.start()).strip() + ".";
        }
        Matcher comparison = COMPARISON.matcher(text);
        if (comparison.find() && words(text.substring(0, comparison.start())) >= MIN_WORDS
                && FIGURE.matcher(text.substring(0, comparison.start())).find()
                && !DANGLING.matcher(text.substring(0, comparison.start())).find()) {
            text = text.substring(0, comparison.start()) + text.substring(comparison.end());
        }
        return withoutColour(text);
    }

    /**
     * Drops trailing clauses without a figure while the rest keeps one: the claim is the figure. A stated
     * consequence ("…, which gives the bank room to cut") is not colour: it becomes the claim's impact.
     */
    private static String withoutColour(String text) {
        if (ImpactWriter.statedInSentence(text) != null) {
            return text;
        }
        String body = text.replaceAll("[.!]$", "");
        for (Matcher m = COLOUR.matcher(body); m.find(); m = COLOUR.matcher(body)) {
            String head = body.substring(0, m.start());
            if (FIGURE.matcher(m.group()).find() || !FIGURE.matcher(head).find() || words(head) < MIN_WORDS) {
                break;
            }
            body = head.strip();
        }
        return body.length() == text.replaceAll("[.!]$", "").length() ? text : body + ".";
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
