package io.macrodigest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Picks the element that holds the article: the subtree whose prose outweighs the furniture inside it the
 * most. Working on sums over subtrees means split articles (lead, ad, rest) are merged by choosing their
 * common parent whenever the text gained is worth the clutter taken in.
 */
final class ContentLocator {

    /** How much one character of clutter costs against one character of prose. */
    private static final double CLUTTER_COST = 0.6;
    private static final int LONG_BLOCK = 100;
    /** A sibling this strong, relative to the chosen element, is another part of the same article. */
    private static final double SIBLING_SHARE = 0.25;
    /** Short lines (headings, labels) are nearly neutral: articles have some, page furniture has many. */
    private static final double SHORT_LINE_CLUTTER = 0.3;
    private static final int SENTENCE_BLOCK = 40;
    private static final Pattern CONTENT_NAME = Pattern.compile(
            "(?i)(^|[-_ ])(article|entry|post|story|news|blog|main|page|single)?[-_]?"
                    + "(body|content|text|prose|copy)([-_ ]|$)|articlebody|storybody|postbody|entrycontent");

    private static final int MIN_INGREDIENTS_NAME = "ingredients".length();
    private static final Pattern INGREDIENTS = Pattern.compile("(?i)(^|[-_ ])(recipe[-_]?)?ingredients([-_ ]|$)");
    private static final Pattern LEAD_NAME = Pattern.compile(
            "(?i)(^|[-_ ])(teaser|lead|lede|intro|standfirst|summary|abstract|excerpt|sub-?headline|subline|deck|"
                    + "dek)([-_ ]|$)");
    /** How many levels above the chosen element the lead is looked for. */
    private static final int LEAD_DEPTH = 3;

    private ContentLocator() {
    }

    /**
     * The article's element, followed or preceded by those of its siblings that continue it (a lead paragraph
     * or second half that templates put next to the body box), in document order.
     */
    static List<Element> locate(Element body, List<TextBlock> blocks, Deadline deadline) {
        Map<Element, double[]> sums = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            double[] own = sums.computeIfAbsent(block.container(), k -> new double[2]);
            double prose = proseWeight(block);
            own[0] += prose;
            own[1] += prose > 0 || block.linkShare() > 0.5 ? block.weight() - prose : SHORT_LINE_CLUTTER * block.weight();
        }
        Elements all = body.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            if ((i & 1023) == 0) {
                deadline.check();
            }
            double[] own = sums.get(all.get(i));
            Element parent = all.get(i).parent();
            if (own != null && parent != null) {
                double[] up = sums.computeIfAbsent(parent, k -> new double[2]);
                up[0] += own[0];
                up[1] += own[1];
            }
        }
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : all) {
            double[] s = sums.get(e);
            if (s == null || s[0] == 0) {
                continue;
            }
            double score = (s[0] - CLUTTER_COST * s[1]) * bonus(e);
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        List<Element> roots = withContinuations(best, bestScore, sums);
        Element lead = leadBefore(best, sums);
        if (lead != null) {
            roots.add(0, lead);
        }
        roots.addAll(ingredientLists(all, best));
        return roots;
    }

    /**
     * A recipe's ingredients are part of it, but templates set them in a box beside the method, made of short
     * lines that would never win on their own.
     */
    private static List<Element> ingredientLists(Elements all, Element best) {
        List<Element> lists = new ArrayList<>();
        Element last = null;
        for (Element e : all) {
            boolean named = e.attr("itemprop").equals("recipeIngredient") || namesIngredients(e.className())
                    || namesIngredients(e.id());
            if (named && (last == null || !isInside(e, last)) && !isInside(e, best)) {
                lists.add(e);
                last = e;
            }
        }
        return lists;
    }

    /** The substring test spares the pattern on the thousands of names that cannot match. */
    private static boolean namesIngredients(String name) {
        return name.length() >= MIN_INGREDIENTS_NAME && name.toLowerCase(Locale.ROOT).contains("ingredients")
                && INGREDIENTS.matcher(name).find();
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article's lead paragraph when the template sets it apart, in the header above the body box: a named
     * lead ("teaser", "intro", "standfirst") of unlinked prose, close above the chosen element.
     */
    private static Element leadBefore(Element best, Map<Element, double[]> sums) {
        Element child = best;
        Element ancestor = best.parent();
        for (int depth = 0; depth < LEAD_DEPTH && ancestor != null && !ancestor.normalName().equals("body"); depth++) {
            Element found = null;
            for (Element e : ancestor.getAllElements()) {
                if (e == child) {
                    break;
                }
                double[] s = sums.get(e);
                if (s != null && s[0] > 0 && s[1] < s[0] && e != ancestor && isNamedLead(e)) {
                    found = e;
                }
            }
            if (found != null) {
                return found;
            }
            child = ancestor;
            ancestor = ancestor.parent();
        }
        return null;
    }

    private static boolean isNamedLead(Element e) {
        return LEAD_NAME.matcher(e.className()).find() || LEAD_NAME.matcher(e.id()).find();
    }

    private static List<Element> withContinuations(Element best, double bestScore, Map<Element, double[]> sums) {
        Element parent = best.parent();
        if (parent == null || best.normalName().equals("body")) {
            return new ArrayList<>(List.of(best));
        }
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                kept.add(best);
                continue;
            }
            double[] s = sums.get(sibling);
            if (s == null || s[0] == 0) {
                continue;
            }
            double score = s[0] - CLUTTER_COST * s[1];
            boolean strongSibling = score > SIBLING_SHARE * bestScore;
            boolean proseParagraph = sibling.normalName().equals("p") && s[1] < 0.25 * (s[0] + s[1]);
            if (strongSibling || proseParagraph) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    /** The part of a block that reads like article prose; the rest counts as clutter. */
    static double proseWeight(TextBlock block) {
        int w = block.weight();
        double links = block.linkShare();
        if (links > 0.5) {
            return 0;
        }
        boolean prose = w >= LONG_BLOCK
                || w >= SENTENCE_BLOCK && block.endsLikeSentence() && block.kind() != TextBlock.Kind.HEADING;
        return prose ? w * (1 - links) : 0;
    }

    private static double bonus(Element e) {
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.contains("articlebody") || itemprop.equals("text")) {
            return 1.3;
        }
        double bonus = 1;
        String tag = e.normalName();
        if (tag.equals("article")) {
            bonus = 1.15;
        } else if (tag.equals("main") || e.attr("role").equals("main")) {
            bonus = 1.05;
        }
        if (CONTENT_NAME.matcher(e.className()).find() || CONTENT_NAME.matcher(e.id()).find()) {
            bonus *= 1.1;
        }
        return bonus;
    }
}
