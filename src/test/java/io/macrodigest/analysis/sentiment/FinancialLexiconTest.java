package io.macrodigest.analysis.sentiment;

import io.macrodigest.analysis.text.Tokens;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialLexiconTest {

    private final FinancialLexicon lexicon = new FinancialLexicon();

    @ParameterizedTest
    @ValueSource(strings = {
            "Startup PixelNFT closes a seed round led by two funds",
            "MapleCoin opens its public sale next Tuesday",
            "Fund manager takes a stake in analytics firm CryptoDepth",
            "BinanceTR adds lira trading pairs",
    })
    void namesCoinedFromCryptoWordsMakeCryptoNews(String headline) {
        assertTrue(lexicon.aboutCrypto(Tokens.of(headline)), headline);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The operator upgraded its Ethernet backbone in the north",
            "Collectors paid a record price for a rare gold coin",
            "The retailer reported bitter weather hurt December sales",
    })
    void ordinaryWordsDoNot(String sentence) {
        assertFalse(lexicon.aboutCrypto(Tokens.of(sentence)), sentence);
    }
}
