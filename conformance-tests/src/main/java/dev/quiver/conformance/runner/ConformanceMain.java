package dev.quiver.conformance.runner;

import dev.quiver.conformance.ConformanceTarget;
import dev.quiver.conformance.DriverKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./quiver conformance}: runs the checks and prints and writes the capability matrix. */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Flight SQL JDBC conformance checks and prints a capability matrix.",
      "Without --url it starts the embedded DuckDB fixture, seeded with its test schema."
    })
public final class ConformanceMain implements Callable<Integer> {

  @Option(
      names = "--url",
      description = "JDBC URL of the server to test (default: embedded fixture)")
  private String url;

  @Option(names = "--user", description = "User name (property 'user')")
  private String user;

  @Option(names = "--password", description = "Password (property 'password')", interactive = false)
  private String password;

  @Option(
      names = {"-p", "--property"},
      description = "Connection property key=value (repeatable)")
  private Map<String, String> extraProperties = new LinkedHashMap<>();

  @Option(
      names = "--driver",
      split = ",",
      description = "Driver(s): quiver (default), official, or both as quiver,official")
  private List<String> drivers = new ArrayList<>(List.of("quiver"));

  @Option(names = "--report-dir", description = "Where the Markdown and HTML reports go")
  private Path reportDirectory = Path.of("reports", "conformance");

  @Option(names = "--checks", description = "Regex over check class names (default: all)")
  private String checks = ".*";

  @Option(
      names = "--readme",
      description = "Also rewrite the conformance-matrix section of this Markdown file")
  private Path readme;

  @Option(names = "--no-progress", description = "No live progress line")
  private boolean noProgress;

  public static void main(String[] args) {
    int exit = new CommandLine(new ConformanceMain()).execute(args);
    System.exit(exit);
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    List<DriverKind> kinds = new ArrayList<>();
    for (String driver : drivers) {
      kinds.add(DriverKind.parse(driver));
    }
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    extraProperties.forEach(properties::setProperty);

    List<RunReport> runs = new ArrayList<>();
    EmbeddedFixture fixture = null;
    try {
      String targetUrl = url;
      String targetDescription;
      if (targetUrl == null) {
        out.println("Starting the embedded DuckDB fixture...");
        fixture = EmbeddedFixture.start();
        targetUrl = fixture.jdbcUrl();
        fixture.credentials().forEach(properties::putIfAbsent);
        targetDescription = "embedded DuckDB fixture (" + targetUrl + ")";
      } else {
        targetDescription = targetUrl;
      }
      boolean live = !noProgress && System.console() != null;
      for (DriverKind kind : kinds) {
        ConformanceTarget target =
            new ConformanceTarget(kind, targetUrl, properties, fixture != null);
        out.println("Running checks with " + kind.displayName() + "...");
        List<CheckResult> results = ConformanceRunner.run(target, checks, System.err, live);
        runs.add(RunReport.of(kind, targetDescription, results));
      }
    } finally {
      if (fixture != null) {
        fixture.close();
      }
    }

    ConsoleReport.print(runs, out);
    writeReports(runs, out);
    return runs.stream().anyMatch(RunReport::hasFailures) ? 1 : 0;
  }

  private void writeReports(List<RunReport> runs, PrintStream out) throws IOException {
    String generatedOn =
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE)
            + " ("
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.version")
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores)";
    Files.createDirectories(reportDirectory);
    Path markdown = reportDirectory.resolve("conformance.md");
    Path html = reportDirectory.resolve("conformance.html");
    Files.writeString(markdown, MarkdownReport.render(runs, generatedOn), StandardCharsets.UTF_8);
    Files.writeString(html, HtmlReport.render(runs, generatedOn), StandardCharsets.UTF_8);
    out.println("Reports: " + markdown + " and " + html);
    if (readme != null) {
      ReadmeSection.update(readme, runs, generatedOn);
      out.println("Updated the conformance matrix in " + readme);
    }
  }
}
