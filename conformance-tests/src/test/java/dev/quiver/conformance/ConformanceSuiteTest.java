package dev.quiver.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.conformance.runner.CheckResult;
import dev.quiver.conformance.runner.ConformanceRunner;
import dev.quiver.conformance.runner.EmbeddedFixture;
import dev.quiver.conformance.runner.Outcome;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The build's gate on the suite itself: Quiver passes every check against the embedded fixture, and
 * the official driver can be driven through the same checks.
 */
class ConformanceSuiteTest {
  private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void quiverPassesEveryCheckAgainstTheEmbeddedFixture() throws Exception {
    List<CheckResult> results = runAgainstFixture(DriverKind.QUIVER);

    assertThat(results).hasSizeGreaterThan(30);
    List<String> failures =
        results.stream()
            .filter(r -> r.outcome() != Outcome.PASSED)
            .map(r -> r.id() + " " + r.outcome() + ": " + r.message())
            .collect(Collectors.toList());
    assertThat(failures).isEmpty();
  }

  @Test
  void theOfficialDriverRunsThroughTheSameChecks() throws Exception {
    List<CheckResult> quiver = runAgainstFixture(DriverKind.QUIVER);
    List<CheckResult> official = runAgainstFixture(DriverKind.OFFICIAL);

    assertThat(official.stream().map(CheckResult::id).collect(Collectors.toList()))
        .containsExactlyElementsOf(
            quiver.stream().map(CheckResult::id).collect(Collectors.toList()));
    // The official driver connects (it is a usable baseline), so the basic checks pass.
    assertThat(official)
        .filteredOn(r -> r.id().equals("QUERY-01"))
        .extracting(CheckResult::outcome)
        .containsExactly(Outcome.PASSED);
  }

  private static List<CheckResult> runAgainstFixture(DriverKind kind) throws Exception {
    try (EmbeddedFixture fixture = EmbeddedFixture.start()) {
      ConformanceTarget target =
          new ConformanceTarget(kind, fixture.jdbcUrl(), fixture.credentials(), true);
      return ConformanceRunner.run(target, ".*", SILENT, false);
    }
  }
}
