package dev.quiver.conformance.runner;

import static java.util.Objects.requireNonNull;

/** The result of one check in one run. {@code message} is empty when there is nothing to say. */
public record CheckResult(
    String capability,
    int capabilityOrder,
    String id,
    String description,
    Outcome outcome,
    String message,
    long millis) {

  public CheckResult {
    requireNonNull(capability, "capability is null");
    requireNonNull(id, "id is null");
    requireNonNull(description, "description is null");
    requireNonNull(outcome, "outcome is null");
    requireNonNull(message, "message is null");
  }
}
