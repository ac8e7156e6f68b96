package dev.quiver.bench;

import dev.quiver.jdbc.QuiverResultSet;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
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
 * The scan of {@link ScanBenchmark} read as Arrow batches: {@code quiver} takes the result's
 * batches from {@code resultSet.unwrap(QuiverResultSet.class).arrowReader()} (no row cursor, no
 * copy), {@code flight} reads the same query with raw {@code FlightSqlClient}. Both read every
 * value of every batch the same way ({@link FlightReads#readBatch}, primitives, a {@code String}
 * per VARCHAR, a {@code Timestamp} per TIMESTAMP), so the difference is what the driver adds
 * between the Flight stream and the application: the move of each batch into the result's memory
 * and the JDBC statement around it. Only these two variants take part: the official driver and
 * DuckDB have no equivalent. The score is milliseconds per scan; the report turns it into rows/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchJvm.ADD_OPENS, BenchJvm.HEAP, BenchJvm.MIN_HEAP, BenchJvm.GC})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class ArrowNativeScanBenchmark {
  @Param({"flight", "quiver"})
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
    if (kind != Variant.FLIGHT && kind != Variant.QUIVER) {
      throw new IllegalArgumentException("Arrow-native scans compare flight and quiver only");
    }
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
  public long scan(Blackhole blackhole) throws Exception {
    long read;
    if (kind == Variant.FLIGHT) {
      read = FlightReads.read(flight, flight.execute(sql), false, blackhole);
    } else {
      read = 0;
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery(sql)) {
        ArrowReader reader = result.unwrap(QuiverResultSet.class).arrowReader();
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        while (reader.loadNextBatch()) {
          FlightReads.readBatch(root.getFieldVectors(), root.getRowCount(), false, blackhole);
          read += root.getRowCount();
        }
      }
    }
    JdbcReads.expectRows(rows, read, variant + " Arrow-native scan of " + shape);
    return read;
  }
}
