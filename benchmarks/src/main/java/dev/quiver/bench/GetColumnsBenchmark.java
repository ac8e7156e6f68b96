package dev.quiver.bench;

import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
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
 * Benchmark 5: {@code DatabaseMetaData.getColumns} over a schema of 1,000 tables of 5 columns,
 * reading name, type and position of every column. Flight SQL has no columns command, so raw Flight
 * (like a driver) asks {@code CommandGetTables} with {@code include_schema} and decodes each
 * table's IPC schema. The score is milliseconds per call.
 *
 * <p>One call takes seconds on the fixture (it reads each table's schema with its own queries), so
 * this benchmark times single calls: one warm-up call, then three measured ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchJvm.ADD_OPENS, BenchJvm.HEAP, BenchJvm.MIN_HEAP, BenchJvm.GC})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class GetColumnsBenchmark {
  private static final long COLUMNS =
      (long) DataSets.METADATA_TABLES * DataSets.METADATA_COLUMNS_PER_TABLE;

  @Param({"flight", "quiver", "official", "duckdb"})
  public String variant;

  private Variant kind;
  private BenchEnvironment environment;
  private Connection connection;
  private FlightSqlClient flight;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    kind = Variant.parse(variant);
    environment = BenchEnvironment.start(kind, DataSets.createMetadataTables());
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
  public long getColumns(Blackhole blackhole) throws Exception {
    long read = kind == Variant.FLIGHT ? readWithFlight(blackhole) : readWithJdbc(blackhole);
    JdbcReads.expectRows(COLUMNS, read, variant + " getColumns");
    return read;
  }

  private long readWithJdbc(Blackhole blackhole) throws Exception {
    long rows = 0;
    try (ResultSet rs =
        connection.getMetaData().getColumns(null, DataSets.METADATA_SCHEMA, "%", "%")) {
      while (rs.next()) {
        blackhole.consume(rs.getString("TABLE_NAME"));
        blackhole.consume(rs.getString("COLUMN_NAME"));
        blackhole.consume(rs.getInt("DATA_TYPE"));
        blackhole.consume(rs.getString("TYPE_NAME"));
        blackhole.consume(rs.getInt("ORDINAL_POSITION"));
        rows++;
      }
    }
    return rows;
  }

  private long readWithFlight(Blackhole blackhole) throws Exception {
    FlightInfo info = flight.getTables(null, DataSets.METADATA_SCHEMA, "%", null, true);
    long columns = 0;
    for (FlightEndpoint endpoint : info.getEndpoints()) {
      try (FlightStream stream = flight.getStream(endpoint.getTicket())) {
        while (stream.next()) {
          VectorSchemaRoot root = stream.getRoot();
          VarCharVector tableNames = (VarCharVector) root.getVector("table_name");
          VarBinaryVector schemas = (VarBinaryVector) root.getVector("table_schema");
          for (int row = 0; row < root.getRowCount(); row++) {
            blackhole.consume(tableNames.getObject(row).toString());
            Schema schema = deserialize(schemas.get(row));
            int position = 1;
            for (Field field : schema.getFields()) {
              blackhole.consume(field.getName());
              blackhole.consume(field.getType());
              blackhole.consume(position++);
              columns++;
            }
          }
        }
      }
    }
    return columns;
  }

  /** {@code table_schema} is an IPC-encapsulated Schema message (FlightSql.proto, GetTables). */
  private static Schema deserialize(byte[] ipcSchema) throws java.io.IOException {
    return MessageSerializer.deserializeSchema(
        new ReadChannel(Channels.newChannel(new ByteArrayInputStream(ipcSchema))));
  }
}
