package io.macrodigest.analysis.text;

import java.util.regex.Pattern;

/**
 * Removes the pictographs newsletters decorate their lines with ("Gold has held its ground 💪.", "rising Japanese
 * rates 🇯🇵", "a rate cut in December ✂️") from the sentences a summary or an insight shows: they are no part of
 * the claim, and a reader scanning a digest reads them as noise. Signs that carry meaning stay: currency signs
 * (₿, €), arrows (↑ ↓), © ® ™ and every letter, digit and punctuation mark. Quotes never pass through here.
 */
public final class Pictographs {

    /** Below this the Extended_Pictographic set holds © ® ™ ‼ and arrows, which text uses as signs. */
    private static final int FIRST_DECORATION = 0x2300;
    private static final int VARIATION_SELECTOR_TEXT = 0xFE0E;
    private static final int VARIATION_SELECTOR_EMOJI = 0xFE0F;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int COMBINING_KEYCAP = 0x20E3;
    private static final int FIRST_REGIONAL_INDICATOR = 0x1F1E6;
    private static final int LAST_REGIONAL_INDICATOR = 0x1F1FF;
    private static final int FIRST_TAG = 0xE0020;
    private static final int LAST_TAG = 0xE007F;
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+(?=[.,;:!?)\\]])");

    private Pictographs() {
    }

    public static String remove(String text) {
        if (text.codePoints().noneMatch(Pictographs::decoration)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !decoration(cp)).forEach(kept::appendCodePoint);
        String spaced = SPACES.matcher(kept).replaceAll(" ");
        return SPACE_BEFORE_MARK.matcher(spaced).replaceAll("").strip();
    }

    private static boolean decoration(int cp) {
        return (cp >= FIRST_DECORATION && Character.isExtendedPictographic(cp))
                || Character.isEmojiModifier(cp)
                || (cp >= FIRST_REGIONAL_INDICATOR && cp <= LAST_REGIONAL_INDICATOR)
                || (cp >= FIRST_TAG && cp <= LAST_TAG)
                || cp == VARIATION_SELECTOR_EMOJI || cp == VARIATION_SELECTOR_TEXT
                || cp == ZERO_WIDTH_JOINER || cp == COMBINING_KEYCAP;
    }
}
