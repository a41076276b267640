package io.macrodigest.digest;

/**
 * Drops what XML 1.0 cannot carry (control characters other than tab and line breaks, lone surrogates, U+FFFE
 * and U+FFFF): one such character in a scraped title would otherwise make a whole feed unparseable, and no
 * escaping can represent it.
 */
final class XmlChars {

    private XmlChars() {
    }

    static String strip(String text) {
        if (text == null) {
            return "";
        }
        int bad = firstInvalid(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, bad);
        for (int i = bad; i < text.length();) {
            int cp = text.codePointAt(i);
            if (allowed(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int firstInvalid(String text) {
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** A lone surrogate reads as its own code point (U+D800–U+DFFF), which this range test refuses too. */
    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
