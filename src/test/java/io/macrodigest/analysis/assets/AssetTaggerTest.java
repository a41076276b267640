package io.macrodigest.analysis.assets;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.sentiment.SentimentScorer;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.SentenceSplitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssetTaggerTest {

    private final SentimentScorer scorer = SentimentScorer.create();
    private final AssetVocabulary vocabulary = AssetVocabulary.load(List.of());
    private final AssetTagger tagger = new AssetTagger(vocabulary, scorer);
    private final SentenceSplitter splitter = new SentenceSplitter();

    private Map<String, Double> tag(String text) {
        List<Sentence> sentences = splitter.split(text);
        List<Analysis.AssetTag> tags = tagger.tag(sentences, sentences.stream().map(scorer::score).toList());
        return tags.stream().collect(Collectors.toMap(Analysis.AssetTag::asset, Analysis.AssetTag::sentiment));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Bitcoin | btc", "BTC | btc", "Ether | eth", "ETH | eth", "Solana | sol", "SOL | sol", "XRP | xrp",
            "USDT | stablecoins", "USDC | stablecoins", "Tether | stablecoins", "DeFi | defi",
            "decentralized exchanges | defi", "NFTs | nfts", "NFT | nfts", "spot bitcoin ETFs | crypto-etfs",
            "bitcoin miners | bitcoin-miners", "Coinbase | crypto-exchanges", "Dogecoin | altcoins",
            "small tokens | altcoins", "JGBs | jgbs",
            // emerging markets are their stock indices and their stock and bond markets
            "the Sensex | emerging-markets", "the Nifty 50 | emerging-markets", "the Ibovespa | emerging-markets",
            "Indian stocks | emerging-markets", "Brazilian bonds | emerging-markets",
            "Mexican shares | emerging-markets", "Turkish equities | emerging-markets",
            // funds on coins other than bitcoin and ether are crypto ETFs too; privacy coins are altcoins
            "solana ETFs | crypto-etfs", "XRP funds | crypto-etfs", "spot ETFs | crypto-etfs",
            "privacy coins | altcoins", "Monero | altcoins", "the ten-year Treasury | treasuries",
    })
    void commonCoinsAndThemesAreInTheVocabulary(String alias, String id) {
        List<AssetVocabulary.Asset> found = vocabulary.mentions(io.macrodigest.analysis.text.Tokens.of(
                "Traders watched " + alias + " closely."));
        assertEquals(List.of(id), found.stream().map(AssetVocabulary.Asset::id).toList(), alias);
    }

    @Test
    void lowerCaseTickersAreWordsNotCoins() {
        assertTrue(vocabulary.mentions(io.macrodigest.analysis.text.Tokens.of("The sol of the matter.")).isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // each asset takes the clause about it
            "Bitcoin rose 6% while Ether fell 4%. | btc:+ eth:-",
            // contrast separates the verdicts
            "Solana hit a record high, but XRP slid below $2 after the ruling. | sol:+ xrp:-",
            // coordinated assets share the verb
            "Bitcoin and Ether tumbled 9% as liquidations swept the market. | btc:- eth:-",
            // flows go to the funds and hacks to their venue
            "Spot bitcoin ETFs drew record inflows of $1.2 billion. Meanwhile a DeFi lending protocol was hacked for"
                    + " $40 million. | crypto-etfs:+ defi:-",
            // a sentence about one asset gives it the sentence score
            "Bitcoin miners capitulated as hashprice sank to a record low. | bitcoin-miners:-",
            // the other side of a quote moves the other way
            "The euro slipped 0.4% against the dollar after the data. | eur:- usd:+",
            "Gold jumped 2% versus a weaker dollar. | gold:+ usd:-",
            "The yen weakened past 150 per dollar. | jpy:- usd:+",
            "Copper rose 1% and the dollar firmed against the yen. | usd:+ jpy:-",
            "The yen rose as Japanese bond yields climbed to a 17-year high. | jpy:+ jgbs:-",
            // a clause of its own after "and" keeps its own (neutral) verdict; a follow-on after a comma shares one
            "Gold climbed to a record as the dollar weakened and central banks kept buying bullion. | gold:+ usd:-",
            "Ether plunged 11% on Friday, triggering forced selling across the crypto market. | eth:- crypto:-",
            // a bond's yield moves against its price
            "The 10-year Treasury yield jumped to 4.9%, its highest since 2007. | treasuries:-",
            "Treasury bonds rallied after the weak jobs report. | treasuries:+",
            // one asset named: its own clause decides when it says something, not a neighbour about bonds
            "Sterling fell 0.5% to $1.25 and gilt yields dropped across the curve. | gbp:-",
            "The euro slipped 0.4% against the dollar after the decision, while bond yields fell. | eur:- usd:+",
            // a currency after "against" is the quote's other side even when the first is not in the vocabulary
            "The Turkish lira tumbled 3% against the dollar. | usd:+",
            "The British pound rose 0.3% in London trading. | gbp:+",
            // European shares are European equities
            "European shares fell 1.2% and the euro rose 0.5% against the dollar. | europe-equities:- eur:+ usd:-",
            // "the pound" is sterling; a developer is real estate; a Japanese bond is a JGB
            "The pound slid after the jobs data. | gbp:-",
            "A Chinese property developer missed a bond payment, and its shares crashed. | real-estate:-",
            "A weak Japanese bond auction sent yields to a record. | jgbs:-",
            // an emerging market's index or stocks are emerging-markets exposure; its currency is not
            "The Sensex fell 2% and the rupee held steady after the hike. | emerging-markets:-",
            "Brazilian stocks rallied as the central bank signalled more cuts. | emerging-markets:+",
            // money poured into a fund is a flow into it
            "Gold slipped while investors poured money into spot bitcoin ETFs. | crypto-etfs:+ gold:-",
            "Privacy coins slumped 12% after two exchanges said they would delist them. | altcoins:-",
            "The yield on the ten-year Treasury note rose to 4.8% after a weak auction. | treasuries:-",
            // permission to hold or trade crypto is good news for it
            "The regulator will allow banks to hold crypto for their clients. | crypto:+",
    })
    void eachAssetTakesItsOwnVerdict(String text, String verdicts) {
        Map<String, Double> tags = tag(text);
        for (String verdict : verdicts.split(" ")) {
            String asset = verdict.substring(0, verdict.indexOf(':'));
            double sign = verdict.endsWith("+") ? 1 : -1;
            assertTrue(tags.containsKey(asset) && Math.signum(tags.get(asset)) == sign, () -> verdict + " " + tags);
        }
    }

    @Test
    void aPhraseThatHoldsAnAliasIsNotThatAsset() {
        assertEquals(List.of(), vocabulary.mentions(io.macrodigest.analysis.text.Tokens.of(
                "Central banks may find it harder to cut, and the World Bank agreed.")));
        assertEquals(List.of("banks"), vocabulary.mentions(io.macrodigest.analysis.text.Tokens.of(
                "Banks rallied after the central bank spoke.")).stream().map(AssetVocabulary.Asset::id).toList());
        assertEquals(List.of(), vocabulary.mentions(io.macrodigest.analysis.text.Tokens.of(
                "The Australian dollar fell while the Canadian dollar held steady.")));
        assertEquals(List.of(), vocabulary.mentions(io.macrodigest.analysis.text.Tokens.of(
                "Australia's dollar rose 0.7% and Canada's dollar slipped.")));
        assertEquals(List.of(), vocabulary.mentions(io.macrodigest.analysis.text.Tokens.of(
                "The Mexican peso and the Indian rupee both firmed.")));
        // the currency a bond is sold in, or its price in cents, is no view on the dollar
        assertEquals(List.of(), vocabulary.mentions(io.macrodigest.analysis.text.Tokens.of(
                "The developer's dollar bonds traded at 20 cents on the dollar.")));
        assertTrue(vocabulary.assets().stream().noneMatch(a -> a.id().equals(AssetVocabulary.NOT_AN_ASSET)));
    }

    @Test
    void aStablecoinsPegIsNotTheDollar() {
        assertEquals(List.of("stablecoins"), vocabulary.mentions(io.macrodigest.analysis.text.Tokens.of(
                "A dollar-pegged stablecoin slipped below its dollar peg.")).stream().map(AssetVocabulary.Asset::id).toList());
    }

    @Test
    void theBenchmarkOfASpreadTakesNoVerdict() {
        Map<String, Double> tags = tag("Junk bonds sold off hard and their spreads widened to 480 basis points over"
                + " Treasuries, the most in a year.");
        assertEquals(0.0, tags.get("treasuries"), tags::toString);
    }

    @Test
    void protestsAgainstACoinAreAboutTheCoin() {
        // "against" needs a quoted asset before it: here nothing is quoted against anything
        Map<String, Double> tags = tag("Lawmakers turned against Bitcoin, and it slumped 8% on the day.");
        assertTrue(tags.get("btc") < 0, tags::toString);
    }

    @Test
    void aLongRunOfQuotesReadsEachOnce() {
        // whether another asset came first is carried along: searching the mentions again per quote would crawl
        Map<String, Double> tags = tag("The euro slid against the dollar, ".repeat(20_000) + "and the yen fell too.");
        assertTrue(tags.get("eur") < 0 && tags.get("usd") > 0, tags::toString);
    }

    @Test
    void aLongListOfNamesSharesTheVerbAtItsEnd() {
        // each clause is scored once: re-scoring the growing list at every name would take minutes here
        Map<String, Double> tags = tag("Bitcoin, Ether, ".repeat(20_000) + "and Solana all fell 5%.");
        assertTrue(tags.get("btc") < 0 && tags.get("eth") < 0 && tags.get("sol") < 0, tags::toString);
    }
}
