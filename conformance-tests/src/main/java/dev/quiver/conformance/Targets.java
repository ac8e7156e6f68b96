package dev.quiver.conformance;

/**
 * The target of the run in progress. The runner installs it before launching the checks and removes
 * it afterwards; the launcher runs in the same JVM, so a holder is all that is needed.
 */
public final class Targets {
  private static volatile ConformanceTarget current;

  private Targets() {}

  public static ConformanceTarget current() {
    return current;
  }

  public static void install(ConformanceTarget target) {
    current = target;
  }
}
