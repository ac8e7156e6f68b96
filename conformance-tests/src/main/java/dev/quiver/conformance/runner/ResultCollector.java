package dev.quiver.conformance.runner;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.NotApplicable;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/** Turns JUnit events into {@link CheckResult}s, and keeps a live progress line on the console. */
final class ResultCollector implements TestExecutionListener {
  private final PrintStream progress;
  private final boolean live;
  private final List<CheckResult> results = new ArrayList<>();
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private int total;
  private int done;

  ResultCollector(PrintStream progress, boolean live) {
    this.progress = progress;
    this.live = live;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    total = (int) plan.countTestIdentifiers(TestIdentifier::isTest);
  }

  @Override
  public void executionStarted(TestIdentifier identifier) {
    if (identifier.isTest()) {
      started.put(identifier.getUniqueId(), System.nanoTime());
      if (live) {
        Check check = checkOf(identifier);
        String name = check == null ? identifier.getDisplayName() : check.id();
        progress.printf("\r[%3d/%3d] %-60s", done + 1, total, truncate(name, 60));
        progress.flush();
      }
    }
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    if (identifier.isTest()) {
      record(identifier, Outcome.NOT_APPLICABLE, "skipped: " + reason);
    }
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    if (!identifier.isTest()) {
      if (result.getStatus() == TestExecutionResult.Status.FAILED && identifier.isContainer()) {
        // A class-level failure (e.g. a broken @BeforeAll) must not vanish from the report.
        String message = result.getThrowable().map(ResultCollector::describe).orElse("");
        results.add(
            new CheckResult(
                "Suite",
                999,
                identifier.getDisplayName(),
                "container setup",
                Outcome.FAILED,
                message,
                0));
      }
      return;
    }
    Outcome outcome;
    String message = result.getThrowable().map(ResultCollector::describe).orElse("");
    switch (result.getStatus()) {
      case SUCCESSFUL:
        outcome = Outcome.PASSED;
        break;
      case ABORTED:
        outcome =
            result.getThrowable().filter(NotApplicable.class::isInstance).isPresent()
                ? Outcome.NOT_APPLICABLE
                : Outcome.NOT_SUPPORTED;
        break;
      default:
        outcome = Outcome.FAILED;
    }
    record(identifier, outcome, message);
  }

  List<CheckResult> results() {
    if (live) {
      progress.print("\r" + " ".repeat(72) + "\r");
      progress.flush();
    }
    return List.copyOf(results);
  }

  private void record(TestIdentifier identifier, Outcome outcome, String message) {
    done++;
    Long start = started.remove(identifier.getUniqueId());
    long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
    Check check = checkOf(identifier);
    Capability capability = capabilityOf(identifier);
    results.add(
        new CheckResult(
            capability == null ? "Other" : capability.value(),
            capability == null ? 998 : capability.order(),
            check == null ? identifier.getDisplayName() : check.id(),
            check == null ? identifier.getDisplayName() : check.value(),
            outcome,
            message,
            millis));
  }

  private static Check checkOf(TestIdentifier identifier) {
    Method method = methodOf(identifier);
    return method == null ? null : method.getAnnotation(Check.class);
  }

  private static Capability capabilityOf(TestIdentifier identifier) {
    Method method = methodOf(identifier);
    return method == null ? null : method.getDeclaringClass().getAnnotation(Capability.class);
  }

  private static Method methodOf(TestIdentifier identifier) {
    return identifier
        .getSource()
        .filter(MethodSource.class::isInstance)
        .map(source -> ((MethodSource) source).getJavaMethod())
        .orElse(null);
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    Throwable cause = failure.getCause();
    if (cause != null && cause != failure && cause.getMessage() != null) {
      text += " (cause: " + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }
    return text.replaceAll("\\s+", " ").trim();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
