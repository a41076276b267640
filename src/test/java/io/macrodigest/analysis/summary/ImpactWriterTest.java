package io.macrodigest.analysis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macrodigest.analysis.assets.AssetVocabulary;
import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.drivers.MacroLexicon;
import io.macrodigest.analysis.sentiment.Sentiment;
import io.macrodigest.analysis.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactWriterTest {

    private final MacroLexicon lexicon = new MacroLexicon();
    private final ImpactWriter writer = new ImpactWriter(AssetVocabulary.load(List.of()), lexicon);

    @Test
    void theMainClauseNotItsConditionDecidesTheImpact() {
        Sentence claim = new Sentence("The governor said the bank would consider easing if the labour market "
                + "softened further.", 0, 0, Sentence.Kind.BODY, null);
        assertEquals(ImpactWriter.driverImpact(Driver.RATES, -1), writer.derived(claim,
                lexicon.read(claim.tokens()), new Sentiment(Sentiment.Label.NEUTRAL, 0)));
    }

    @Test
    void aConditionAtTheStartLeavesTheWholeSentenceToDecide() {
        Sentence claim = new Sentence("If payrolls keep shrinking, growth will slow sharply next year.", 0, 0,
                Sentence.Kind.BODY, null);
        assertEquals(ImpactWriter.driverImpact(Driver.GROWTH, -1), writer.derived(claim,
                lexicon.read(claim.tokens()), new Sentiment(Sentiment.Label.NEUTRAL, 0)));
    }
}
