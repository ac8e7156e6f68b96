package dev.quiver.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of checks that together cover one capability (a row of the matrix). The {@link
 * TargetExtension} hands each check the {@link ConformanceTarget} under test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TargetExtension.class)
public @interface Capability {
  /** The capability's name as the matrix shows it, e.g. "Connect and auth". */
  String value();

  /** Position of the row in the matrix. */
  int order();
}
