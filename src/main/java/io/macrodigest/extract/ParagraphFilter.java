package io.macrodigest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** Drops the lines inside an article's container that are not part of the story. */
final class ParagraphFilter {

    /**
     * Lines that announce other content, invite an action, or state legal boilerplate; an asterisk, bracket or
     * dash in front ("*Werbung", "(Alle Angaben ohne Gewähr)") changes nothing.
     */
    private static final Pattern FURNITURE_LINE = Pattern.compile("(?iu)^[*(\\[\\s\\-–]*("
            + "(read|see|view|watch|listen) (also|more|next)\\b|also read|related( articles| stories| posts)?\\b"
            + "|more (on|about|from)\\b|recommended\\b|you (may|might) (also )?like|"
            + "share (this|on|via|the)|follow us|sign up|subscribe|newsletter|advertisement\\b|sponsored\\b|"
            + "all rights reserved|copyright\\b|©|\\(c\\) ?\\d{4}|"
            + "lea (también|más)|lee también|leer más|ver también|te puede interesar|publicidad\\b|"
            + "lire (aussi|également|la suite)|à lire aussi|voir aussi|publicité\\b|pour lire la suite|"
            + "pour accéder (en illimité|à la suite|à l'intégralité)|"
            + "leggi anche|potrebbe interessarti|pubblicità\\b|"
            + "lesen sie (auch|mehr|hier)|mehr zum thema|auch interessant|das könnte sie (auch )?interessieren|"
            + "weiterlesen|anzeige\\b|werbung\\b|teilen\\b|alle rechte vorbehalten|"
            + "leia (também|mais)|veja também|"
            + "czytaj (też|także|również|więcej)|zobacz (też|także|również)|reklama\\b|"
            + "explore further|schon gelesen|zum weiterlesen|beitragsbild|titelbild|bildquelle|bildnachweis|"
            + "(themen|topics|temas|tematy|tags|schlagw(ö|o)rter|schlagworte|stichworte|keywords)\\s?:|"
            + "(photo|foto|image|bild|source|quelle|fuente|źródło|crédits?|credits?)( ?:|\\s*©)"
            + ")");
    /** Headings of page sections that follow or surround an article without belonging to it. */
    private static final Pattern FURNITURE_HEADING = Pattern.compile("(?iu)^("
            + "about the authors?|related( articles| stories| posts| content| news| topics)?|more (stories|articles|news)"
            + "|more from .{1,40}|recommended( for you)?|you (may|might) (also )?(like|enjoy)|popular( posts)?|"
            + "most (read|popular|viewed)|recent (posts|articles|comments)|latest (news|posts|articles)|top stories|"
            + "comments?|\\d+ comments?|leave a (reply|comment)|share( this)?( article| post| story)?|follow us|"
            + "tags|categories|archives?|newsletter|"
            + "über (den|die) autor(in)?|zu(m|r) autor(in)?|weitere (themen|artikel|beiträge|nachrichten)|"
            + "ähnliche (beiträge|artikel)|das könnte (sie|dich) (auch )?interessieren|auch interessant|"
            + "mehr zum thema|lesen sie auch|kommentare?|\\d+ kommentare?|schreibe einen kommentar|"
            + "hinterlasse einen kommentar|kommentar schreiben|diesen (beitrag|artikel) teilen|teilen|"
            + "folgen sie uns|schlagwörter|schlagworte|kategorien|neueste beiträge|beliebte beiträge|meistgelesen|"
            + "à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|articles similaires|commentaires?|"
            + "vos réactions|laisser un commentaire|partager|"
            + "artículos relacionados|noticias relacionadas|contenido relacionado|te puede interesar|comentarios?|"
            + "deja un comentario|compartir|leggi anche|articoli correlati|commenti|condividi|"
            + "czytaj (też|także)|zobacz (też|także)|komentarze|podobne artykuły|gerelateerde artikelen|reacties|"
            + "contact( us)?|kontakt|verwandte themen(bereiche)?|weitere aktuelle themen.{0,40}|zusatzinformationen|"
            + "explore further|schon gelesen|zum weiterlesen|vorschau auf den nächsten artikel|read next|up next|"
            + "more on this (topic|story)|weitere artikel zum thema|ähnliche themen|top[- ]themen.{0,30}|"
            + "themen im artikel|entdecke weitere.{0,30}|lust auf mehr|kommentierte artikel|"
            + "en savoir plus|à découvrir|vous aimerez aussi|sur le même thème|weitere informationen|"
            + "quellen(angaben)?|originalpublikation|über diese (reihe|serie)|about this series|"
            + "fragen an den autor|(ihr(e)? )?ansprechpartner(in)?( zum thema)?|contact person"
            + ")[\\s:.!?]*$");
    /**
     * Lines that open the readers' comments under a story ("Post a comment", "Comments are closed", "Your
     * say"), or sign the story or a comment with a time ("Posted by Jane at 10:22"). Once the story has begun,
     * nothing after such a line is the story's, even where the comments share the story's box and carry no
     * heading. A linked "Comments (3)" beside the headline only points there.
     */
    private static final Pattern COMMENTS_OPENER = Pattern.compile("(?iu)^[•*»\\s]*("
            + "(post|add|leave|write|submit|make|enter) (a|your|new)( own)? comments?|"
            + "(article|reader|readers'?|latest|post|show|hide|view|read|user|your) comments\\b|"
            + "comments?( entries)? (are|is) (now )?(closed|limited to|subject to)|"
            + "(this )?feedback is (now )?closed|thanks for your comments|your say$|"
            + "there are no comments|no comments (yet|at the moment|so far)|be the first to comment|"
            + "comments?\\s?(-|:|»|\\(|\\[)\\s?\\d*|comment policy|do you have comments|"
            + "join the (discussion|conversation)|\\d+ (responses|replies) to|"
            + "(posted|submitted) by\\b.{1,80}\\d[:.]\\d\\d|"
            + "kommentar(e)? (schreiben|verfassen|sind geschlossen)|laisser un commentaire|deja un comentario"
            + ")");
    private static final int COMMENTS_OPENER_MAX = 100;
    /** Teaser lists: at least this many headline-summary pairs in a row, summaries of at most a few sentences. */
    private static final int MIN_TEASERS = 3;
    private static final int MAX_SUMMARY = 400;
    private static final int MIN_HEADLINE = 15;
    private static final double HEADLINE_LINK_SHARE = 0.9;
    /** Below this share of linked text a short line is the page's own words, not a link to elsewhere. */
    private static final double OWN_TEXT_LINK_SHARE = 0.5;
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|par|por|di|door|av|af|autor|author)[: ]\\s*\\p{Lu}.*");
    /** Picture credits: labelled, as an agency in brackets closing the line, or a "© Name" closing it. */
    private static final Pattern CAPTION_CREDIT = Pattern.compile("(?iu)\\b(foto|photo|fotos|photos|bild|image|"
            + "credit|crédit|quelle|fuente|źródło|zdjęcie)s?\\s?:|\\([^()]{0,60}(/|©|istock|getty|shutterstock|dpa|afp|"
            + "reuters|imago|picture alliance)[^()]{0,60}\\)$|©[^©.]{1,60}$");
    /** Captions set as paragraphs under a picture: "Abbildung 4: …", "Figure 2: …". */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?iu)^(abbildung|abb\\.|figure|fig\\.|grafik|"
            + "grafika|rysunek|ilustración|illustration)\\s?\\d*\\s?:");
    private static final int LABELLED_CAPTION_MAX = 300;
    private static final Pattern READING_TIME = Pattern.compile("(?iu)^(\\d+\\s?(min|minutes?|minuten|minut|minuti|"
            + "minutos)\\.?\\s?(read|reading|lesezeit|lesedauer|czytania|de lecture|di lettura|de lectura)?"
            + "|(lesezeit|lesedauer|reading time|temps de lecture)\\s?:?\\s?\\d+\\s?\\p{L}*)$");
    /** A picture credit on a line of its own: "Photographer / Agency", capitalised names around one slash. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'&-]*\\s?){1,4}/\\s?(\\p{Lu}[\\p{L}.'&-]*\\s?){1,4}$");
    private static final int CREDIT_MAX = 60;
    private static final int CAPTION_MAX = 150;
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}:\\d{2}");
    /** Letters a line may have besides a date and still be only a dateline ("Montag, 12. Februar 2024"). */
    private static final int DATELINE_EXTRA_LETTERS = 16;
    private static final int SHORT_LINE = 200;
    private static final int BYLINE_MAX = 80;
    private static final int LABEL_MAX = 60;
    private static final int LABEL_WORDS = 4;

    /**
     * Script source shown as text, where a truncated or spliced page lost the tag around it: it is dense in
     * code punctuation and names the objects of the browser.
     */
    private static final Pattern SCRIPT_WORDS = Pattern.compile(
            "\\b(document|window|navigator)\\.\\w|\\bfunction ?\\(|\\bvar \\w+ ?=");
    private static final double SCRIPT_PUNCTUATION = 0.08;

    private ParagraphFilter() {
    }

    /** @param title the page's headline, which is metadata and not repeated in the body; may be null */
    static List<TextBlock> filter(List<TextBlock> blocks, String title) {
        String headline = title == null ? null : TitleChooser.normalise(title);
        boolean headlineSeen = false;
        boolean[] dropped = new boolean[blocks.size()];
        Element section = null;
        boolean proseSeen = false;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (proseSeen && block.weight() < COMMENTS_OPENER_MAX && block.linkShare() < OWN_TEXT_LINK_SHARE
                    && COMMENTS_OPENER.matcher(block.text()).find()) {
                Arrays.fill(dropped, i, blocks.size(), true);
                break;
            }
            if (block.weight() < LABEL_MAX && FURNITURE_HEADING.matcher(block.text()).matches()) {
                // Before the story starts such a label is a stray link; after it, it opens a trailing section.
                section = proseSeen ? block.container().parent() : null;
                dropped[i] = true;
                continue;
            }
            if (section != null && (block.kind() == TextBlock.Kind.HEADING || !isInside(block.container(), section))) {
                section = null;
            }
            boolean isHeadline = !headlineSeen && headline != null && block.weight() < SHORT_LINE
                    && TitleChooser.normalise(block.text()).equals(headline);
            headlineSeen |= isHeadline;
            dropped[i] = section != null || isHeadline || isFurniture(block);
            proseSeen |= !dropped[i] && ContentLocator.proseWeight(block) > 0;
        }
        dropTeaserSummaries(blocks, dropped);
        // A heading or "Contact:" label whose content was all dropped is an orphan. A longer line ending in a colon
        // is a sentence introducing what follows, and stays.
        boolean keptSinceHeading = false;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            TextBlock block = blocks.get(i);
            if (!dropped[i] && block.weight() < LABEL_MAX) {
                boolean nextDropped = i == blocks.size() - 1 || dropped[i + 1];
                if (block.kind() == TextBlock.Kind.HEADING ? !keptSinceHeading : nextDropped && isLabel(block)) {
                    dropped[i] = true;
                }
            }
            if (block.kind() == TextBlock.Kind.HEADING) {
                keptSinceHeading = false;
            } else if (!dropped[i]) {
                keptSinceHeading = true;
            }
        }
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i]) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    /**
     * Lists of other stories, each a linked headline followed by its summary: the summaries read like prose,
     * but where several linked headlines and short paragraphs alternate, each paragraph belongs to the link
     * above it. A list inside an article sets its items' names as headings or paragraphs, linked or not; lists
     * of other stories set their headlines as bare links, list items or cells.
     */
    private static void dropTeaserSummaries(List<TextBlock> blocks, boolean[] dropped) {
        int runStart = -1;
        int pairs = 0;
        for (int i = 0; i + 1 < blocks.size(); ) {
            if (isHeadlineLink(blocks.get(i)) && isSummary(blocks.get(i + 1))) {
                if (pairs == 0) {
                    runStart = i;
                }
                pairs++;
                i += 2;
                continue;
            }
            dropRun(dropped, runStart, pairs);
            pairs = 0;
            i++;
        }
        dropRun(dropped, runStart, pairs);
    }

    private static void dropRun(boolean[] dropped, int runStart, int pairs) {
        if (pairs >= MIN_TEASERS) {
            Arrays.fill(dropped, runStart, runStart + 2 * pairs, true);
        }
    }

    private static boolean isHeadlineLink(TextBlock block) {
        return block.linkShare() > HEADLINE_LINK_SHARE && block.weight() >= MIN_HEADLINE && block.weight() < SHORT_LINE
                && block.kind() != TextBlock.Kind.HEADING && block.kind() != TextBlock.Kind.PARAGRAPH;
    }

    private static boolean isSummary(TextBlock block) {
        return block.linkShare() < OWN_TEXT_LINK_SHARE && block.weight() < MAX_SUMMARY && block.kind() != TextBlock.Kind.HEADING;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabel(TextBlock block) {
        return block.text().endsWith(":") && block.text().split(" ").length <= LABEL_WORDS;
    }

    static boolean isFurniture(TextBlock block) {
        int w = block.weight();
        if (block.kind() != TextBlock.Kind.PREFORMATTED && isScript(block.text())) {
            return true;
        }
        double links = block.linkShare();
        if (links > 0.6 || links > 0.35 && w < 150) {
            return true;
        }
        String text = block.text();
        if (w < SHORT_LINE && (FURNITURE_LINE.matcher(text).find() || ReaderAppeals.isAppeal(text, w))) {
            return true;
        }
        if (w < LABELLED_CAPTION_MAX && CAPTION_LABEL.matcher(text).find()) {
            return true;
        }
        if (w < CREDIT_MAX && CREDIT_LINE.matcher(text).matches()) {
            return true;
        }
        if (w < CAPTION_MAX && (CAPTION_CREDIT.matcher(text).find() || READING_TIME.matcher(text).matches())) {
            return true;
        }
        return w < BYLINE_MAX && (BYLINE.matcher(text).matches() || isDateline(text));
    }

    private static boolean isScript(String text) {
        if (!SCRIPT_WORDS.matcher(text).find()) {
            return false;
        }
        int punctuation = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("(){};=+[]<>'\"".indexOf(text.charAt(i)) >= 0) {
                punctuation++;
            }
        }
        return punctuation > SCRIPT_PUNCTUATION * text.length();
    }

    private static boolean isDateline(String text) {
        if (!hasYear(text)) {
            return false;
        }
        if (CLOCK_TIME.matcher(text).replaceAll("").indexOf(':') >= 0) {
            // "Termin: 29.02.2020" announces a date, it is not the article's dateline
            return false;
        }
        if (Dates.parseWritten(text) == null) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters <= DATELINE_EXTRA_LETTERS;
    }
}
