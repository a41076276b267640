package io.macrodigest.web;

import io.macrodigest.analysis.Analysis;
import io.quarkus.qute.TemplateExtension;

/** Presentation helpers the page templates call on API records. */
@TemplateExtension
final class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** CSS class of a tone badge: a small dead zone keeps near-zero readings neutral. */
    static String toneClass(Analysis.DriverTag tag) {
        return tag.tone() > 0.1 ? "pos" : tag.tone() < -0.1 ? "neg" : "neu";
    }
}
