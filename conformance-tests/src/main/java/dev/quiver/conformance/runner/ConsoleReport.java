package dev.quiver.conformance.runner;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints one line per check, the capability matrix and a summary line per run. */
final class ConsoleReport {
  private ConsoleReport() {}

  static void print(List<RunReport> runs, PrintStream out) {
    for (RunReport run : runs) {
      out.println();
      out.println("== " + run.driverName() + " against " + run.targetDescription());
      for (CheckResult result : run.results()) {
        out.printf(
            "%-4s  %-10s %s%n",
            result.outcome() == Outcome.PASSED ? "ok" : shortLabel(result.outcome()),
            result.id(),
            result.description());
        String why = run.explanations().get(result.id());
        if (why != null) {
          out.println("                 why: " + why);
        }
        if (result.outcome() != Outcome.PASSED && !result.message().isEmpty()) {
          out.println("                 -> " + abbreviate(result.message(), 300));
        }
      }
      out.println();
      out.printf("%-34s %6s %6s %14s %6s%n", "capability", "pass", "fail", "not supported", "n/a");
      for (Map.Entry<String, Map<Outcome, Integer>> row : run.byCapability().entrySet()) {
        Map<Outcome, Integer> counts = row.getValue();
        out.printf(
            "%-34s %6d %6d %14d %6d%n",
            row.getKey(),
            counts.getOrDefault(Outcome.PASSED, 0),
            counts.getOrDefault(Outcome.FAILED, 0),
            counts.getOrDefault(Outcome.NOT_SUPPORTED, 0),
            counts.getOrDefault(Outcome.NOT_APPLICABLE, 0));
      }
      out.println(run.driverName() + ": " + run.summary());
    }
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private static String shortLabel(Outcome outcome) {
    switch (outcome) {
      case FAILED:
        return "FAIL";
      case NOT_SUPPORTED:
        return "nsup";
      case NOT_APPLICABLE:
        return "n/a";
      default:
        return outcome.label();
    }
  }
}
