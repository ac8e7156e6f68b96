package dev.quiver.conformance.runner;

/** How one check ended. */
public enum Outcome {
  PASSED("pass"),
  FAILED("FAIL"),
  /** The server said it does not offer the feature: not a defect of the driver. */
  NOT_SUPPORTED("not supported by server"),
  /** The check needs something this target does not have (e.g. the DuckDB oracle). */
  NOT_APPLICABLE("n/a");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
