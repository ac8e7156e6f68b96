package dev.quiver.bench.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a JMH JSON result file into {@code RESULTS.md} and {@code ratios.svg}.
 *
 * <pre>
 * ReportMain --json results/jmh.json --out results
 *            [--load-before TEXT] [--load-after TEXT] [--preliminary] [--notes FILE]
 * </pre>
 */
public final class ReportMain {
  private ReportMain() {}

  public static void main(String[] args) throws Exception {
    Path json = null;
    Path out = null;
    Path notes = null;
    String loadBefore = "";
    String loadAfter = "";
    boolean preliminary = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json":
          json = Path.of(value(args, ++i));
          break;
        case "--out":
          out = Path.of(value(args, ++i));
          break;
        case "--notes":
          notes = Path.of(value(args, ++i));
          break;
        case "--load-before":
          loadBefore = value(args, ++i).strip();
          break;
        case "--load-after":
          loadAfter = value(args, ++i).strip();
          break;
        case "--preliminary":
          preliminary = true;
          break;
        default:
          throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }
    if (json == null || out == null) {
      throw new IllegalArgumentException("Usage: ReportMain --json FILE --out DIR [options]");
    }
    String notesText =
        notes != null && Files.exists(notes) ? Files.readString(notes, StandardCharsets.UTF_8) : "";
    write(JmhResults.read(json), out, loadBefore, loadAfter, preliminary, notesText);
    System.out.println("Wrote " + out.resolve("RESULTS.md") + " and " + out.resolve("ratios.svg"));
  }

  /** Writes both files for {@code results} into {@code out}. */
  static void write(
      List<BenchResult> results,
      Path out,
      String loadBefore,
      String loadAfter,
      boolean preliminary,
      String notes)
      throws java.io.IOException {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("The JMH result file has no results");
    }
    ReportModel model = ReportModel.of(results);
    MachineStamp machine =
        MachineStamp.here(results.get(0).jdk(), loadBefore, loadAfter, preliminary);
    Files.createDirectories(out);
    Files.writeString(
        out.resolve("RESULTS.md"),
        MarkdownReport.render(model, machine, notes),
        StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("ratios.svg"), RatioChart.render(model, machine), StandardCharsets.UTF_8);
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value");
    }
    return args[index];
  }
}
