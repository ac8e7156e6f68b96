package dev.quiver.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
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
 * Benchmark 1: a full scan of {@code rows} rows, every value read. {@code narrow} has one column
 * each of BIGINT, DOUBLE, VARCHAR and TIMESTAMP; {@code wide} has those four five times (20
 * columns). {@link #typedGetters} uses the getter matching each type, {@link #getObject} uses
 * {@code getObject}. The score is milliseconds per scan; the report turns it into rows/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchJvm.ADD_OPENS, BenchJvm.HEAP, BenchJvm.MIN_HEAP, BenchJvm.GC})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class ScanBenchmark {
  @Param({"flight", "quiver", "official", "duckdb"})
  public String variant;

  @Param({"narrow", "wide"})
  public String shape;

  @Param({"300000"})
  public int rows;

  private Variant kind;
  private BenchEnvironment environment;
  private Connection connection;
  private FlightSqlClient flight;
  private String sql;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    kind = Variant.parse(variant);
    environment = BenchEnvironment.start(kind, List.of(DataSets.createScanTable(shape, rows)));
    sql = "SELECT * FROM " + DataSets.scanTable(shape);
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
  public long typedGetters(Blackhole blackhole) throws Exception {
    return scan(false, blackhole);
  }

  @Benchmark
  public long getObject(Blackhole blackhole) throws Exception {
    return scan(true, blackhole);
  }

  private long scan(boolean objects, Blackhole blackhole) throws Exception {
    long read;
    if (kind == Variant.FLIGHT) {
      read = FlightReads.read(flight, flight.execute(sql), objects, blackhole);
    } else {
      try (Statement statement = connection.createStatement()) {
        read =
            objects
                ? JdbcReads.readObjects(statement.executeQuery(sql), blackhole)
                : JdbcReads.readTyped(statement.executeQuery(sql), blackhole);
      }
    }
    JdbcReads.expectRows(rows, read, variant + " scan of " + shape);
    return read;
  }
}
