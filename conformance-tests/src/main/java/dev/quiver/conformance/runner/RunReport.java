package dev.quiver.conformance.runner;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results of one run (one driver against one target), with counts for the matrix. */
public record RunReport(
    String driverName,
    String targetDescription,
    List<CheckResult> results,
    Map<String, String> explanations) {

  /**
   * @param explanations check id -> why this driver fails it (see {@link KnownDefects}), for the
   *     checks that failed
   */
  public RunReport {
    requireNonNull(driverName, "driverName is null");
    requireNonNull(targetDescription, "targetDescription is null");
    results = List.copyOf(results);
    explanations = Map.copyOf(explanations);
  }

  /** A run whose failures are explained from {@link KnownDefects} for {@code driver}. */
  public static RunReport of(
      dev.quiver.conformance.DriverKind driver,
      String targetDescription,
      List<CheckResult> results) {
    Map<String, String> explanations = new LinkedHashMap<>();
    for (CheckResult result : results) {
      if (result.outcome() == Outcome.FAILED) {
        KnownDefects.explain(driver, result.id())
            .ifPresent(why -> explanations.put(result.id(), why));
      }
    }
    return new RunReport(driver.displayName(), targetDescription, results, explanations);
  }

  public long count(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** Outcome counts per capability, capabilities in matrix order. */
  public Map<String, Map<Outcome, Integer>> byCapability() {
    Map<String, Map<Outcome, Integer>> matrix = new LinkedHashMap<>();
    for (CheckResult result : results) {
      matrix
          .computeIfAbsent(result.capability(), c -> new EnumMap<>(Outcome.class))
          .merge(result.outcome(), 1, Integer::sum);
    }
    return matrix;
  }

  public boolean hasFailures() {
    return count(Outcome.FAILED) > 0;
  }

  public String summary() {
    return String.format(
        "%d passed, %d failed, %d not supported by server, %d not applicable",
        count(Outcome.PASSED),
        count(Outcome.FAILED),
        count(Outcome.NOT_SUPPORTED),
        count(Outcome.NOT_APPLICABLE));
  }
}
