package io.macrodigest.analysis.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a sentence to its claim for summaries and insights: drops a bullet's label ("2026 Outlook:"), a
 * leading discourse phrase ("In total,", "As Jane noted earlier,", "Turning to Europe,") and a trailing
 * explanation ("…, primarily driven by …", "…, which reflects …"). What is left is the sentence's own words, in order; a sentence whose claim would be
 * too short is left whole.
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
    /** A bullet's label: "Rate Cuts Expected:", "2026 Outlook:". */
    private static final Pattern LABEL = Pattern.compile("^(?:[\\p{Lu}\\d][\\p{L}\\d&'’.-]*\\s+){0,4}"
            + "[\\p{Lu}\\d][\\p{L}\\d&'’.-]*\\s*:\\s+");
    private static final int MIN_WORDS = 6;

    private ClaimTrimmer() {
    }

    static String trim(String sentence) {
        String text = sentence.strip();
        Matcher label = LABEL.matcher(text);
        if (label.find() && words(text.substring(label.end())) >= MIN_WORDS) {
            text = text.substring(label.end());
        }
        Matcher lead = LEADING.matcher(text);
        if (lead.find() && lead.end() < text.length() && words(text.substring(lead.end())) >= MIN_WORDS) {
            String rest = text.substring(lead.end());
            text = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        Matcher tail = TRAILING.matcher(text);
        if (tail.find() && words(text.substring(0, tail.start())) >= MIN_WORDS) {
            text = text.substring(0, tail.start()).strip() + ".";
        }
        return text;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
