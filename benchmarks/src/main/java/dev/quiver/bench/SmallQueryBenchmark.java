package dev.quiver.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 3: a plain {@code Statement} running a small query (10 rows, 4 columns): create the
 * statement, execute, read every value, close. Sampled latency (p50/p99 in the report); it shows
 * the per-query round trips of each driver.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchJvm.ADD_OPENS, BenchJvm.HEAP, BenchJvm.MIN_HEAP, BenchJvm.GC})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class SmallQueryBenchmark {
  static final String SQL = "SELECT id, d, s, ts FROM points WHERE id BETWEEN 1000 AND 1009";
  private static final int ROWS = 10;

  @Param({"flight", "quiver", "official", "duckdb"})
  public String variant;

  private Variant kind;
  private BenchEnvironment environment;
  private Connection connection;
  private FlightSqlClient flight;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    kind = Variant.parse(variant);
    environment = BenchEnvironment.start(kind, DataSets.createPoints());
    if (kind == Variant.FLIGHT) {
      flight = environment.openFlight();
    } else {
      connection = environment.openJdbc();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    if (environment != null) {
      environment.close();
    }
  }

  @Benchmark
  public long smallQuery(Blackhole blackhole) throws Exception {
    long read;
    if (kind == Variant.FLIGHT) {
      read = FlightReads.read(flight, flight.execute(SQL), false, blackhole);
    } else {
      try (Statement statement = connection.createStatement()) {
        read = JdbcReads.readTyped(statement.executeQuery(SQL), blackhole);
      }
    }
    JdbcReads.expectRows(ROWS, read, variant + " small query");
    return read;
  }
}
