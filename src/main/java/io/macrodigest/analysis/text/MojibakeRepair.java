package io.macrodigest.analysis.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Undoes mojibake: UTF-8 bytes that were decoded through a legacy single-byte code page ("â€™" for "’", "Ã©"
 * for "é", "πŸ‘‹" for "👋"). Each maximal run of non-ASCII characters is turned back into the bytes the code
 * page gave them and decoded as UTF-8; the run is replaced only when every one of its characters belongs to a
 * complete UTF-8 sequence and what comes out is ordinary text. Real accented, Greek or Cyrillic words do not
 * re-encode into valid UTF-8, so correct text passes through unchanged. Thread-safe.
 */
public final class MojibakeRepair {

    /**
     * Code pages tried in order, each with the pages its decoders fall back on for bytes it leaves undefined
     * (earlier names win where two give the same character different bytes); below all of them, a C1 control
     * stands for its own byte (Latin-1).
     */
    private static final List<List<String>> CODE_PAGES = List.of(
            List.of("windows-1252"),
            List.of("windows-1250", "windows-1252"),
            List.of("windows-1251", "windows-1252"),
            List.of("windows-1253", "ISO-8859-7", "windows-1252"),
            List.of("ISO-8859-7", "windows-1253", "windows-1252"),
            List.of("windows-1254", "windows-1252"),
            List.of("windows-1257", "windows-1252"),
            List.of("ISO-8859-1"));
    private static final List<Map<Character, Byte>> REVERSE = reverseTables();

    private MojibakeRepair() {
    }

