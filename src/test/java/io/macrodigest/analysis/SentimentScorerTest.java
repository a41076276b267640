package io.macrodigest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentScorerTest {

    private final SentimentScorer scorer = SentimentScorer.create();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The company's net loss narrowed to EUR 2.1 million from EUR 5.4 million. | POSITIVE",
            "Operating profit fell to $12 million from $20 million a year earlier. | NEGATIVE",
            "Net sales rose 8% to EUR 120 million. | POSITIVE",
            "Production costs rose sharply in the quarter. | NEGATIVE",
            "Unemployment rose to 6.1% in March. | NEGATIVE",
            "Revenue totalled EUR 45 million, compared with EUR 38 million in the previous year. | POSITIVE",
            "Revenue totalled EUR 30 million, compared with EUR 38 million in the previous year. | NEGATIVE",
            "The company cut costs by 10% through automation. | POSITIVE",
            "The group cut its full-year earnings forecast. | NEGATIVE",
            "The company will cut 300 jobs in Finland. | NEGATIVE",
            "Sales did not increase in the period. | NEGATIVE",
            "The company won a EUR 40 million order from a utility. | POSITIVE",
            "The company swung to a loss of EUR 3 million. | NEGATIVE",
            "The company is headquartered in Helsinki and employs 1,200 people. | NEUTRAL",
            "The shares will be listed on the Nasdaq exchange. | NEUTRAL",
            "The contract covers the delivery of 12 cranes to the port of Rotterdam. | NEUTRAL",
            "Net sales are expected to grow strongly next year. | POSITIVE",
            "The chief executive said the results were disappointing. | NEGATIVE",
    })
    void financialNewsSentences(String sentence, Sentiment.Label expected) {
        assertEquals(expected, scorer.score(sentence).label(), sentence);
    }
}
