package dev.quiver.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the result file JMH writes with {@code -rf json}. */
final class JmhResults {
  private JmhResults() {}

  static List<BenchResult> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  static List<BenchResult> parse(String json) {
    Object root = Json.parse(json);
    if (!(root instanceof List)) {
      throw new IllegalArgumentException("A JMH result file is a JSON array");
    }
    List<BenchResult> results = new ArrayList<>();
    for (Object entry : (List<?>) root) {
      results.add(result(asMap(entry, "result")));
    }
    return results;
  }

  private static BenchResult result(Map<?, ?> entry) {
    Map<?, ?> metric = asMap(entry.get("primaryMetric"), "primaryMetric");
    Map<String, String> params = new TreeMap<>();
    Object rawParams = entry.get("params");
    if (rawParams != null) {
      for (Map.Entry<?, ?> param : asMap(rawParams, "params").entrySet()) {
        params.put(String.valueOf(param.getKey()), String.valueOf(param.getValue()));
      }
    }
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Object percentiles = metric.get("scorePercentiles");
    String mode = string(entry, "mode");
    if (mode.equals("sample") && percentiles != null) {
      Map<?, ?> byPercent = asMap(percentiles, "scorePercentiles");
      p50 = number(byPercent.get("50.0"));
      p99 = number(byPercent.get("99.0"));
    }
    return new BenchResult(
        string(entry, "benchmark"),
        mode,
        params,
        number(metric.get("score")),
        number(metric.get("scoreError")),
        string(metric, "scoreUnit"),
        p50,
        p99,
        string(entry, "jdkVersion") + " (" + string(entry, "vmName") + ")",
        allocatedBytesPerOp(entry.get("secondaryMetrics")));
  }

  /** {@code gc.alloc.rate.norm} (B/op) from {@code -prof gc}, or NaN. */
  private static double allocatedBytesPerOp(Object secondaryMetrics) {
    if (!(secondaryMetrics instanceof Map)) {
      return Double.NaN;
    }
    Object metric = ((Map<?, ?>) secondaryMetrics).get("gc.alloc.rate.norm");
    if (!(metric instanceof Map)) {
      return Double.NaN;
    }
    return number(((Map<?, ?>) metric).get("score"));
  }

  private static Map<?, ?> asMap(Object value, String what) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("Expected a JSON object for " + what);
    }
    return (Map<?, ?>) value;
  }

  private static String string(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value == null ? "" : String.valueOf(value);
  }

  /** JMH writes numbers, but {@code "NaN"} (a string) where it has none. */
  private static double number(Object value) {
    if (value instanceof Double) {
      return (Double) value;
    }
    if (value instanceof String) {
      try {
        return Double.parseDouble((String) value);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }
}
