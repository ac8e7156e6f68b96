package dev.quiver.bench.report;

import dev.quiver.bench.report.ReportModel.Case;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Draws {@code ratios.svg}: for every case, each variant's speed relative to raw Flight from the
 * same run, as horizontal bars on a log2 axis centred on 1× (bars to the left are slower).
 */
final class RatioChart {
  private static final List<String> BARS = List.of("quiver", "official", "duckdb");
  private static final List<String> COLORS = List.of("#2b6cb0", "#c05621", "#718096");
  private static final int WIDTH = 980;
  private static final int LABEL_WIDTH = 360;
  private static final int PLOT_LEFT = LABEL_WIDTH + 10;
  private static final int PLOT_RIGHT = WIDTH - 120;
  private static final int BAR_HEIGHT = 13;
  private static final int BAR_GAP = 3;
  private static final int GROUP_GAP = 14;
  private static final int TOP = 92;

  /** The axis spans 2^-MAX_EXPONENT .. 2^MAX_EXPONENT; longer bars are clipped and marked. */
  private static final int MAX_EXPONENT = 5;

  private RatioChart() {}

  static String render(ReportModel model, MachineStamp machine) {
    int groupHeight = BARS.size() * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP + 14;
    int height = TOP + model.cases().size() * groupHeight + 30;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
            WIDTH,
            height,
            WIDTH,
            height));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    text(svg, 10, 20, "bold", 15, "Speed relative to raw FlightSqlClient (same run; log scale)");
    String subtitle =
        machine.summary() + (machine.preliminary() ? " (preliminary: busy machine)" : "");
    text(svg, 10, 38, "normal", 11, subtitle);
    legend(svg);
    axis(svg, height);
    int y = TOP;
    for (Case benchmarkCase : model.cases()) {
      text(svg, 10, y + 11, "bold", 12, benchmarkCase.label());
      y += 16;
      for (int i = 0; i < BARS.size(); i++) {
        String variant = BARS.get(i);
        String missing =
            benchmarkCase.results().containsKey(variant) ? "no raw Flight result" : "no result";
        bar(
            svg,
            y,
            MarkdownReport.displayName(variant),
            COLORS.get(i),
            benchmarkCase.speedRatio(variant, MarkdownReport.REFERENCE_FLIGHT),
            missing);
        y += BAR_HEIGHT + BAR_GAP;
      }
      y += GROUP_GAP - 2;
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void legend(StringBuilder svg) {
    int x = 10;
    for (int i = 0; i < BARS.size(); i++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"50\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
              x,
              COLORS.get(i)));
      String name = MarkdownReport.displayName(BARS.get(i));
      text(svg, x + 16, 60, "normal", 12, name);
      x += 30 + name.length() * 7;
    }
    text(svg, x + 10, 60, "normal", 11, "1× = as fast as raw Flight; left of it = slower");
  }

  private static void axis(StringBuilder svg, int height) {
    for (int exponent = -MAX_EXPONENT; exponent <= MAX_EXPONENT; exponent++) {
      double x = xFor(exponent);
      String colour = exponent == 0 ? "#222" : "#ddd";
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>\n",
              x,
              TOP - 8,
              x,
              height - 20,
              colour));
      String label = exponent >= 0 ? (1 << exponent) + "×" : "1/" + (1 << -exponent);
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">%s</text>\n",
              x,
              TOP - 12,
              label));
    }
  }

  private static void bar(
      StringBuilder svg, int y, String name, String colour, OptionalDouble ratio, String missing) {
    text(svg, 24, y + 10, "normal", 11, name);
    double zero = xFor(0);
    if (ratio.isEmpty()) {
      text(svg, (int) zero + 6, y + 10, "normal", 11, missing);
      return;
    }
    double exponent = Math.log(ratio.getAsDouble()) / Math.log(2);
    boolean clipped = Math.abs(exponent) > MAX_EXPONENT;
    double end = xFor(Math.max(-MAX_EXPONENT, Math.min(MAX_EXPONENT, exponent)));
    double left = Math.min(zero, end);
    double width = Math.max(1, Math.abs(end - zero));
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n",
            left,
            y,
            width,
            BAR_HEIGHT,
            colour));
    String label = MarkdownReport.ratio(ratio) + (clipped ? " (off scale)" : "");
    boolean right = end >= zero;
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" font-size=\"10\">%s</text>\n",
            right ? end + 4 : end - 4,
            y + 10,
            right ? "start" : "end",
            escape(label)));
  }

  private static double xFor(double exponent) {
    double centre = (PLOT_LEFT + PLOT_RIGHT) / 2.0;
    return centre + exponent * (PLOT_RIGHT - PLOT_LEFT) / (2.0 * MAX_EXPONENT);
  }

  private static void text(StringBuilder svg, int x, int y, String weight, int size, String text) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-weight=\"%s\" font-size=\"%d\">%s</text>\n",
            x,
            y,
            weight,
            size,
            escape(text)));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
