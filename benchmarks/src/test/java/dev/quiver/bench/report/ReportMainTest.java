package dev.quiver.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke test of the report generator on a small JMH result file written by hand. */
class ReportMainTest {
  /** What {@code -prof gc} adds: 20,000,000 bytes per scan of 500,000 rows = 40 B/row. */
  private static final String ALLOCATION =
      "{\"gc.alloc.rate.norm\":{\"score\":2.0E7,\"scoreError\":\"NaN\",\"scoreUnit\":\"B/op\"}}";

  private static final String JMH_JSON =
      "[\n"
          + scan("flight", 100.0, "{}")
          + ",\n"
          + scan("quiver", 125.0, ALLOCATION)
          + ",\n"
          + scan("official", 250.0, "{}")
          + ",\n"
          + sample("flight", 200.0, 400.0)
          + ",\n"
          + sample("quiver", 250.0, 800.0)
          + "\n]";

  private static String scan(String variant, double millis, String secondaryMetrics) {
    return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"dev.quiver.bench.ScanBenchmark.typedGetters\","
        + "\"mode\":\"avgt\",\"threads\":1,\"forks\":1,\"jdkVersion\":\"17.0.15\","
        + "\"vmName\":\"OpenJDK 64-Bit Server VM\","
        + "\"params\":{\"rows\":\"500000\",\"shape\":\"narrow\",\"variant\":\""
        + variant
        + "\"},\"primaryMetric\":{\"score\":"
        + millis
        + ",\"scoreError\":\"NaN\",\"scoreConfidence\":[\"NaN\",\"NaN\"],"
        + "\"scorePercentiles\":{\"50.0\":"
        + millis
        + "},\"scoreUnit\":\"ms/op\",\"rawData\":[[1.0e2,1.5E+2]]},\"secondaryMetrics\":"
        + secondaryMetrics
        + "}";
  }

  private static String sample(String variant, double p50, double p99) {
    return "{\"benchmark\":\"dev.quiver.bench.PointQueryBenchmark.pointQuery\",\"mode\":\"sample\","
        + "\"jdkVersion\":\"17.0.15\",\"vmName\":\"OpenJDK 64-Bit Server VM\","
        + "\"params\":{\"variant\":\""
        + variant
        + "\"},\"primaryMetric\":{\"score\":"
        + (p50 * 1.1)
        + ",\"scoreError\":3.5,\"scorePercentiles\":{\"0.0\":1.0,\"50.0\":"
        + p50
        + ",\"99.0\":"
        + p99
        + "},\"scoreUnit\":\"us/op\"}}";
  }

  @Test
  void writesTablesWithRowsPerSecondRatiosAndMissingVariants(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("jmh.json");
    Files.writeString(json, JMH_JSON, StandardCharsets.UTF_8);
    Path notes = dir.resolve("notes.md");
    Files.writeString(notes, "Multi-endpoint scan: not measured.", StandardCharsets.UTF_8);

    ReportMain.main(
        new String[] {
          "--json",
          json.toString(),
          "--out",
          dir.resolve("out").toString(),
          "--load-before",
          "load average: 0.10",
          "--load-after",
          "load average: 1.90",
          "--preliminary",
          "--notes",
          notes.toString()
        });

    String md = Files.readString(dir.resolve("out/RESULTS.md"), StandardCharsets.UTF_8);
    // 500,000 rows in 125 ms = 4,000,000 rows/s; raw Flight took 100 ms, the official 250 ms.
    assertThat(md)
        .contains("## Full scan, typed getters (rows=500000, shape=narrow)")
        .contains("| Quiver | 4,000,000 | 125 | 0.800× | 2.00× | 40.0 |")
        .contains("| raw Flight | 5,000,000 | 100 | 1.00× | 2.50× | n/a |")
        .contains("| DuckDB in-process | no result")
        .contains("| Quiver | 250 | 800 | 275 | 0.800× | – | n/a |")
        .contains("Preliminary numbers")
        .contains("load average: 0.10")
        .contains("Multi-endpoint scan: not measured.")
        .containsPattern("Machine: \\d+ cores, .*JDK 17\\.0\\.15");
    String svg = Files.readString(dir.resolve("out/ratios.svg"), StandardCharsets.UTF_8);
    assertThat(svg)
        .startsWith("<svg")
        .contains("0.800×")
        .contains("no result")
        .endsWith("</svg>\n");
  }

  @Test
  void rejectsMalformedJson() {
    assertThatThrownBy(() -> JmhResults.parse("[{\"benchmark\": }]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bad JSON at offset");
  }
}
