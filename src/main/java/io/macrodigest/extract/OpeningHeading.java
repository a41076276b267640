package io.macrodigest.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The heading that opens the located article: the first h1–h3 inside it that comes before any of its prose.
 * It names the article when the page's declared title does not (a section name, the site's name, a slogan).
 */
final class OpeningHeading {

    private OpeningHeading() {
    }

    /** @return the heading's text, or null when the article does not open with a heading of several words */
    static String find(List<Element> roots, List<TextBlock> blocks) {
        Set<Element> proseBoxes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextBlock block : blocks) {
            if (ContentLocator.proseWeight(block) > 0) {
                proseBoxes.add(block.container());
            }
        }
        String last = null;
        for (Element root : roots) {
            for (Element e : root.getAllElements()) {
                if (e != root && proseBoxes.contains(e)) {
                    return last;
                }
                if (isHeading(e)) {
                    // A one-word heading at the top of a box is a section label ("News", "Archive").
                    String text = TitleChooser.headlineText(e);
                    if (text != null && text.contains(" ")) {
                        last = text;
                    }
                }
            }
        }
        return last;
    }

    /** Headings down to h4, and boxes templates style as the headline instead of marking one up. */
    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        boolean heading = tag.equals("h1") || tag.equals("h2") || tag.equals("h3") || tag.equals("h4")
                || TitleChooser.STYLED_HEADLINE.matcher(e.className()).find();
        return heading && !BoilerplatePatterns.isHidden(e);
    }
}
