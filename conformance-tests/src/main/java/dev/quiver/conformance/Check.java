package dev.quiver.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/**
 * One conformance check: a JUnit test with a stable id (shown in every report) and a one-line
 * description of the behaviour it verifies.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
public @interface Check {
  /** Stable id, {@code <CAPABILITY>-<NN>}, e.g. {@code CONN-01}. */
  String id();

  /** What the check verifies, in one line. */
  String value();
}
