package dev.quiver.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.it.InstalledJdks.Jdk;
import dev.quiver.it.jar.JarSmokeProgram;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The driver jar runs queries, prepared statements, batches and metadata in a fresh JVM with no JVM
 * flag, on every JDK on this machine (README "Supported JDKs and JVM flags"). The fixture server
 * runs in this test's JVM, which has the flags Arrow needs for the unshaded fixture.
 */
class FlagFreeJarTest {

  /**
   * What JDK 24+ prints, unasked, the first time anything calls a memory-access method of {@code
   * sun.misc.Unsafe} (JEP 471/498) unless started with {@code
   * --sun-misc-unsafe-memory-access=allow}. Netty and Arrow's memory both do; these lines are the
   * whole of the console output allowed.
   */
  private static final List<String> UNSAFE_WARNING_PREFIXES =
      List.of(
          "WARNING: A terminally deprecated method in sun.misc.Unsafe has been called",
          "WARNING: sun.misc.Unsafe::",
          "WARNING: Please consider reporting this to the maintainers of ",
          "WARNING: sun.misc.Unsafe::");

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  static Stream<Jdk> jdks() {
    List<Jdk> jdks = InstalledJdks.find();
    assertThat(jdks).as("JDKs found").isNotEmpty();
    return jdks.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void queriesPreparedStatementsAndMetadataRunWithoutJvmFlags(Jdk jdk) throws Exception {
    FreshJvm.Result result =
        FreshJvm.run(
            jdk.java(),
            List.of(DriverJar.path(), DriverJar.codeSourceOf(JarSmokeProgram.class)),
            JarSmokeProgram.class.getName(),
            FIXTURE.jdbcUrl());
    // For the record (target/surefire-reports): what the user would see on the console.
    System.out.printf("%s%n%s%n", jdk, result);

    assertThat(result.exitCode()).as("%s\n%s", jdk, result).isZero();
    assertThat(result.stdout())
        .as("%s", result)
        .doesNotContain("FAIL")
        .contains(
            "PASS driver-loaded",
            "PASS query-stream",
            "PASS type-timestamp",
            "PASS prepared-update",
            "PASS prepared-batch",
            "PASS prepared-query",
            "PASS metadata-columns",
            "PASS metadata-type-info");
    if (jdk.feature() < 24) {
      assertThat(result.stderr()).as("console output on %s", jdk).isEmpty();
    } else {
      assertThat(result.stderrLines())
          .as("console output on %s", jdk)
          .allMatch(line -> UNSAFE_WARNING_PREFIXES.stream().anyMatch(line::startsWith));
    }
  }
}
