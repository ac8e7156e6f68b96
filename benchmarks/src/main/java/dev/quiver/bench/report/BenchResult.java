package dev.quiver.bench.report;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One JMH result: a benchmark method with one set of parameters.
 *
 * @param benchmark the fully qualified method, e.g. {@code
 *     dev.quiver.bench.ScanBenchmark.getObject}
 * @param mode JMH's short mode name: {@code avgt}, {@code sample}, {@code thrpt}, {@code ss}
 * @param params every {@code @Param} value, including {@code variant}
 * @param score the primary score (the mean for {@code sample})
 * @param scoreError the 99.9% confidence half-width, NaN when JMH could not compute it
 * @param unit JMH's score unit, e.g. {@code ms/op}
 * @param p50 the median for {@code sample} mode, else NaN
 * @param p99 the 99th percentile for {@code sample} mode, else NaN
 * @param jdk the JDK version and VM that ran it
 * @param allocatedBytesPerOp bytes allocated in the whole JVM per operation ({@code -prof gc}'s
 *     {@code gc.alloc.rate.norm}), NaN when not profiled
 */
record BenchResult(
    String benchmark,
    String mode,
    Map<String, String> params,
    double score,
    double scoreError,
    String unit,
    double p50,
    double p99,
    String jdk,
    double allocatedBytesPerOp) {

  BenchResult {
    requireNonNull(benchmark, "benchmark is null");
    requireNonNull(mode, "mode is null");
    params = Map.copyOf(requireNonNull(params, "params is null"));
    requireNonNull(unit, "unit is null");
    requireNonNull(jdk, "jdk is null");
  }

  /** The class's simple name and the method, e.g. {@code ScanBenchmark.getObject}. */
  String shortName() {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  /** The {@code variant} parameter, or an empty string. */
  String variant() {
    return params.getOrDefault("variant", "");
  }

  boolean isSampled() {
    return mode.equals("sample");
  }

  /** Converts a time per operation in this result's unit to seconds. */
  double toSeconds(double value) {
    String time = unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
    switch (time) {
      case "s":
        return value;
      case "ms":
        return value / 1e3;
      case "us":
        return value / 1e6;
      case "ns":
        return value / 1e9;
      default:
        throw new IllegalArgumentException("Not a time per operation: " + unit);
    }
  }
}
