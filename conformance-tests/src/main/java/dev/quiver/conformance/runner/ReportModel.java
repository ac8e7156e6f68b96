package dev.quiver.conformance.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of one invocation arranged for reports: the union of check ids in matrix order, and for
 * each check the result of every run (null where a run did not have the check).
 */
final class ReportModel {
  final List<RunReport> runs;
  final Map<String, CheckResult[]> checks = new LinkedHashMap<>();
  final List<String> capabilities = new ArrayList<>();

  ReportModel(List<RunReport> runs) {
    this.runs = List.copyOf(runs);
    List<CheckResult> all = new ArrayList<>();
    runs.forEach(run -> all.addAll(run.results()));
    all.sort(
        java.util.Comparator.comparingInt(CheckResult::capabilityOrder)
            .thenComparing(CheckResult::id));
    for (CheckResult result : all) {
      checks.computeIfAbsent(result.id(), id -> new CheckResult[runs.size()]);
      if (!capabilities.contains(result.capability())) {
        capabilities.add(result.capability());
      }
    }
    for (int i = 0; i < runs.size(); i++) {
      for (CheckResult result : runs.get(i).results()) {
        checks.get(result.id())[i] = result;
      }
    }
  }

  /** The first non-null result of a check: its capability and description. */
  static CheckResult any(CheckResult[] row) {
    for (CheckResult result : row) {
      if (result != null) {
        return result;
      }
    }
    throw new IllegalStateException("a check row without results");
  }

  static String cell(CheckResult result) {
    return result == null ? "-" : result.outcome().label();
  }
}
