package io.macrodigest.web;
import io.macrodigest.analysis.drivers.Driver;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.macrodigest.digest.Pulse;

/**
 * The geometry of the pulse chart, computed on the server so the page needs no script: one SVG path per driver
 * (tone -1 at the bottom, +1 at the top), broken where a bucket has no articles.
 */
record PulseChart(int width, int height, int left, int right, int bottom, int zeroY, int tickLabelX, int xLabelY,
        List<Line> lines, List<Tick> ticks, List<Tick> xLabels) {

    record Line(String driver, String color, String dash, String path, List<Dot> dots) {
    }

    record Dot(String x, String y, String label) {
    }

    /** @param at pixel position along the axis */
    record Tick(String at, String label) {
    }

    private static final int W = 720, H = 300, L = 48, R = 12, T = 12, B = 36;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static PulseChart of(Pulse pulse) {
        List<Line> lines = new ArrayList<>();
        int n = pulse.drivers().isEmpty() ? 0 : pulse.drivers().getFirst().points().size();
        for (Pulse.Series s : pulse.drivers()) {
            StringBuilder path = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            boolean pen = false;
            for (int i = 0; i < s.points().size(); i++) {
                Pulse.Point p = s.points().get(i);
                if (p.netTone() == null) {
                    pen = false;
                    continue;
                }
                String x = fmt(x(i, n)), y = fmt(y(p.netTone()));
                path.append(pen ? " L" : (path.isEmpty() ? "M" : " M")).append(x).append(' ').append(y);
                dots.add(new Dot(x, y, s.driver().id() + " " + DAY.format(p.start()) + ": "
                        + String.format(Locale.ROOT, "%+.2f", p.netTone()) + " (" + p.articles() + " articles)"));
                pen = true;
            }
            lines.add(new Line(s.driver().id(), color(s.driver()), dash(s.driver()), path.toString(), dots));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double v = -1; v <= 1.001; v += 0.5) {
            ticks.add(new Tick(fmt(y(v)), String.format(Locale.ROOT, "%+.1f", v)));
        }
        List<Tick> xLabels = new ArrayList<>();
        if (n > 0) {
            List<Pulse.Point> points = pulse.drivers().getFirst().points();
            int step = Math.max(1, (n + 5) / 6);
            for (int i = 0; i < n; i += step) {
                xLabels.add(new Tick(fmt(x(i, n)), DAY.format(points.get(i).start())));
            }
        }
        return new PulseChart(W, H, L, W - R, H - B, (int) Math.round(y(0)), L - 6, H - B + 20, lines, ticks, xLabels);
    }

    private static double x(int i, int n) {
        return n <= 1 ? L + (W - L - R) / 2.0 : L + i * (W - L - R) / (double) (n - 1);
    }

    private static double y(double tone) {
        return T + (1 - (tone + 1) / 2) * (H - T - B);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Colours tell the lines apart on white at AA contrast; dash patterns do so without colour. */
    private static String color(Driver d) {
        return switch (d) {
            case RATES -> "#1f5fbf";
            case INFLATION -> "#a11a1a";
            case GROWTH -> "#0b6b2e";
            case LIQUIDITY -> "#6b3fa0";
            case RISK_APPETITE -> "#8a4b00";
        };
    }

    private static String dash(Driver d) {
        return switch (d) {
            case RATES -> "none";
            case INFLATION -> "6 3";
            case GROWTH -> "2 3";
            case LIQUIDITY -> "10 4 2 4";
            case RISK_APPETITE -> "12 6";
        };
    }
}
