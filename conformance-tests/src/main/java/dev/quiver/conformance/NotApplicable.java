package dev.quiver.conformance;

import org.opentest4j.TestAbortedException;

/**
 * Thrown by a check that cannot run against this target for reasons unrelated to the server's
 * capabilities, e.g. it needs the embedded DuckDB fixture's seeded data and DuckDB as oracle.
 */
public final class NotApplicable extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  public NotApplicable(String message) {
    super(message);
  }
}
