package io.macrodigest.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimHashTest {

    static final String STORY = """
            The Federal Reserve cut its benchmark rate by a quarter point on Wednesday, the third reduction this year,
            and signalled that further easing would depend on how quickly inflation returns to its two percent goal.
            Officials noted that the labour market has cooled, with payroll growth slowing and unemployment edging up,
            while consumer spending held firm through the autumn. Markets priced two more cuts for next year.
            Treasury yields fell across the curve after the decision, with the two-year note dropping the most as
            traders brought forward their expectations for the next move. The dollar weakened against the yen and
            the euro, and gold rose to a fresh record as real yields declined. Equities extended their gains into
            the close, led by small caps and technology shares that are most sensitive to borrowing costs.
            In the press conference the chair stressed that policy is not on a preset course and that the committee
            will watch incoming data on prices, wages and growth before deciding on any further adjustment. Several
            officials had argued for a pause, citing sticky services inflation and the risk that easing too quickly
            could reignite price pressures, but they were outvoted by members worried about a sharper slowdown.""";

    @Test
    void aLightlyEditedCopyIsANearDuplicate() {
        String edited = STORY.replace("on Wednesday", "on Wednesday afternoon").replace("held firm", "stayed firm");
        int distance = SimHash.distance(SimHash.of(STORY), SimHash.of(edited));
        assertTrue(distance <= SimHash.NEAR_DUPLICATE_BITS, "distance " + distance);
    }

    @Test
    void aDifferentStoryIsFarAway() {
        String other = """
                Bitcoin miners signed multi-year hosting contracts with two cloud providers, converting part of their
                power capacity to artificial intelligence workloads, as the halving squeezed margins and investors
                rewarded firms with access to cheap electricity and grid connections in Texas and the Nordics.""";
        int distance = SimHash.distance(SimHash.of(STORY), SimHash.of(other));
        assertTrue(distance > 12, "distance " + distance);
    }
}
