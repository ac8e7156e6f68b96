package dev.quiver.conformance;

import org.opentest4j.TestAbortedException;

/**
 * Thrown by a check when the server says (through SqlInfo or an UNIMPLEMENTED answer) that it does
 * not offer the feature under test. Reported as "not supported by server", never as a failure.
 */
public final class NotSupportedByServer extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  public NotSupportedByServer(String message) {
    super(message);
  }
}
