package dev.quiver.jdbc.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.quiver.fixture.FaultInjection;
import dev.quiver.fixture.FixtureServer;
import dev.quiver.jdbc.internal.client.DriverAllocator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Servers that die, connections that drop, streams that fail or stall: the driver reports a
 * SQLException with the right SQLState quickly, never hangs, and frees every buffer.
 *
 * <p>Query and network timeouts are not on this branch's base yet (they come with the reliability
 * work); a stalled server is tested here by closing the result from another thread.
 */
class FaultToleranceTest {

  private static final String BIG = "SELECT i, 'value-' || i AS s FROM range(5000000) t(i)";

  @AfterEach
  void noLeaks() {
    assertThat(DriverAllocator.allocatedMemory()).as("bytes held by the driver").isZero();
  }

  @Test
  void aServerShutDownMidStreamIs08006WithinFiveSeconds() throws Exception {
    FaultInjection faults = new FaultInjection();
    FixtureServer server = FixtureServer.builder().faults(faults).build().start();
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(BIG)) {
      long[] stoppedAt = new long[1];
      faults.runAfterBatches(
          3,
          () -> {
            stoppedAt[0] = System.nanoTime();
            CompletableFuture.runAsync(server::close);
          });
      SQLException failure = readUntilFailure(result);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stoppedAt[0]);
      assertThat(failure.getSQLState()).isEqualTo("08006");
      assertThat(seconds).isLessThan(5);
    } finally {
      server.close();
    }
  }

  @ParameterizedTest(name = "endpoints={0}")
  @ValueSource(ints = {1, 6})
  void aConnectionDroppedMidStreamIs08006WithinFiveSeconds(int endpoints) throws Exception {
    try (FixtureServer server =
            FixtureServer.builder()
                .endpoints(endpoints, true)
                .endpointBatchRows(2048)
                .build()
                .start();
        TcpProxy proxy = new TcpProxy("127.0.0.1", server.port());
        Connection connection = DriverManager.getConnection(proxiedUrl(proxy));
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(endpoints == 1 ? BIG : "SELECT * FROM range(600000) t(i)")) {
      for (int i = 0; i < 1000; i++) {
        assertThat(result.next()).isTrue();
      }
      long droppedAt = System.nanoTime();
      proxy.dropAll();
      SQLException failure = readUntilFailure(result);
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - droppedAt)).isLessThan(5);
      assertThat(failure.getSQLState()).isEqualTo("08006");
      // The same connection works again: gRPC opens a new transport.
      try (ResultSet again = statement.executeQuery("SELECT 42")) {
        assertThat(again.next()).isTrue();
        assertThat(again.getInt(1)).isEqualTo(42);
      }
    }
  }

  @Test
  void streamsThatFailOnTheServerBecomeTheMappedSqlState() throws Exception {
    FaultInjection faults = new FaultInjection();
    try (FixtureServer server =
            FixtureServer.builder()
                .faults(faults)
                .endpoints(4, false)
                .endpointBatchRows(1000)
                .build()
                .start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement()) {
      faults.failAfterBatches(2, CallStatus.UNAVAILABLE.withDescription("injected outage"));
      assertFailsWith(statement, "SELECT * FROM range(100000)", "08006", "injected outage");
      faults.failAfterBatches(1, CallStatus.INTERNAL.withDescription("injected bug"));
      assertFailsWith(statement, "SELECT * FROM range(100000)", "HY000", "injected bug");
      faults.clear().failGetFlightInfo(CallStatus.RESOURCE_EXHAUSTED.withDescription("busy"));
      assertFailsWith(statement, "SELECT 1", "53000", "busy");
      faults.clear();
      try (ResultSet result = statement.executeQuery("SELECT count(*) FROM range(100000)")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).isEqualTo(100_000);
      }
    }
  }

  @ParameterizedTest(name = "endpoints={0}")
  @ValueSource(ints = {1, 4})
  void aStalledReadEndsWhenTheResultIsClosedFromAnotherThread(int endpoints) throws Exception {
    FaultInjection faults = new FaultInjection();
    try (FixtureServer server =
            FixtureServer.builder()
                .faults(faults)
                .endpoints(endpoints, false)
                .endpointBatchRows(1000)
                .build()
                .start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement()) {
      faults.runAfterBatches(1, () -> faults.delayEachBatch(Duration.ofHours(1)));
      ResultSet result = statement.executeQuery("SELECT * FROM range(100000)");
      CompletableFuture<SQLException> reader =
          CompletableFuture.supplyAsync(() -> readUntilFailure(result));
      Thread.sleep(500);
      assertThat(reader).isNotDone(); // stalled
      long closing = System.nanoTime();
      result.close();
      // The reader wakes up with an error (closed result), not a hang.
      Throwable seen = reader.get(5, TimeUnit.SECONDS);
      assertThat(seen).isInstanceOf(SQLException.class);
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - closing)).isLessThan(5);
      faults.clear();
    }
  }

  @Test
  void aBatchCutOffByADroppedConnectionCommitsAllRowsOrNone() throws Exception {
    int rows = 8_000;
    try (FixtureServer server = FixtureServer.builder().build().start();
        TcpProxy proxy = new TcpProxy("127.0.0.1", server.port());
        Connection direct = DriverManager.getConnection(server.jdbcUrl())) {
      int failures = 0;
      for (int round = 0; round < 5; round++) {
        String table = "batch_" + round;
        try (Statement statement = direct.createStatement()) {
          statement.execute("CREATE TABLE " + table + " (id BIGINT, name VARCHAR)");
        }
        try (Connection connection = DriverManager.getConnection(proxiedUrl(proxy));
            PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
          for (int i = 0; i < rows; i++) {
            insert.setLong(1, i);
            insert.setString(2, "name-" + i);
            insert.addBatch();
          }
          int delay = 15 * round;
          CompletableFuture<Void> cut =
              CompletableFuture.runAsync(
                  () -> {
                    sleep(delay);
                    proxy.dropAll();
                  });
          try {
            insert.executeBatch();
          } catch (SQLException expected) {
            failures++;
          }
          cut.get(5, TimeUnit.SECONDS);
        } catch (SQLException closeFailure) {
          // closing over a dead transport may fail too; what counts is the data below
        }
        // The server may still be finishing: every view of the table is all or nothing.
        for (int look = 0; look < 5; look++) {
          long count = count(direct, table);
          assertThat(count).as("rows of %s", table).isIn(0L, (long) rows);
          sleep(100);
        }
      }
      assertThat(failures).as("rounds cut off").isPositive();
    }
  }

  @Test
  void anIngestCutOffByADroppedConnectionCommitsAllRowsOrNone() throws Exception {
    int rows = 200_000;
    try (FixtureServer server = FixtureServer.builder().build().start();
        TcpProxy proxy = new TcpProxy("127.0.0.1", server.port());
        Connection direct = DriverManager.getConnection(server.jdbcUrl());
        BufferAllocator allocator = new RootAllocator()) {
      int failures = 0;
      for (int round = 0; round < 4; round++) {
        String table = "ingested_" + round;
        FlightSqlClient client =
            new FlightSqlClient(
                FlightClient.builder(allocator, Location.forGrpcInsecure("127.0.0.1", proxy.port()))
                    .build());
        try (VectorSchemaRoot data =
            VectorSchemaRoot.create(
                new Schema(List.of(Field.nullable("id", new ArrowType.Int(64, true)))),
                allocator)) {
          BigIntVector ids = (BigIntVector) data.getVector(0);
          ids.allocateNew(rows);
          for (int i = 0; i < rows; i++) {
            ids.set(i, i);
          }
          data.setRowCount(rows);
          int delay = 10 * round;
          CompletableFuture<Void> cut =
              CompletableFuture.runAsync(
                  () -> {
                    sleep(delay);
                    proxy.dropAll();
                  });
          try {
            client.executeIngest(
                data,
                new FlightSqlClient.ExecuteIngestOptions(
                    table,
                    TableDefinitionOptions.newBuilder()
                        .setIfNotExist(
                            TableDefinitionOptions.TableNotExistOption
                                .TABLE_NOT_EXIST_OPTION_CREATE)
                        .setIfExists(
                            TableDefinitionOptions.TableExistsOption.TABLE_EXISTS_OPTION_FAIL)
                        .build(),
                    null,
                    null,
                    null));
          } catch (FlightRuntimeException expected) {
            failures++;
          }
          cut.get(5, TimeUnit.SECONDS);
        } finally {
          client.close();
        }
        for (int look = 0; look < 5; look++) {
          long count = countIfExists(direct, table);
          assertThat(count).as("rows of %s", table).isIn(0L, (long) rows);
          sleep(100);
        }
      }
      assertThat(failures).as("rounds cut off").isPositive();
      assertThat(allocator.getAllocatedMemory()).isZero();
    }
  }

  private static long countIfExists(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = '" + table + "'")) {
      result.next();
      if (result.getLong(1) == 0) {
        return 0; // not created: nothing was committed
      }
    }
    return count(connection, table);
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void assertFailsWith(
      Statement statement, String sql, String state, String message) {
    assertThatThrownBy(
            () -> {
              try (ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                  result.getObject(1);
                }
              }
            })
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo(state);
  }

  /** Reads until the result fails; it must fail. */
  private static SQLException readUntilFailure(ResultSet result) {
    try {
      while (result.next()) {
        result.getObject(1);
      }
    } catch (SQLException failure) {
      return failure;
    }
    return fail("the result ended without an error");
  }

  private static String proxiedUrl(TcpProxy proxy) {
    return "jdbc:flightsql://127.0.0.1:" + proxy.port() + "?useEncryption=false";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
