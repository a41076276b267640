package io.macrodigest.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentScorerTest {

    private final SentimentScorer scorer = SentimentScorer.create();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // what moved decides whether the move is good news
            "The company's net loss narrowed to EUR 2.1 million from EUR 5.4 million. | POSITIVE",
            "Operating profit fell to $12 million from $20 million a year earlier. | NEGATIVE",
            "Net sales rose 8% to EUR 120 million. | POSITIVE",
            "Production costs rose sharply in the quarter. | NEGATIVE",
            "Unemployment rose to 6.1% in March. | NEGATIVE",
            // a market beaten by another force
            "Emerging-market currencies were pummelled on Thursday. | NEGATIVE",
            "Regional lenders were hammered as deposit worries spread. | NEGATIVE",
            "Revenue totalled EUR 45 million, compared with EUR 38 million in the previous year. | POSITIVE",
            "Revenue totalled EUR 30 million, compared with EUR 38 million in the previous year. | NEGATIVE",
            "The company cut costs by 10% through automation. | POSITIVE",
            "The group cut its full-year earnings forecast. | NEGATIVE",
            "The company will cut 300 jobs in Finland. | NEGATIVE",
            "Sales did not increase in the period. | NEGATIVE",
            // giving back a move reverses it
            "The index gave up early gains to close lower. | NEGATIVE",
            "Shares pared steep losses in afternoon trading. | POSITIVE",
            // a thing after "and" that has its own move is the next clause's subject, not the first move's object
            "Treasury yields fell and stocks rose. | POSITIVE",
            "Bond yields jumped and equities slid. | NEGATIVE",
            // ending what was feared is good news
            "The regulator dismissed its lawsuit against the lender. | POSITIVE",
            "Prosecutors dropped their fraud charges against the founder. | POSITIVE",
            "Regulators have withdrawn their complaint against the exchange. | POSITIVE",
            "The company won a EUR 40 million order from a utility. | POSITIVE",
            "The company swung to a loss of EUR 3 million. | NEGATIVE",
            "The company is headquartered in Helsinki and employs 1,200 people. | NEUTRAL",
            "The shares will be listed on the Nasdaq exchange. | NEUTRAL",
            "The contract covers the delivery of 12 cranes to the port of Rotterdam. | NEUTRAL",
            "Net sales are expected to grow strongly next year. | POSITIVE",
            "The chief executive said the results were disappointing. | NEGATIVE",
            // an evaluative move with nothing named as moving judges its subject
            "The group's Asian operations improved markedly in the quarter. | POSITIVE",
            "The group has grown rapidly in Asia. | POSITIVE",
            // a profit compared with a loss, and the other way round, whatever the figures
            "Operating profit was EUR 4.2 million, compared with a loss of EUR 6.0 million a year earlier. | POSITIVE",
            "Operating loss was EUR 1.1 million, compared with a profit of EUR 9.3 million. | NEGATIVE",
            "Pretax loss totalled EUR 80 million compared with a loss of EUR 40 million. | NEGATIVE",
            // figures inside the subject do not hide it from its verb
            "Net sales of the packaging division totalled EUR 42.5 million, up 7% on the previous year. | POSITIVE",
            // a thing after "to" or "from" is where the move ended or the benchmark, not what moved
            "The retailer slipped to a net loss of EUR 2 million from a profit of EUR 1 million. | NEGATIVE",
            "Earnings per share were EUR 0.12, up from a loss of EUR 0.05. | POSITIVE",
            "The company will start negotiations to cut staff at its plant. | NEGATIVE",
            // the vocabulary of financial news
            "The programme is expected to bring annual savings of EUR 4 million. | POSITIVE",
            "Winter clothing sold well in December. | POSITIVE",
            "The mill is laying off 80 workers. | NEGATIVE",
            "Concerns about the project eased after the ruling. | POSITIVE",
            "The company sells home improvement products as well as garden tools. | NEUTRAL",
            // a move smaller than expected is a surprise the other way
            "Inflation fell less than expected in March. | NEGATIVE",
            "Consumer prices rose less than economists expected. | POSITIVE",
            "Costs rose less than forecast in the quarter. | POSITIVE",
            "Sales rose less than expected in the quarter. | NEGATIVE",
            "Sales rose more than expected in the quarter. | POSITIVE",
            // with no move before it, the comparison is the move
            "Inflation came in lower than expected. | POSITIVE",
            "Quarterly revenue came in weaker than expected. | NEGATIVE",
            "Earnings beat forecasts. | POSITIVE",
            "The retailer missed estimates for the third quarter in a row. | NEGATIVE",
            // negation flips the verdict
            "The regulator did not approve the bitcoin ETF applications. | NEGATIVE",
            "Bitcoin did not fall after the announcement. | POSITIVE",
            // negation ends at the clause: the second clause keeps its own reading
            "No deal was reached, but sales rose 5%. | POSITIVE",
            "The upgrade not only cut fees but also doubled ether staking deposits. | POSITIVE",
            // a question speculates rather than reports
            "Will bitcoin crash again? | NEUTRAL",
            // in crypto news a sum of money with nothing said against it is money coming in, and does not soften
            // bad news
            "Solana developer studio takes in $40 million from venture investors | POSITIVE",
            "Attackers drain $12 million from a DeFi lending pool | NEGATIVE",
            "Crypto exchange books $2 billion in revenue for the quarter | POSITIVE",
            // feeds that drop the apostrophe still negate
            "Bitcoin didnt fall after the announcement. | POSITIVE",
            // a household name of finance or tech in crypto news is adoption, unless something bad is said;
            // outside crypto news it is only a name
            "Morgan Stanley weighs a bitcoin desk for its advisers | POSITIVE",
            "Visa studies stablecoin payments for its card network | POSITIVE",
            "Regulator fines Goldman Sachs over crypto derivatives reporting | NEGATIVE",
            "Goldman Sachs will split its stock two for one | NEUTRAL",
            // a network used more
            "Ether staking deposits are booming this month | POSITIVE",
            "Solana overtakes Cardano in daily token transfers | POSITIVE",
            // a clause opened by "as" has its own subject; a precious metal rising is news for its holders
            "Revenue rose as costs fell. | POSITIVE",
            "Costs rose as revenue fell. | NEGATIVE",
            "Gold rose to a record high as the dollar slid. | POSITIVE",
            "Sales of products such as paper rose 5%. | POSITIVE",
            // legal action "against" someone names its target, not a benchmark
            "Regulator files a complaint against the lender's former chief executive | NEGATIVE",
            "Court enters judgment against the fund's promoter | NEGATIVE",
            "The lending protocol was exploited for $12 million overnight | NEGATIVE",
            "Sales rose 4% against the previous quarter | POSITIVE",
            // a sum before a series letter is a funding round; a series of shares is not
            "Payments startup closes $60 million Series B led by two venture firms | POSITIVE",
            "Analytics firm completes fundraise at a $2 billion valuation | POSITIVE",
            "The company's Series B shares will be listed in Helsinki. | NEUTRAL",
            // "even with" and "even as" concede like "although"
            "Even with costs rising, net sales grew. | POSITIVE",
            // a company that signs a deal or takes an order has won business; a signing reported as a fact is flat
            "The engineering group has signed a three-year maintenance agreement with a port operator. | POSITIVE",
            "The lease was signed in 2015. | NEUTRAL",
            "The crane maker received an order for six harbour cranes. | POSITIVE",
            "The company will supply 40 trams to the city of Tampere. | POSITIVE",
            "The purchase will strengthen the group position in Poland. | POSITIVE",
            "The software team managed well under tight deadlines. | POSITIVE",
            // "contract" is a deal unless "to" or an auxiliary makes it a verb
            "The shipyard expects the contract to run until 2031. | NEUTRAL",
            "Manufacturing output is expected to contract again in the autumn. | NEGATIVE",
            // a result that changed sides is the news whichever way its figure moved
            "The ferry line booked a net loss of USD 4 million, down from a net profit of USD 9 million. | NEGATIVE",
            "The retailer saw its loss per share shrink in the autumn quarter. | POSITIVE",
            // words that are not what they look like: a register, a cause, a deal completed, a count affected
            "Shareholders of record on 12 May will receive the payment. | NEUTRAL",
            "The increase stems from strong demand in Asia. | POSITIVE",
            "The buyer expects the closure of the transaction in the third quarter. | NEUTRAL",
            "The talks concern roughly 70 warehouse staff. | NEUTRAL",
            "Planned staff reductions concern the logistics unit. | NEGATIVE",
            "Following the rights issue the share capital rose to EUR 12 million. | NEUTRAL",
            // jobs and sites lost in any wording
            "The bakery will make 60 bakers redundant. | NEGATIVE",
            "The carrier will terminate the leases of 14 aircraft. | NEGATIVE",
            "The brewer will close its plant in the north next year. | NEGATIVE",
            "The group plans to cut up to 500 jobs. | NEGATIVE",
            // plain evaluative words of business news
            "The board expressed its confidence in the new Brazilian unit. | POSITIVE",
            "Investors were happy with the new dividend policy. | POSITIVE",
            "The two shipping lines are embroiled in a dispute over port fees. | NEGATIVE",
            "Analysts called the guidance misleading. | NEGATIVE",
            "Raw materials prices climbed again in the spring. | NEGATIVE",
            "The company is in charge of ferry services in Great Britain. | NEUTRAL",
            // a move in percent, alone in its sentence, is the news even when the lexicon does not know the mover
            "In Stockholm, the engineering group rose 1.8 pct to SEK 212. | POSITIVE",
            // what workers are paid is the jobs report's wage figure, not a company's earnings
            "Average hourly earnings rose 4.4% from a year earlier, faster than forecast. | NEUTRAL",
            "Wage growth slowed to 3.2% in the three months to June. | NEUTRAL",
            "Growth in pay picked up to 5% as employers competed for staff. | NEUTRAL",
            // in crypto news, a ban lifted and permission granted are good news, money pulled out bad news
            "The regulator said it would lift the ban on crypto trading by companies. | POSITIVE",
            "Traders pulled $2 billion from the crypto exchange in a day. | NEGATIVE",
            // a sum withdrawn is not money coming in
            "Customers withdrew about $3 billion from the crypto exchange in two days. | NEUTRAL",
            // a record low is where a fall ended, read whole in crypto news too ("hits record" alone is a high)
            "Quarterly profit at the ferry operator hit a record low. | NEGATIVE",
            "Freight costs for the carmaker fell to an all-time low in March. | POSITIVE",
            "Ether hits record low against bitcoin as traders rotate | NEGATIVE",
            // what came "after" is the earlier event: the news is the move before it
            "The toolmaker's shares rose 3% after its main rival warned of plunging orders. | POSITIVE",
            "The toolmaker's shares wobbled after a disappointing quarterly report. | NEGATIVE",
            "The insurer edged lower to EUR 14, after two brokers slashed their targets. | NEGATIVE",
    })
    void labelsTheSentence(String sentence, Sentiment.Label expected) {
        assertEquals(expected, scorer.score(sentence).label(), sentence);
    }

    @Test
    void whatHadHappenedBeforeTheNewsCountsLessInAnArticle() {
        assertEquals(Sentiment.Label.POSITIVE, scorer.score("The airline's shares recovered on Tuesday. They had plunged"
                + " 30% in March after an engine fault grounded the fleet. Analysts said bookings were steady.").label());
    }
}
