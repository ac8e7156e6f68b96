package dev.quiver.bench.report;

import dev.quiver.bench.report.ReportModel.Case;
import dev.quiver.bench.report.ReportModel.Metric;
import java.util.Locale;
import java.util.OptionalDouble;

/** Writes {@code RESULTS.md}: the machine, then one table per case with each variant's ratios. */
final class MarkdownReport {
  static final String REFERENCE_FLIGHT = "flight";
  static final String REFERENCE_OFFICIAL = "official";

  private MarkdownReport() {}

  static String render(ReportModel model, MachineStamp machine, String notes) {
    StringBuilder md = new StringBuilder();
    md.append("# Quiver benchmarks\n\n");
    md.append("Machine: ").append(machine.summary()).append(".\n");
    if (!machine.loadBefore().isEmpty() || !machine.loadAfter().isEmpty()) {
      md.append("Load before the run: `")
          .append(machine.loadBefore())
          .append("`; after: `")
          .append(machine.loadAfter())
          .append("`.\n");
    }
    md.append('\n');
    if (machine.preliminary()) {
      md.append(
          "**Preliminary numbers:** the machine was shared with other builds during the run,"
              + " so absolute values are noisy; the ratios compare variants measured in the same"
              + " run, one after another.\n\n");
    }
    md.append(
        "Variants, all reading the same data from the same DuckDB fixture server over gRPC on"
            + " 127.0.0.1 in the same JVM: **raw Flight** is `FlightSqlClient` reading the Arrow"
            + " vectors directly (the practical limit for any driver; it still builds the Java"
            + " values a getter returns), **Quiver** (`jdbc:flightsql://`), the **official**"
            + " Arrow Flight SQL JDBC driver 18.3.0 (`jdbc:arrow-flight-sql://`), and **DuckDB"
            + " in-process** (`jdbc:duckdb:`, no network; same tables, for scale).\n\n");
    md.append(
        "Ratios are speed ratios against a reference from the same run: above 1 means faster than"
            + " the reference, below 1 slower (rows/s for scans and batches, p50 for latencies,"
            + " time per call otherwise). `±` is JMH's 99.9% confidence half-width. `alloc` is"
            + " JMH's `gc.alloc.rate.norm` (with `-prof gc`): bytes allocated per row or operation"
            + " in the whole JVM, the in-JVM fixture server included, so compare it between"
            + " variants rather than read it as the client's alone.\n\n");
    for (Case benchmarkCase : model.cases()) {
      renderCase(md, benchmarkCase);
    }
    if (!notes.isBlank()) {
      md.append("## Notes\n\n").append(notes.strip()).append('\n');
    }
    return md.toString();
  }

  private static void renderCase(StringBuilder md, Case benchmarkCase) {
    md.append("## ").append(benchmarkCase.title());
    if (!benchmarkCase.params().isEmpty()) {
      md.append(" (");
      StringBuilder params = new StringBuilder();
      benchmarkCase.params().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(
              e -> {
                if (params.length() > 0) {
                  params.append(", ");
                }
                params.append(e.getKey()).append('=').append(e.getValue());
              });
      md.append(params).append(')');
    }
    md.append("\n\n");
    Metric metric = benchmarkCase.metric();
    boolean perRow = metric == Metric.ROWS_PER_SECOND;
    String allocation = perRow ? "alloc B/row" : "alloc B/op";
    switch (metric) {
      case ROWS_PER_SECOND:
        md.append("| Variant | rows/s | ms per operation | vs raw Flight | vs official | ")
            .append(allocation)
            .append(" |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        break;
      case LATENCY:
        md.append(
                "| Variant | p50 µs | p99 µs | mean µs | vs raw Flight (p50) | vs official (p50) | ")
            .append(allocation)
            .append(" |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        break;
      default:
        md.append("| Variant | ms per operation | vs raw Flight | vs official | ")
            .append(allocation)
            .append(" |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        break;
    }
    for (String variant : ReportModel.variantOrder()) {
      BenchResult result = benchmarkCase.results().get(variant);
      md.append("| ").append(displayName(variant)).append(" | ");
      if (result == null) {
        int columns = metric == Metric.LATENCY ? 6 : metric == Metric.ROWS_PER_SECOND ? 5 : 4;
        md.append("no result (failed or not run; see jmh.log)");
        md.append(" |".repeat(columns - 1)).append(" |\n");
        continue;
      }
      switch (metric) {
        case ROWS_PER_SECOND:
          md.append(String.format(Locale.ROOT, "%,.0f", benchmarkCase.rowsPerSecond(result)));
          md.append(" | ").append(timeWithError(result, 1e3));
          break;
        case LATENCY:
          md.append(micros(result, result.p50())).append(" | ");
          md.append(micros(result, result.p99())).append(" | ");
          md.append(micros(result, result.score()));
          break;
        default:
          md.append(timeWithError(result, 1e3));
          break;
      }
      md.append(" | ").append(ratio(benchmarkCase.speedRatio(variant, REFERENCE_FLIGHT)));
      md.append(" | ").append(ratio(benchmarkCase.speedRatio(variant, REFERENCE_OFFICIAL)));
      double bytes = result.allocatedBytesPerOp();
      if (perRow) {
        bytes /= benchmarkCase.rowsPerOperation().orElseThrow();
      }
      md.append(" | ").append(significant(bytes));
      md.append(" |\n");
    }
    md.append('\n');
  }

  static String displayName(String variant) {
    switch (variant) {
      case "flight":
        return "raw Flight";
      case "quiver":
        return "Quiver";
      case "official":
        return "official 18.3.0";
      case "duckdb":
        return "DuckDB in-process";
      default:
        return variant;
    }
  }

  private static String timeWithError(BenchResult result, double scale) {
    String score = significant(result.toSeconds(result.score()) * scale);
    if (Double.isNaN(result.scoreError())) {
      return score;
    }
    return score + " ± " + significant(result.toSeconds(result.scoreError()) * scale);
  }

  private static String micros(BenchResult result, double value) {
    return significant(result.toSeconds(value) * 1e6);
  }

  /** Three significant digits, without exponent notation. */
  static String significant(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  static String ratio(OptionalDouble ratio) {
    if (ratio.isEmpty()) {
      return "–";
    }
    double value = ratio.getAsDouble();
    return (value >= 10 ? String.format(Locale.ROOT, "%.0f", value) : significant(value)) + "×";
  }
}