    /** The text with its mojibake runs repaired; the same instance when nothing needed repair. */
    public static String repair(String text) {
        if (text == null || !mayHoldMojibake(text)) {
            return text;
        }
        StringBuilder out = null;
        int n = text.length();
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && text.charAt(end) >= 0x80) {
                end++;
            }
            boolean letterFollows = end < n && Character.isLetter(text.charAt(end));
            String fixed = repairLayer(text.substring(i, end), letterFollows);
            // Text garbled twice ("ÃƒÅ¸" for "ß") comes back one layer at a time.
            for (int layer = 0; layer < 2 && fixed != null; layer++) {
                String again = repairLayer(fixed, letterFollows);
                if (again == null) {
                    break;
                }
                fixed = again;
            }
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i).append(fixed);
                copied = end;
            }
            i = end;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /** Mojibake of UTF-8 needs a lead byte followed by a continuation byte: two non-ASCII characters in a row. */
    private static boolean mayHoldMojibake(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80 && text.charAt(i - 1) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /**
     * An accented capital closing a word before a quote mark or dash ("„KÄ“") re-encodes into a valid two-byte
     * sequence. Mojibake of that shape comes from Latin-1, Greek or Cyrillic letters ("Ã“", "Î—", "Ñ”"); one
     * that decodes into Latin Extended is taken for the correct word it reads as.
     */
    private static boolean quotedAccent(String run, String fixed) {
        if (run.length() != 2 || fixed.length() != 1) {
            return false;
        }
        char decoded = fixed.charAt(0);
        if (decoded < 0x100 || decoded >= 0x370 && decoded < 0x500) {
            return false;
        }
        int type = Character.getType(run.charAt(1));
        return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION;
    }

    private static String repairLayer(String run, boolean letterFollows) {
        String fixed = repairRun(run);
        return fixed != null && quotedAccent(run, fixed) && !letterFollows ? null : fixed;
    }

    /**
     * The first code page whose reading is plausible, unless it gives a symbol that is not an emoji and another
     * page gives none: Windows-1253 and ISO-8859-7 put "€" and "΅" on different bytes, so the "πŸ€”" of a page
     * read as one of them comes back as the mahjong tile U+1F014 through the other, where 🤔 was meant.
     */
    private static String repairRun(String run) {
        if (run.length() < 2) {
            return null;
        }
        String first = null;
        for (Map<Character, Byte> table : REVERSE) {
            byte[] bytes = encode(run, table);
            if (bytes == null) {
                continue;
            }
            String decoded = decode(run, bytes);
            if (decoded != null && !decoded.equals(run) && plausible(decoded)) {
                if (!holdsRareSymbol(decoded)) {
                    return decoded;
                }
                first = first == null ? decoded : first;
            }
        }
        return first;
    }

    /** A pictographic symbol outside the emoji set (mahjong and domino tiles, map signs): rare in news text. */
    private static boolean holdsRareSymbol(String decoded) {
        return decoded.codePoints().anyMatch(cp -> cp >= 0x2000 && Character.getType(cp) == Character.OTHER_SYMBOL
                && !Character.isEmoji(cp));
    }

    private static byte[] encode(String run, Map<Character, Byte> table) {
        byte[] bytes = new byte[run.length()];
        for (int k = 0; k < run.length(); k++) {
            Byte b = table.get(run.charAt(k));
            if (b == null) {
                return null;
            }
            bytes[k] = b;
        }
        return bytes;
    }

    /**
     * Strict UTF-8 over the run's bytes, with two allowances when the run also holds a complete sequence of three
     * or more bytes (on their own, both are as likely to be a correct word): a sequence cut short, whose last
     * byte had no character in the code page and was lost, is dropped; a character that cannot start a
     * sequence (a correct quote mark beside an emoji's mojibake) is kept as it stands. The start of an emoji
     * (bytes F0 9F: "πŸ", "ðŸ") counts as such a sequence even when cut short: no correct word pairs those two
     * letters, and an emoji whose bytes were lost is better dropped than shown as "πŸ›οΈ".
     */
    private static String decode(String run, byte[] bytes) {
        StringBuilder out = new StringBuilder();
        boolean longSequence = false;
        boolean partial = false;
        int k = 0;
        while (k < bytes.length) {
            int lead = bytes[k] & 0xFF;
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            int continuations = 0;
            while (continuations < length - 1 && k + 1 + continuations < bytes.length
                    && (bytes[k + 1 + continuations] & 0xC0) == 0x80) {
                continuations++;
            }
            String ch = length > 0 && continuations == length - 1 ? strictUtf8(bytes, k, length) : null;
            if (ch != null) {
                longSequence |= length >= 3;
                out.append(ch);
                k += length;
            } else if (length > 0 && continuations > 0 && continuations < length - 1) {
                partial = true;
                longSequence |= lead == 0xF0 && (bytes[k + 1] & 0xFF) == 0x9F;
                k += 1 + continuations;
            } else {
                partial = true;
                out.append(run.charAt(k));
                k++;
            }
        }
        return partial && !longSequence ? null : out.toString();
    }

    private static String strictUtf8(byte[] bytes, int from, int length) {
        CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, from, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * What a repair yields must read as text: no controls, private-use or unassigned code points, no combining
     * mark without a base, and a two-byte character only from the scripts whose own mojibake this is (Latin,
     * modern Greek, basic Cyrillic, Hebrew and Arabic letters), not from rare blocks that a correct accented
     * letter followed by a quote mark would decode to. A lone CJK character is refused for the same reason:
     * the mojibake of CJK text comes in words.
     */
    private static boolean plausible(String decoded) {
        int cjk = 0;
        for (int k = 0; k < decoded.length(); ) {
            int cp = decoded.codePointAt(k);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || k == 0 && type == Character.NON_SPACING_MARK) {
                return false;
            }
            if (cp >= 0x80 && cp < 0x800 && !(cp >= 0xA0 && cp <= 0x24F || cp >= 0x386 && cp <= 0x3CE
                    || cp >= 0x400 && cp <= 0x45F || cp >= 0x5D0 && cp <= 0x5EA || cp >= 0x600 && cp <= 0x6FF)) {
                return false;
            }
            if (cp >= 0x2E80 && cp <= 0xD7FF || cp >= 0xF900 && cp <= 0xFAFF) {
                cjk++;
            }
            k += Character.charCount(cp);
        }
        return cjk != 1;
    }

    private static List<Map<Character, Byte>> reverseTables() {
        List<Map<Character, Byte>> tables = new ArrayList<>();
        for (List<String> chain : CODE_PAGES) {
            if (chain.stream().allMatch(Charset::isSupported)) {
                tables.add(table(chain));
            }
        }
        return List.copyOf(tables);
    }

    /** Character to byte for the upper half of a chain of code pages, the first page winning. */
    private static Map<Character, Byte> table(List<String> chain) {
        Map<Character, Byte> table = new HashMap<>();
        for (int b = 0x80; b <= 0xFF; b++) {
            table.put((char) b, (byte) b);
        }
        for (String name : chain.reversed()) {
            CharsetDecoder decoder = Charset.forName(name).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            for (int b = 0x80; b <= 0xFF; b++) {
                try {
                    table.put(decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0), (byte) b);
                } catch (CharacterCodingException e) {
                    // Undefined in this page: a later page in the chain, or the C1 control itself, stands for it.
                }
            }
        }
        return Map.copyOf(table);
    }
}
