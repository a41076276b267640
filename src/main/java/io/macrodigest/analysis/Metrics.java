package io.macrodigest.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Accuracy and macro-F1 over string labels, with a printable confusion matrix. In main code because the
 * evaluation command prints the same figures the evaluation tests assert on.
 */
public final class Metrics {

    private final List<String> labels;
    private final int[][] confusion;
    private int total;

    public Metrics(List<String> labels) {
        this.labels = labels;
        this.confusion = new int[labels.size()][labels.size()];
    }

    public void add(String gold, String predicted) {
        confusion[labels.indexOf(gold)][labels.indexOf(predicted)]++;
        total++;
    }

    public double accuracy() {
        int right = 0;
        for (int i = 0; i < labels.size(); i++) {
            right += confusion[i][i];
        }
        return total == 0 ? 0 : (double) right / total;
    }

    public double macroF1() {
        double sum = 0;
        for (int i = 0; i < labels.size(); i++) {
            int tp = confusion[i][i];
            int fp = 0;
            int fn = 0;
            for (int j = 0; j < labels.size(); j++) {
                if (j != i) {
                    fp += confusion[j][i];
                    fn += confusion[i][j];
                }
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return sum / labels.size();
    }

    public String report(String name) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: n=%d accuracy=%.3f macroF1=%.3f%n",
                name, total, accuracy(), macroF1()));
        sb.append("  gold\\pred ").append(String.join(" ", labels)).append('\n');
        for (int i = 0; i < labels.size(); i++) {
            sb.append(String.format(Locale.ROOT, "  %-9s", labels.get(i)));
            for (int j = 0; j < labels.size(); j++) {
                sb.append(String.format(Locale.ROOT, " %6d", confusion[i][j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
