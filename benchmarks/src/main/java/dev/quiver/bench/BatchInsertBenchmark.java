package dev.quiver.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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

/**
 * Benchmark 4: insert {@code batchRows} rows (BIGINT, DOUBLE, VARCHAR, TIMESTAMP) in one go. The
 * JDBC drivers use {@code addBatch}/{@code executeBatch} on a statement prepared once per trial;
 * raw Flight fills one parameter batch and calls {@code executeUpdate} once; DuckDB in-process uses
 * its Appender. The values are made in advance; the conversions a driver must do (String to UTF-8,
 * Timestamp to microseconds) are part of the measured work. The table is emptied before each
 * iteration. The score is milliseconds per batch; the report turns it into rows/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchJvm.ADD_OPENS, BenchJvm.HEAP, BenchJvm.MIN_HEAP, BenchJvm.GC})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class BatchInsertBenchmark {
  static final String SQL = "INSERT INTO batch_target VALUES (?, ?, ?, ?)";
  private static final long MICROS_PER_SECOND = 1_000_000L;

  @Param({"flight", "quiver", "official", "duckdb"})
  public String variant;

  @Param({"10000"})
  public int batchRows;

  private Variant kind;
  private BenchEnvironment environment;
  private PreparedStatement statement;
  private FlightSqlClient.PreparedStatement flightStatement;
  private VectorSchemaRoot flightParameters;
  private long[] ids;
  private double[] doubles;
  private String[] strings;
  private Timestamp[] timestamps;

  /** Length of the last {@code executeBatch} result: one count per row in JDBC. */
  private int lastCountsLength = -1;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    kind = Variant.parse(variant);
    environment = BenchEnvironment.start(kind, List.of(DataSets.createBatchTarget()));
    makeValues();
    if (kind == Variant.FLIGHT) {
      FlightSqlClient flight = environment.openFlight();
      flightStatement = flight.prepare(SQL);
      flightParameters =
          VectorSchemaRoot.create(
              parameterSchema(flightStatement.getParameterSchema()), environment.allocator());
      // The prepared statement owns the root from here on and closes it with itself.
      flightStatement.setParameters(flightParameters);
    } else if (kind != Variant.DUCKDB) {
      Connection connection = environment.openJdbc();
      statement = connection.prepareStatement(SQL);
    }
  }

  private void makeValues() {
    ids = new long[batchRows];
    doubles = new double[batchRows];
    strings = new String[batchRows];
    timestamps = new Timestamp[batchRows];
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
    for (int i = 0; i < batchRows; i++) {
      ids[i] = i;
      doubles[i] = i * 0.5;
      strings[i] = "batch-row-" + i;
      timestamps[i] = Timestamp.valueOf(start.plusSeconds(i).plusNanos(i * 1_000L));
    }
  }

  /** The server's parameter schema, or the table's column types when it sends none. */
  private static Schema parameterSchema(Schema fromServer) {
    if (!fromServer.getFields().isEmpty()) {
      return fromServer;
    }
    return new Schema(
        List.of(
            Field.nullable("parameter_1", new ArrowType.Int(64, true)),
            Field.nullable(
                "parameter_2",
                new ArrowType.FloatingPoint(
                    org.apache.arrow.vector.types.FloatingPointPrecision.DOUBLE)),
            Field.nullable("parameter_3", ArrowType.Utf8.INSTANCE),
            Field.nullable(
                "parameter_4",
                new ArrowType.Timestamp(
                    org.apache.arrow.vector.types.TimeUnit.MICROSECOND, null))));
  }

  @Setup(Level.Iteration)
  public void emptyTable() throws Exception {
    environment.admin("DELETE FROM batch_target");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    try {
      if (environment != null) {
        reportStoredRows();
      }
    } finally {
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
  }

  /** Prints what arrived, so a driver that stores wrong values shows up in the log. */
  private void reportStoredRows() throws Exception {
    List<String> row =
        environment.firstRow("SELECT count(*), min(ts)::VARCHAR FROM batch_target WHERE id = 1");
    System.out.println(
        "[batch] "
            + variant
            + ": rows with id 1 = "
            + row.get(0)
            + ", stored ts = "
            + row.get(1)
            + ", sent ts = "
            + timestamps[1]
            + (lastCountsLength < 0
                ? ""
                : ", executeBatch returned "
                    + lastCountsLength
                    + " counts for "
                    + batchRows
                    + " rows"));
  }

  @Benchmark
  public long executeBatch() throws Exception {
    long inserted;
    switch (kind) {
      case FLIGHT:
        inserted = insertWithFlight();
        break;
      case DUCKDB:
        inserted = insertWithAppender();
        break;
      default:
        inserted = insertWithJdbcBatch();
        break;
    }
    JdbcReads.expectRows(batchRows, inserted, variant + " batch insert");
    return inserted;
  }

  private long insertWithJdbcBatch() throws Exception {
    for (int i = 0; i < batchRows; i++) {
      statement.setLong(1, ids[i]);
      statement.setDouble(2, doubles[i]);
      statement.setString(3, strings[i]);
      statement.setTimestamp(4, timestamps[i]);
      statement.addBatch();
    }
    int[] counts = statement.executeBatch();
    lastCountsLength = counts.length;
    return insertedRows(counts);
  }

  /**
   * Rows inserted according to {@code executeBatch}: one count per row (JDBC 4.3 section 14.1.2),
   * {@code SUCCESS_NO_INFO} counting as one row, or a single total as some drivers return it.
   */
  private long insertedRows(int[] counts) {
    long total = 0;
    for (int count : counts) {
      total += count == Statement.SUCCESS_NO_INFO ? 1 : count;
    }
    return total;
  }

  private long insertWithFlight() {
    flightParameters.allocateNew();
    List<FieldVector> vectors = flightParameters.getFieldVectors();
    BigIntVector id = (BigIntVector) vectors.get(0);
    Float8Vector d = (Float8Vector) vectors.get(1);
    VarCharVector s = (VarCharVector) vectors.get(2);
    TimeStampMicroVector ts = (TimeStampMicroVector) vectors.get(3);
    for (int i = 0; i < batchRows; i++) {
      id.setSafe(i, ids[i]);
      d.setSafe(i, doubles[i]);
      s.setSafe(i, strings[i].getBytes(StandardCharsets.UTF_8));
      ts.setSafe(i, epochMicros(timestamps[i]));
    }
    flightParameters.setRowCount(batchRows);
    return flightStatement.executeUpdate();
  }

  private long insertWithAppender() throws Exception {
    DuckDBConnection duckdb = environment.duckdb();
    try (DuckDBAppender appender =
        duckdb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "batch_target")) {
      for (int i = 0; i < batchRows; i++) {
        appender
            .beginRow()
            .append(ids[i])
            .append(doubles[i])
            .append(strings[i])
            .append(timestamps[i].toLocalDateTime())
            .endRow();
      }
    }
    return batchRows;
  }

  /** A TIMESTAMP parameter is wall-clock time: the Timestamp's local date-time, as UTC micros. */
  private static long epochMicros(Timestamp timestamp) {
    LocalDateTime local = timestamp.toLocalDateTime();
    return local.toEpochSecond(ZoneOffset.UTC) * MICROS_PER_SECOND + local.getNano() / 1_000;
  }
}
