package dev.quiver.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
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
 * Benchmark 2: a prepared point query {@code WHERE id = ?} on an indexed 100,000-row table, with a
 * new id on every execution. The statement is prepared once per trial; each operation binds,
 * executes and reads the one row. Sampled latency (p50/p99 in the report).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchJvm.ADD_OPENS, BenchJvm.HEAP, BenchJvm.MIN_HEAP, BenchJvm.GC})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class PointQueryBenchmark {
  static final String SQL = "SELECT id, d, s, ts FROM points WHERE id = ?";

  /** A prime step, so consecutive ids are far apart and every id is visited. */
  private static final int ID_STEP = 7_919;

  @Param({"flight", "quiver", "official", "duckdb"})
  public String variant;

  private Variant kind;
  private BenchEnvironment environment;
  private PreparedStatement statement;
  private FlightSqlClient flight;
  private FlightSqlClient.PreparedStatement flightStatement;
  private BigIntVector flightId;
  private int nextId;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    kind = Variant.parse(variant);
    environment = BenchEnvironment.start(kind, DataSets.createPoints());
    if (kind == Variant.FLIGHT) {
      flight = environment.openFlight();
      flightStatement = flight.prepare(SQL);
      VectorSchemaRoot parameters =
          VectorSchemaRoot.create(
              parameterSchema(flightStatement.getParameterSchema()), environment.allocator());
      flightId = (BigIntVector) parameters.getVector(0);
      flightId.allocateNew(1);
      parameters.setRowCount(1);
      // The prepared statement owns the root from here on and closes it with itself.
      flightStatement.setParameters(parameters);
    } else {
      Connection connection = environment.openJdbc();
      statement = connection.prepareStatement(SQL);
    }
  }

  /** The server's parameter schema, or one BIGINT parameter when it sends none. */
  static Schema parameterSchema(Schema fromServer) {
    if (!fromServer.getFields().isEmpty()) {
      return fromServer;
    }
    return new Schema(List.of(Field.nullable("parameter_1", new ArrowType.Int(64, true))));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    if (flightStatement != null) {
      flightStatement.close();
    }
    if (statement != null) {
      statement.close();
    }
    if (environment != null) {
      environment.close();
    }
  }

  @Benchmark
  public long pointQuery(Blackhole blackhole) throws Exception {
    long id = nextId;
    nextId = (nextId + ID_STEP) % DataSets.POINT_ROWS;
    long read;
    if (kind == Variant.FLIGHT) {
      // Mutating the bound root and executing again re-sends its content (ARROW-FACTS section 2).
      flightId.set(0, id);
      read = FlightReads.read(flight, flightStatement.execute(), false, blackhole);
    } else {
      statement.setLong(1, id);
      read = JdbcReads.readTyped(statement.executeQuery(), blackhole);
    }
    JdbcReads.expectRows(1, read, variant + " point query for id " + id);
    return read;
  }
}
