package io.macrodigest.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short lines in which the publisher speaks to the reader instead of telling the story: asking them to follow,
 * subscribe, donate, log in, share or consent to cookies, and the disclaimers that go with commercial or guest
 * content. Templates set these inside the article's own box, so only their wording gives them away.
 *
 * <p>Lines are matched lower-cased against lower-case patterns: case-insensitive matching folds every character
 * for every alternative, and this runs on every short line of every page.
 */
final class ReaderAppeals {

    private static final Pattern CALL_TO_ACTION_VERB = Pattern.compile("\\b(follow|join|subscribe|download|"
            + "sign up|get the|únete|síguenos|suscríbete|descarga|mira|folgen?|abonnier\\w*|lade|suivez|abonnez|"
            + "rejoignez|téléchargez|seguici|iscriviti|scarica)\\b");
    private static final Pattern CALL_TO_ACTION_CHANNEL = Pattern.compile("\\b(telegram|whatsapp|youtube|"
            + "instagram|facebook|twitter|tiktok|linkedin|newsletter|app|apps|podcast|canal|channel|kanal|chaîne)\\b");
    private static final int CALL_TO_ACTION_SPAN = 80;
    private static final Pattern SUBSCRIBER = Pattern.compile("\\b(subscribers?|abonnent(en|in)?|suscriptores|"
            + "abonnés)\\b");
    /** A newsletter or the reader's inbox is only ever mentioned in a short line to sell a subscription. */
    private static final String NEWSLETTER = "newsletters?\\b|posteingang\\b|your inbox\\b|"
            + "boîte (mail|de réception)\\b|subskrypcj";
    private static final String DONATION = "jede (kleine )?spende|jetzt spenden|spenden sie|unterstütze uns|"
            + "unterstützen sie uns|support us|donate (now|today)|make a donation|become a (member|supporter|patron)|"
            + "werden sie mitglied|werde mitglied|hazte (miembro|socio)|faites un don|soutenez-nous|wesprzyj nas|"
            + "sostienici";
    private static final String LOGIN_TO_COMMENT = "must be logged in|log in to comment|"
            + "müssen sich (einloggen|anmelden)|musst (eingeloggt|angemeldet)|eingeloggt sein|devez être connecté|"
            + "debes (iniciar sesión|estar registrado)";
    private static final String DISCLAIMER = "meinung des autors|meinung der autor|"
            + "n'engagent que (leurs?|son|ses) auteurs?|angaben ohne gewähr|"
            + "(receive|earn) (a )?(compensation|commission)|erhält .{0,40}provision|enthält werbung|"
            + "enthält affiliate|chroniony prawem autorskim|wszelkie prawa zastrzeżone|todos los derechos reservados|"
            + "tous droits réservés";
    /** Cookie banners, and the placeholders that stand in for embedded third-party content until consent. */
    private static final String CONSENT = "(we|wir|site|website|seite) (use|uses|verwende[nt]?|nutz(en|t)) "
            + "(\\S+ )?cookies|korzystamy z (plików )?cookies|utilise (des )?cookies|(utiliza|usamos) cookies|"
            + "(what are|was sind) cookies|cookies? (policy|settings|richtlinie|einstellungen)|"
            + "(accept|akzeptieren|accepter|aceptar) (all )?cookies|cookies akzeptieren|"
            + "ohne (dein|ihr)e? einverständnis|externe[rn]? inhalte?\\b|external content\\b|"
            + "(your|deine|ihre) (consent|zustimmung)\\b";
    /** All of the above in one pass, tried only where a word starts. */
    private static final Pattern APPEAL = Pattern.compile("\\b(" + String.join("|", NEWSLETTER, DONATION,
            LOGIN_TO_COMMENT, DISCLAIMER, CONSENT) + ")");
    /**
     * "Unterstütze Beispielblatt": support asked for a name, which only its capital tells from a verb in a
     * sentence.
     */
    private static final Pattern SUPPORT_BY_NAME = Pattern.compile("\\b[Uu]nterstütze(n [Ss]ie)? \\p{Lu}");
    /** "Share this page", "Möchten Sie den Artikel teilen?": a few words around the verb. */
    private static final Pattern SHARE_VERB = Pattern.compile("\\b(share|teilen|partager|compartir|condividi|"
            + "udostępnij|delen)\\b");
    private static final int SHARE_PROMPT_MAX = 60;
    private static final int SHARE_PROMPT_WORDS = 6;

    private ReaderAppeals() {
    }

    /** @param weight the line's weight, which callers have already checked is that of a short line */
    static boolean isAppeal(String text, int weight) {
        String lower = text.toLowerCase(Locale.ROOT);
        return APPEAL.matcher(lower).find() || SUPPORT_BY_NAME.matcher(text).find() || isCallToAction(lower)
                || isSharePrompt(lower, weight);
    }

    private static boolean isCallToAction(String text) {
        Matcher verb = CALL_TO_ACTION_VERB.matcher(text);
        if (verb.find()) {
            Matcher channel = CALL_TO_ACTION_CHANNEL.matcher(text);
            if (channel.find(verb.end()) && channel.start() - verb.end() <= CALL_TO_ACTION_SPAN) {
                return true;
            }
        }
        return SUBSCRIBER.matcher(text).find();
    }

    private static boolean isSharePrompt(String text, int weight) {
        return weight < SHARE_PROMPT_MAX && SHARE_VERB.matcher(text).find()
                && text.split(" ").length <= SHARE_PROMPT_WORDS;
    }
}
