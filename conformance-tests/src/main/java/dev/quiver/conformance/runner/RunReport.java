package dev.quiver.conformance.runner;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results of one run (one driver against one target), with counts for the matrix. */
public record RunReport(String driverName, String targetDescription, List<CheckResult> results) {

  public RunReport {
    requireNonNull(driverName, "driverName is null");
    requireNonNull(targetDescription, "targetDescription is null");
    results = List.copyOf(results);
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
