package dev.quiver.bench.report;

import static java.util.Objects.requireNonNull;

import dev.quiver.bench.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * JMH results grouped into cases: one benchmark method with one set of parameters, holding the
 * result of each variant. Speeds and ratios come from results of the same run only.
 */
final class ReportModel {
  /** The benchmarks in report order, with their titles. */
  private static final Map<String, String> TITLES = new LinkedHashMap<>();

  static {
    TITLES.put("ScanBenchmark.typedGetters", "Full scan, typed getters");
    TITLES.put("ScanBenchmark.getObject", "Full scan, getObject");
    TITLES.put(
        "ArrowNativeScanBenchmark.scan", "Full scan, Arrow batches (Quiver: arrowReader, no rows)");
    TITLES.put("PointQueryBenchmark.pointQuery", "Prepared point query WHERE id = ?");
    TITLES.put("SmallQueryBenchmark.smallQuery", "Plain Statement, small query (10 rows)");
    TITLES.put(
        "BatchInsertBenchmark.executeBatch", "executeBatch insert (DuckDB in-process: Appender)");
    TITLES.put("GetColumnsBenchmark.getColumns", "getColumns over 1,000 tables (5,000 columns)");
  }

  /** The parameters that give the rows handled per operation. */
  private static final List<String> ROW_PARAMS = List.of("rows", "batchRows");

  /** How a case's results are measured and compared. */
  enum Metric {
    /** Average time per operation over a known number of rows: reported as rows/s. */
    ROWS_PER_SECOND,
    /** Sampled latency: reported as p50/p99, compared on p50. */
    LATENCY,
    /** Average time per operation: compared on time. */
    TIME_PER_OPERATION
  }

  /** One benchmark method with one parameter set, and each variant's result. */
  record Case(
      String name, String title, Map<String, String> params, Map<String, BenchResult> results) {
    Case {
      requireNonNull(name, "name is null");
      requireNonNull(title, "title is null");
      params = Map.copyOf(params);
      results = new LinkedHashMap<>(results);
    }

    Metric metric() {
      BenchResult any = results.values().iterator().next();
      if (any.isSampled()) {
        return Metric.LATENCY;
      }
      return rowsPerOperation().isPresent() ? Metric.ROWS_PER_SECOND : Metric.TIME_PER_OPERATION;
    }

    /** The rows each operation handles, when a parameter says so. */
    OptionalDouble rowsPerOperation() {
      for (String param : ROW_PARAMS) {
        String value = params.get(param);
        if (value != null) {
          return OptionalDouble.of(Double.parseDouble(value));
        }
      }
      return OptionalDouble.empty();
    }

    /** Rows per second of a variant's result (only for {@link Metric#ROWS_PER_SECOND}). */
    double rowsPerSecond(BenchResult result) {
      return rowsPerOperation().orElseThrow() / result.toSeconds(result.score());
    }

    /** The time per operation this case compares, in seconds (p50 for sampled latency). */
    double comparedSeconds(BenchResult result) {
      return result.toSeconds(result.isSampled() ? result.p50() : result.score());
    }

    /**
     * How many times faster {@code variant} is than {@code reference} (above 1: faster), or empty
     * when either has no result.
     */
    OptionalDouble speedRatio(String variant, String reference) {
      BenchResult measured = results.get(variant);
      BenchResult base = results.get(reference);
      if (measured == null || base == null) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(comparedSeconds(base) / comparedSeconds(measured));
    }

    /** A short label with the parameters, e.g. {@code Full scan, typed getters (narrow)}. */
    String label() {
      String shape = params.get("shape");
      return shape == null ? title : title + " (" + shape + ")";
    }
  }

  private final List<Case> cases;

  private ReportModel(List<Case> cases) {
    this.cases = List.copyOf(cases);
  }

  static ReportModel of(List<BenchResult> results) {
    Map<String, Map<String, BenchResult>> grouped = new LinkedHashMap<>();
    Map<String, BenchResult> firstOfGroup = new LinkedHashMap<>();
    for (BenchResult result : sorted(results)) {
      String key = result.shortName() + " " + paramsWithoutVariant(result);
      grouped.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(result.variant(), result);
      firstOfGroup.putIfAbsent(key, result);
    }
    List<Case> cases = new ArrayList<>();
    for (Map.Entry<String, Map<String, BenchResult>> group : grouped.entrySet()) {
      BenchResult first = firstOfGroup.get(group.getKey());
      cases.add(
          new Case(
              first.shortName(),
              TITLES.getOrDefault(first.shortName(), first.shortName()),
              paramsWithoutVariant(first),
              inVariantOrder(group.getValue())));
    }
    return new ReportModel(cases);
  }

  List<Case> cases() {
    return cases;
  }

  /** The variant keys in report order: flight, quiver, official, duckdb. */
  static List<String> variantOrder() {
    List<String> order = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      order.add(variant.key());
    }
    return order;
  }

  private static List<BenchResult> sorted(List<BenchResult> results) {
    List<String> names = new ArrayList<>(TITLES.keySet());
    return results.stream()
        .sorted(
            (a, b) -> {
              int byName = Integer.compare(rank(names, a.shortName()), rank(names, b.shortName()));
              if (byName != 0) {
                return byName;
              }
              int byShortName = a.shortName().compareTo(b.shortName());
              return byShortName != 0
                  ? byShortName
                  : paramsWithoutVariant(a)
                      .toString()
                      .compareTo(paramsWithoutVariant(b).toString());
            })
        .collect(Collectors.toList());
  }

  private static int rank(List<String> names, String name) {
    int index = names.indexOf(name);
    return index < 0 ? names.size() : index;
  }

  private static Map<String, String> paramsWithoutVariant(BenchResult result) {
    Map<String, String> params = new TreeMap<>(result.params());
    params.remove("variant");
    return params;
  }

  private static Map<String, BenchResult> inVariantOrder(Map<String, BenchResult> byVariant) {
    Map<String, BenchResult> ordered = new LinkedHashMap<>();
    for (String variant : variantOrder()) {
      if (byVariant.containsKey(variant)) {
        ordered.put(variant, byVariant.get(variant));
      }
    }
    byVariant.forEach(ordered::putIfAbsent);
    return ordered;
  }
}
