package dev.quiver.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  private static final List<RunReport> RUNS =
      List.of(
          new RunReport(
              "Driver A",
              "target",
              List.of(
                  new CheckResult("Connect", 10, "CONN-01", "connects", Outcome.PASSED, "", 1),
                  new CheckResult(
                      "Connect", 10, "CONN-02", "a | b", Outcome.FAILED, "boom <b>&", 2)),
              Map.of("CONN-02", "because <reasons>")),
          new RunReport(
              "Driver B",
              "target",
              List.of(
                  new CheckResult("Connect", 10, "CONN-01", "connects", Outcome.PASSED, "", 1),
                  new CheckResult(
                      "Connect", 10, "CONN-02", "a | b", Outcome.NOT_SUPPORTED, "no", 1)),
              Map.of()));

  @Test
  void markdownHasTheMatrixEveryCheckAndEveryMessage() {
    String md = MarkdownReport.render(RUNS, "today");

    assertThat(md)
        .contains("| Connect | 1 / 2, 1 failed | 1 / 2, 1 not supported |")
        .contains("| CONN-02 | Connect | a \\| b | FAIL | not supported by server |")
        .contains("**Why:** because <reasons> **Observed:** boom <b>&");
  }

  @Test
  void htmlEscapesTextAndIsSelfContained() {
    String html = HtmlReport.render(RUNS, "today");

    assertThat(html)
        .contains("boom &lt;b&gt;&amp;")
        .contains("because &lt;reasons&gt;")
        .doesNotContain("<script")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void readmeSectionIsReplacedBetweenItsMarkers(@TempDir Path dir) throws IOException {
    Path readme = dir.resolve("README.md");
    Files.writeString(
        readme, "before\n" + ReadmeSection.START + "\nold\n" + ReadmeSection.END + "\nafter\n");

    ReadmeSection.update(readme, RUNS, "today");

    String text = Files.readString(readme);
    assertThat(text).startsWith("before\n").endsWith(ReadmeSection.END + "\nafter\n");
    assertThat(text).doesNotContain("\nold\n").contains("| Connect | 1 / 2, 1 failed |");
  }

  @Test
  void readmeWithoutMarkersIsRefused(@TempDir Path dir) throws IOException {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "no markers here\n");

    assertThatThrownBy(() -> ReadmeSection.update(readme, RUNS, "today"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("conformance-matrix");
  }
}
