package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.text.SentenceSplitter;

import java.util.List;
import java.util.Optional;

/** The driver and stance readers wired as the engine wires them, with the look-ups the driver tests assert on. */
final class DriverReadings {

    final MacroLexicon macro = new MacroLexicon();
    final DriverClassifier drivers = new DriverClassifier(macro);
    final StanceClassifier stance = new StanceClassifier(macro);
    final SentenceSplitter splitter = new SentenceSplitter();

    List<Analysis.DriverTag> tags(String text) {
        return drivers.classify(splitter.split(text));
    }

    Optional<Analysis.DriverTag> tag(String text, Driver driver) {
        return tags(text).stream().filter(t -> t.driver() == driver).findFirst();
    }

    /** The tag of {@code driver}, failing with every tag found when there is none. */
    Analysis.DriverTag only(String text, Driver driver) {
        return tag(text, driver).orElseThrow(() -> new AssertionError(driver + " not tagged in " + tags(text)));
    }

    double tone(String text, Driver driver) {
        return only(text, driver).tone();
    }

    Stance articleStance(String text) {
        var sentences = splitter.split(text);
        return stance.article(sentences.stream().map(s -> macro.read(s.tokens())).toList(),
                drivers.classify(sentences));
    }

    /** Directions of the rate moves the first sentence states. */
    List<Integer> ratesMoves(String text) {
        return macro.read(splitter.split(text).get(0).tokens()).signals().stream()
                .filter(s -> s.driver() == Driver.RATES && s.direction() != 0).map(MacroSignal::direction).toList();
    }
}
