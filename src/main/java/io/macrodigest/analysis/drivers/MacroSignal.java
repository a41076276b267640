package io.macrodigest.analysis.drivers;

/**
 * One statement about a driver in one sentence.
 *
 * @param direction +1 when the driver's level rises (rates up, inflation up, growth up, liquidity up, risk
 *                  appetite up), -1 when it falls, 0 when the sentence only mentions the driver
 * @param weight    strength of the statement after hedges and expectations, in (0, ~1.5]
 * @param negated   whether a negator reversed it ("not expected to cut")
 */
public record MacroSignal(Driver driver, int direction, double weight, boolean negated) {

    /** Signed weight: positive for a rising driver. */
    public double signed() {
        return direction * weight;
    }

    /** The same statement weighing {@code factor} times as much. */
    public MacroSignal scaled(double factor) {
        return new MacroSignal(driver, direction, weight * factor, negated);
    }
}
