package io.macrodigest.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.macrodigest.analysis.Corpora;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {

    /** Correct text in many scripts and styles, written for this test. */
    static List<String> correctTexts() {
        return List.of(
                "Plain ASCII: the Fed cut rates by 25 bp to 4.25%-4.50%.",
                "Le café était fermé; «déjà vu», dit-elle à Zoë. Ça coûte 3 €.",
                "Die Straße ist naß: „Fuß“ und ‚Maß‘ – Öl, Äpfel, Übermut. GRÜẞE!",
                "Señor Muñoz pagó ¿cuánto? ¡Mañana! Açores, São Paulo, Bogotá.",
                "Łódź, Kraków, żółć, gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.",
                "Η Ευρωπαϊκή Κεντρική Τράπεζα αύξησε τα επιτόκια. ΣΈ ΑΘΉΝΑ, Ά, Έ, Ή.",
                "Центральный банк России снизил ставку; Серёжа, ёлка, ЁЖ. Україна: Рівне, Ні, її, Київ, є.",
                "日本銀行は金利を引き上げた。中国人民银行 下调存款准备金率。한국은행 기준금리.",
                "Emoji: 🚀📉👋🇺🇸🇨🇳 ⚖️ ✂️ 💰 — and “curly quotes”, ‘single’, … ellipsis, • bullets, ™ ® ©.",
                "Math: ∑ xᵢ² ≤ ∞, √2 ≈ 1.414, ∀ε>0 ∃δ, α·β ≠ γ, ±0.5°C, ½ ¾ µ, x ∈ ℝ, f′(x) → 0.",
                "Türkçe: ığdır, şeker, Çağrı, İstanbul; Română: ștrand, țară; Latviešu: ģērbšanās.",
                "עברית: בנק ישראל. العربية: البنك المركزي. हिन्दी: भारतीय रिज़र्व बैंक.",
                "Edge cases: café”… «À» É» ß“ Ä“ Ö’ é’ Æ× Ñ¿ naïve façade coöperate rôle.",
                "Prices: £100, ¥2,000, ₿0.5, ₹80, ₩1,300, ₺32 and 5‰ of ¼ cup; 10×20 ÷ 2.");
    }

    @ParameterizedTest
    @MethodSource("correctTexts")
    void correctTextIsNeverChanged(String text) {
        assertSame(text, MojibakeRepair.repair(text));
    }

    @ParameterizedTest
    @MethodSource("correctTexts")
    void utf8ReadThroughALegacyCodePageIsRestored(String text) {
        for (String page : List.of("windows-1252", "windows-1250", "windows-1251", "windows-1253", "ISO-8859-1")) {
            String garbled = misread(text, page);
            if (garbled.contains("\uFFFD")) {
                continue; // a byte the page leaves undefined was lost outright: nothing to restore from
            }
            assertEquals(text, MojibakeRepair.repair(garbled), page + ": " + garbled);
        }
    }

    @Test
    void commonShapes() {
        assertEquals("it’s “fine” — café", MojibakeRepair.repair("itâ€™s â€œfineâ€\u009D â€” cafÃ©"));
        assertEquals("Hey community 👋, rates 📉", MojibakeRepair.repair("Hey community πŸ‘‹, rates πŸ“‰"));
        // Windows-1253 gives "’" for 0x92 and has no 0xAA; its ISO-8859-7 fallback gives "ͺ" for 0xAA.
        assertEquals("held its ground 💪,", MojibakeRepair.repair("held its ground πŸ’ͺ,"));
        assertEquals("Привет", MojibakeRepair.repair("РџСЂРёРІРµС‚"));
        assertEquals("heiß", MojibakeRepair.repair("heiÃƒÅ¸"), "mojibake of mojibake");
    }

    @Test
    void aSequenceWhoseLastByteWasLostIsDropped() {
        // "⚖️" read through Windows-1253, whose missing 0x8F vanished: the scale survives, the cut selector goes.
        assertEquals("Gold vs. BTC Divide ⚖\n", MojibakeRepair.repair("Gold vs. BTC Divide βš–οΈ\n"));
    }

    @Test
    void anEmojiCutShortIsDroppedNotShown() {
        // "🏛️" through Windows-1253, which has no 0x8F: both the emoji and its selector lost a byte.
        assertEquals("ease financial conditions  (setting the stage)",
                MojibakeRepair.repair("ease financial conditions πŸ›οΈ (setting the stage)"));
        assertEquals("Ÿ and π stay: “πΟΛΗ ŸPSILON”", MojibakeRepair.repair("Ÿ and π stay: “πΟΛΗ ŸPSILON”"));
    }

    @Test
    void theCodePageThatGivesAnEmojiWins() {
        // Read through ISO-8859-7, where 0xA4 is "€" and 0xB5 is "΅" (Windows-1253 has them at 0x80 and 0xA1).
        assertEquals("🤔 The easing ⛵", MojibakeRepair.repair("πŸ€” The easing β›΅"));
        assertEquals("🤔 The easing ⛵", MojibakeRepair.repair(misread("🤔 The easing ⛵", "ISO-8859-7")));
    }

    @Test
    void correctPunctuationBesideMojibakeStays() {
        assertEquals("“👋”", MojibakeRepair.repair("“πŸ‘‹”"));
    }

    /**
     * The pages of the extraction corpus, decoded as their markup declares, are text in dozens of languages. A
     * few carry real mojibake in words ("VerÃ¶ffentlichung", "Ã¼ber"); everything else must stay as it is. So
     * every change must touch a word and replace a run holding a symbol that no correctly spelled word holds.
     */
    @Test
    void extractionCorpusPagesChangeOnlyWhereAWordHoldsMojibake() throws IOException {
        Path pages = Corpora.require("extraction-dev/annotations.jsonl").resolveSibling("pages");
        List<String> repaired = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int count = 0;
        try (Stream<Path> files = Files.list(pages)) {
            for (Path page : files.sorted().toList()) {
                String text = Jsoup.parse(page.toFile(), null).text();
                count++;
                if (MojibakeRepair.repair(text).equals(text)) {
                    continue;
                }
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) < 0x80) {
                        continue;
                    }
                    int end = i;
                    while (end < text.length() && text.charAt(end) >= 0x80) {
                        end++;
                    }
                    String around = text.substring(Math.max(0, i - 1), Math.min(text.length(), end + 1));
                    if (!MojibakeRepair.repair(around).equals(around)) {
                        String run = text.substring(i, end);
                        boolean inWord = i > 0 && Character.isLetter(text.charAt(i - 1))
                                || end < text.length() && Character.isLetter(text.charAt(end));
                        boolean symbol = run.chars().anyMatch(c -> !Character.isLetter(c));
                        (inWord && symbol ? repaired : wrong).add(page.getFileName() + ": " + around);
                    }
                    i = end;
                }
            }
        }
        System.out.printf("mojibake repair over %d extraction-corpus pages: %d in-word repairs %s, %d other changes%n",
                count, repaired.size(), repaired.stream().limit(5).toList(), wrong.size());
        assertEquals(List.of(), wrong);
    }

    /** UTF-8 bytes decoded by a legacy page, undefined bytes falling back to Windows-1252 or Latin-1. */
    private static String misread(String text, String page) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Charset own = Charset.forName(page);
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, own);
            if (c.equals("\uFFFD")) {
                c = new String(new byte[] {b}, Charset.forName("windows-1252"));
            }
            if (c.equals("\uFFFD")) {
                c = String.valueOf((char) (b & 0xFF));
            }
            out.append(c);
        }
        return out.toString();
    }
}
