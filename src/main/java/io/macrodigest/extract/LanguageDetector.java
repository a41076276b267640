package io.macrodigest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the language of a text when the page does not declare it: by script for languages with their own
 * alphabet, by counting very frequent function words for Latin-script ones.
 */
final class LanguageDetector {

    private static final int SAMPLE_CHARS = 4_000;
    private static final int MIN_HITS = 3;
    private static final Map<String, String> STOP_WORDS = new HashMap<>();
    private static final Map<Character.UnicodeScript, String> SCRIPT_LANGUAGES = Map.of(
            Character.UnicodeScript.CYRILLIC, "ru",
            Character.UnicodeScript.ARABIC, "ar",
            Character.UnicodeScript.GREEK, "el",
            Character.UnicodeScript.HEBREW, "he",
            Character.UnicodeScript.THAI, "th",
            Character.UnicodeScript.DEVANAGARI, "hi",
            Character.UnicodeScript.GEORGIAN, "ka",
            Character.UnicodeScript.ARMENIAN, "hy");


    static {
        add("en", "the of and to in is that for it with as was on be by are this have from or at not but which");
        add("de", "der die und das ist nicht mit den sich des auf für ein eine dem im auch es zu von wird sind wir");
        add("fr", "le la les des et est une du dans que pour qui pas sur au avec ce sont il elle ont aux");
        add("es", "el la los las de que y en del por con una para es se su al lo como más pero fue");
        add("it", "il di che la è per una del della non sono con gli le anche nel alla dei più questo");
        add("pt", "de que não uma os do da em para com por mais as dos das foi ao seu pelo também");
        add("nl", "de het een van en is dat niet op te zijn met voor ook aan er maar als bij wordt");
        add("pl", "nie się na jest że do to jak w z o od po tak przez są oraz także może");
        add("sv", "och att det som en är på av för med till den inte har om var ett jag");
        add("da", "og at det er en af til på med for den ikke har som de var fra kan");
        add("no", "og det er til på som en av med for har ikke den å de var fra kan");
        add("fi", "ja on ei että se oli hän ovat kun mutta myös tai joka ovat kuin vain");
        add("cs", "a je se na že v to s z jako pro ale jsou by o jeho bylo také");
        add("tr", "ve bir bu da de için ile olarak çok daha ne gibi kadar sonra olan");
        add("id", "yang dan di dengan untuk dari ini itu tidak dalam akan pada juga ke adalah");
        add("ro", "și de la în că nu cu o pe un este sunt mai care pentru din");
        add("hu", "a az és hogy nem is egy meg van de ez már csak mint");
    }

    private LanguageDetector() {
    }

    private static void add(String language, String words) {
        for (String word : words.split(" ")) {
            STOP_WORDS.merge(word, language, (first, second) -> first);
        }
    }

    static String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String byScript = byScript(sample);
        if (byScript != null) {
            return byScript;
        }
        Map<String, Integer> hits = new HashMap<>();
        for (String token : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String language = STOP_WORDS.get(token);
            if (language != null) {
                hits.merge(language, 1, Integer::sum);
            }
        }
        return hits.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_HITS)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static String byScript(String sample) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        Map<Character.UnicodeScript, Integer> others = new HashMap<>();
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> { }
                default -> others.merge(script, 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return null;
        }
        if (kana > letters / 20) {
            return "ja";
        }
        if (hangul > letters / 4) {
            return "ko";
        }
        if (han > letters / 4) {
            return "zh";
        }
        for (var entry : others.entrySet()) {
            if (entry.getValue() > letters / 2) {
                return SCRIPT_LANGUAGES.get(entry.getKey());
            }
        }
        return null;
    }

}
