package dev.quiver.bench.report;

import static java.util.Objects.requireNonNull;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where and when the numbers were measured, printed on every report: they mean little without it.
 *
 * @param cores processors available to the JVM that made the report (the same machine ran JMH)
 * @param jdk the JDK that ran the benchmarks, from the JMH results
 * @param os operating system and architecture
 * @param date when the report was made (UTC)
 * @param loadBefore the load average before the run, as {@code uptime} printed it ("" if unknown)
 * @param loadAfter the load average after the run ("" if unknown)
 * @param preliminary true when the machine was busy with other work during the run
 */
record MachineStamp(
    int cores,
    String jdk,
    String os,
    ZonedDateTime date,
    String loadBefore,
    String loadAfter,
    boolean preliminary) {

  MachineStamp {
    requireNonNull(jdk, "jdk is null");
    requireNonNull(os, "os is null");
    requireNonNull(date, "date is null");
    requireNonNull(loadBefore, "loadBefore is null");
    requireNonNull(loadAfter, "loadAfter is null");
  }

  /** This machine now, with the JDK the results name. */
  static MachineStamp here(String jdk, String loadBefore, String loadAfter, boolean preliminary) {
    return new MachineStamp(
        Runtime.getRuntime().availableProcessors(),
        jdk,
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        ZonedDateTime.now(ZoneOffset.UTC),
        loadBefore,
        loadAfter,
        preliminary);
  }

  /**
   * One line, e.g. {@code 2 cores, Linux amd64, JDK 17.0.15 (OpenJDK ...), 2026-11-24 07:30 UTC}.
   */
  String summary() {
    return String.format(
        Locale.ROOT,
        "%d cores, %s, JDK %s, %s",
        cores,
        os,
        jdk,
        date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)));
  }
}
