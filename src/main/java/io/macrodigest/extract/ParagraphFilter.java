package io.macrodigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Drops the lines inside an article's container that are not part of the story. */
final class ParagraphFilter {

    /** Lines that announce other content, invite an action, or state legal boilerplate. */
    private static final Pattern FURNITURE_LINE = Pattern.compile("(?iu)^("
            + "(read|see|view|watch|listen) (also|more|next)\\b|also read|related( articles| stories| posts)?\\b"
            + "|more (on|about|from)\\b|recommended\\b|you (may|might) (also )?like|"
            + "share (this|on|via|the)|follow us|sign up|subscribe|newsletter|advertisement\\b|sponsored\\b|"
            + "all rights reserved|copyright\\b|©|\\(c\\) ?\\d{4}|"
            + "lea (también|más)|lee también|leer más|ver también|te puede interesar|publicidad\\b|"
            + "lire (aussi|également|la suite)|à lire aussi|voir aussi|publicité\\b|"
            + "leggi anche|potrebbe interessarti|pubblicità\\b|"
            + "lesen sie (auch|mehr|hier)|mehr zum thema|auch interessant|das könnte sie (auch )?interessieren|"
            + "weiterlesen|anzeige\\b|werbung\\b|teilen\\b|alle rechte vorbehalten|"
            + "leia (também|mais)|veja também|"
            + "czytaj (też|także|również|więcej)|zobacz (też|także|również)|reklama\\b"
            + ")");
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|par|por|di|door|av|af|autor|author)[: ]\\s*\\p{Lu}.*");
    private static final int SHORT_LINE = 200;
    private static final int BYLINE_MAX = 80;

    private ParagraphFilter() {
    }

    static List<TextBlock> filter(List<TextBlock> blocks) {
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            if (!isFurniture(block)) {
                kept.add(block);
            }
        }
        return kept;
    }

    static boolean isFurniture(TextBlock block) {
        int w = block.weight();
        double links = block.linkShare();
        if (links > 0.6 || links > 0.35 && w < 150) {
            return true;
        }
        String text = block.text();
        if (w < SHORT_LINE && FURNITURE_LINE.matcher(text).find()) {
            return true;
        }
        return w < BYLINE_MAX && BYLINE.matcher(text).matches();
    }
}
