package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.IngestOptions;
import dev.quiver.jdbc.QuiverConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bulk ingest through {@link QuiverConnection#ingest} against the fixture: data lands completely
 * and exactly (checked by the server's own aggregates and row-by-row rules), the table options
 * behave as Flight SQL defines them, and a failed ingest leaves nothing behind.
 */
class IngestEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private BufferAllocator dataAllocator;
  private Connection connection;
  private QuiverConnection quiver;

  @BeforeEach
  void connect() throws SQLException {
    dataAllocator = new RootAllocator();
    connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
    quiver = connection.unwrap(QuiverConnection.class);
  }

  @AfterEach
  void closeAndCheckLeaks() throws SQLException {
    connection.close();
    LeakChecks.assertDriverMemoryReleased();
    assertThat(dataAllocator.getAllocatedMemory()).as("test data memory").isZero();
    dataAllocator.close();
  }

  @Test
  void millionRowsLandCompletelyAndExactly() throws Exception {
    long rows = 1_000_000;
    long count;
    try (GeneratedReader reader = new GeneratedReader(dataAllocator, 0, rows, 65_536)) {
      count = quiver.ingest("million", reader, IngestOptions.create());
    }
    assertThat(count).isEqualTo(rows);

    long strings = 0;
    long stringLength = 0;
    long timestamps = 0;
    long timestampMicros = 0;
    for (long id = 0; id < rows; id++) {
      if (!GeneratedReader.stringIsNull(id)) {
        strings++;
        stringLength += ("v" + id).length();
      }
      if (!GeneratedReader.timestampIsNull(id)) {
        timestamps++;
        timestampMicros += id * 1000;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT count(*), count(DISTINCT id), min(id), max(id), sum(id), count(s),"
                    + " sum(length(s)), count(ts), sum(epoch_us(ts)),"
                    + " count(*) FILTER (WHERE s IS DISTINCT FROM"
                    + "   CASE WHEN id % 7 = 3 THEN NULL ELSE 'v' || id END),"
                    + " count(*) FILTER (WHERE ts IS DISTINCT FROM"
                    + "   CASE WHEN id % 11 = 5 THEN NULL ELSE make_timestamp(id * 1000) END)"
                    + " FROM million")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getLong(1)).as("rows").isEqualTo(rows);
      assertThat(result.getLong(2)).as("distinct ids").isEqualTo(rows);
      assertThat(result.getLong(3)).isZero();
      assertThat(result.getLong(4)).isEqualTo(rows - 1);
      assertThat(result.getLong(5)).as("sum(id)").isEqualTo(rows * (rows - 1) / 2);
      assertThat(result.getLong(6)).as("non-null strings").isEqualTo(strings);
      assertThat(result.getLong(7)).as("string lengths").isEqualTo(stringLength);
      assertThat(result.getLong(8)).as("non-null timestamps").isEqualTo(timestamps);
      assertThat(result.getLong(9)).as("sum of timestamps").isEqualTo(timestampMicros);
      assertThat(result.getLong(10)).as("rows with a wrong string").isZero();
      assertThat(result.getLong(11)).as("rows with a wrong timestamp").isZero();
    }
  }

  @Test
  void createAppendReplaceAndFailFollowTheTableOptions() throws Exception {
    assertThat(ingest("options_t", 0, 10, IngestOptions.create())).isEqualTo(10);
    assertThat(rowCount("options_t")).isEqualTo(10);

    assertThatThrownBy(() -> ingest("options_t", 100, 5, IngestOptions.create()))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("42S01");
    assertThat(rowCount("options_t")).isEqualTo(10);

    assertThat(ingest("options_t", 100, 5, IngestOptions.append())).isEqualTo(5);
    assertThat(rowCount("options_t")).isEqualTo(15);

    assertThat(ingest("options_t", 200, 3, IngestOptions.createOrReplace())).isEqualTo(3);
    assertThat(rowCount("options_t")).isEqualTo(3);
    assertThat(minId("options_t")).isEqualTo(200);

    assertThatThrownBy(() -> ingest("options_missing", 0, 5, IngestOptions.append()))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("42S02");
    assertThat(tableExists("options_missing")).isFalse();

    assertThat(ingest("options_new", 0, 4, IngestOptions.createOrAppend())).isEqualTo(4);
    assertThat(ingest("options_new", 4, 4, IngestOptions.createOrAppend())).isEqualTo(4);
    assertThat(rowCount("options_new")).isEqualTo(8);
  }

  @Test
  void temporaryTableIsVisibleToThisConnectionOnly() throws Exception {
    IngestOptions temporary = IngestOptions.builder().temporary(true).build();
    assertThat(ingest("temp_t", 0, 7, temporary)).isEqualTo(7);
    assertThat(rowCount("temp_t")).isEqualTo(7);
    try (Connection other = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = other.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM temp_t").close())
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void ingestFromAQuiverResultSendsItsBatchesAndClosesIt() throws Exception {
    ingest("rs_source", 0, 20_000, IngestOptions.create());
    long count;
    ResultSet source;
    try (Statement statement = connection.createStatement()) {
      source = statement.executeQuery("SELECT * FROM rs_source");
      count = quiver.ingest("rs_copy", source, IngestOptions.create());
    }
    assertThat(count).isEqualTo(20_000);
    assertThat(source.isClosed()).as("the zero-copy path consumes and closes the result").isTrue();
    assertThat(differences("rs_source", "rs_copy")).isZero();
  }

  @Test
  void ingestFromAQuiverResultWhoseCursorMovedConvertsTheRemainingRows() throws Exception {
    ingest("moved_source", 0, 5_000, IngestOptions.create());
    long count;
    try (Statement statement = connection.createStatement();
        ResultSet source = statement.executeQuery("SELECT * FROM moved_source ORDER BY id")) {
      assertThat(source.next()).isTrue();
      IngestOptions smallBatches = IngestOptions.builder().batchRows(777).build();
      count = quiver.ingest("moved_copy", source, smallBatches);
      assertThat(source.isClosed()).as("a converted result stays the caller's").isFalse();
    }
    assertThat(count).isEqualTo(4_999);
    assertThat(minId("moved_copy")).isEqualTo(1);
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT count(*) FROM (SELECT * FROM moved_source WHERE id > 0"
                    + " EXCEPT ALL SELECT * FROM moved_copy)")) {
      result.next();
      assertThat(result.getLong(1)).isZero();
    }
  }

  @Test
  void ingestFromAnotherDriversResultSetKeepsEveryValue() throws Exception {
    String select =
        "SELECT i AS id, 'name ' || i AS name, i * 1.5 AS ratio, CAST(i AS DECIMAL(10,2)) / 4 AS"
            + " amount, DATE '2020-01-01' + CAST(i AS INTEGER) AS day, TIMESTAMP '2021-03-04"
            + " 05:06:07.123456' + to_microseconds(i) AS moment, i % 2 = 0 AS even"
            + " FROM range(1000) t(i)";
    String withNulls =
        "SELECT id, CASE WHEN id % 5 = 1 THEN NULL ELSE name END AS name, ratio, CASE WHEN id % 9"
            + " = 2 THEN NULL ELSE amount END AS amount, day, CASE WHEN id % 4 = 3 THEN NULL ELSE"
            + " moment END AS moment, even FROM ("
            + select
            + ") ORDER BY id";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement duckStatement = duck.createStatement()) {
      try (ResultSet rows = duckStatement.executeQuery(withNulls)) {
        assertThat(quiver.ingest("from_duck", rows, IngestOptions.create())).isEqualTo(1000);
      }
      try (ResultSet expected = duckStatement.executeQuery(withNulls);
          Statement statement = connection.createStatement();
          ResultSet actual = statement.executeQuery("SELECT * FROM from_duck ORDER BY id")) {
        int rows = 0;
        while (expected.next()) {
          assertThat(actual.next()).isTrue();
          rows++;
          assertThat(actual.getLong("id")).isEqualTo(expected.getLong("id"));
          assertThat(actual.getString("name")).isEqualTo(expected.getString("name"));
          assertThat(actual.getDouble("ratio")).isEqualTo(expected.getDouble("ratio"));
          assertThat(actual.getBigDecimal("amount")).isEqualTo(expected.getBigDecimal("amount"));
          assertThat(actual.getDate("day")).isEqualTo(expected.getDate("day"));
          assertThat(actual.getTimestamp("moment")).isEqualTo(expected.getTimestamp("moment"));
          assertThat(actual.getBoolean("even")).isEqualTo(expected.getBoolean("even"));
        }
        assertThat(actual.next()).isFalse();
        assertThat(rows).isEqualTo(1000);
      }
    }
  }

  @Test
  void aClientFailureMidStreamLeavesNothing() throws Exception {
    try (GeneratedReader failing = new GeneratedReader(dataAllocator, 0, 100_000, 1000, 3)) {
      assertThatThrownBy(() -> quiver.ingest("half_created", failing, IngestOptions.create()))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("generated failure");
    }
    assertThat(tableExists("half_created")).isFalse();

    ingest("half_appended", 0, 50, IngestOptions.create());
    try (GeneratedReader failing = new GeneratedReader(dataAllocator, 50, 100_000, 1000, 2)) {
      assertThatThrownBy(() -> quiver.ingest("half_appended", failing, IngestOptions.append()))
          .isInstanceOf(SQLException.class);
    }
    assertThat(rowCount("half_appended")).isEqualTo(50);
    // the connection is still usable
    assertThat(ingest("half_appended", 50, 10, IngestOptions.append())).isEqualTo(10);
  }

  @Test
  void aSourceResultSetFailingMidStreamKeepsItsErrorAndLeavesNothing() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement duckStatement = duck.createStatement();
        ResultSet rows =
            duckStatement.executeQuery("SELECT i AS id, 'v' || i AS s FROM range(10000) t(i)")) {
      ResultSet failing = failingAfter(rows, 3500);
      IngestOptions smallBatches = IngestOptions.builder().batchRows(1000).build();
      assertThatThrownBy(() -> quiver.ingest("source_failed", failing, smallBatches))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("source connection lost")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("08006");
    }
    assertThat(tableExists("source_failed")).isFalse();
  }

  /**
   * {@code rows}, whose {@code next()} fails like a dropped connection after {@code limit} rows.
   */
  private static ResultSet failingAfter(ResultSet rows, int limit) {
    int[] read = {0};
    return (ResultSet)
        java.lang.reflect.Proxy.newProxyInstance(
            IngestEndToEndTest.class.getClassLoader(),
            new Class<?>[] {ResultSet.class},
            (proxy, method, args) -> {
              if (method.getName().equals("next") && read[0]++ == limit) {
                throw new SQLException("source connection lost", "08006");
              }
              try {
                return method.invoke(rows, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void aServerFailureIsMappedAndLeavesTheTableAsItWas() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE narrow (id BIGINT)");
      statement.execute("INSERT INTO narrow VALUES (1), (2)");
    }
    assertThatThrownBy(() -> ingest("narrow", 0, 10_000, IngestOptions.append()))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isNotNull());
    assertThat(rowCount("narrow")).isEqualTo(2);
  }

  @Test
  void insideATransactionTheFixtureRefusesInsteadOfCommittingAlone() throws Exception {
    connection.setAutoCommit(false);
    try (GeneratedReader reader = new GeneratedReader(dataAllocator, 0, 10, 10)) {
      assertThatThrownBy(() -> quiver.ingest("in_tx", reader, IngestOptions.create()))
          .isInstanceOf(SQLFeatureNotSupportedException.class)
          .hasMessageContaining("FLIGHT_SQL_SERVER_INGEST_TRANSACTIONS_SUPPORTED");
    }
    connection.rollback();
    connection.setAutoCommit(true);
    assertThat(tableExists("in_tx")).isFalse();
  }

  @Test
  void serverSaysItSupportsIngestAndBadArgumentsAreRefused() throws Exception {
    assertThat(quiver.supportsIngest()).isTrue();
    try (GeneratedReader reader = new GeneratedReader(dataAllocator, 0, 1, 1)) {
      List<ThrowingCall> calls = new ArrayList<>();
      calls.add(() -> quiver.ingest(null, reader, IngestOptions.create()));
      calls.add(() -> quiver.ingest("", reader, IngestOptions.create()));
      calls.add(() -> quiver.ingest("t", reader, null));
      calls.add(() -> quiver.ingest("t", (ResultSet) null, IngestOptions.create()));
      for (ThrowingCall call : calls) {
        assertThatThrownBy(call::run)
            .isInstanceOf(SQLException.class)
            .extracting(e -> ((SQLException) e).getSQLState())
            .isEqualTo("22023");
      }
    }
    connection.close();
    try (GeneratedReader reader = new GeneratedReader(dataAllocator, 0, 1, 1)) {
      assertThatThrownBy(() -> quiver.ingest("t", reader, IngestOptions.create()))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("08003");
    }
  }

  @Test
  void anUnsendableColumnTypeIsRefusedBeforeAnythingIsSent() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement duckStatement = duck.createStatement();
        ResultSet rows = duckStatement.executeQuery("SELECT 1 AS id, [1, 2] AS list")) {
      assertThatThrownBy(() -> quiver.ingest("unsendable", rows, IngestOptions.create()))
          .isInstanceOf(SQLFeatureNotSupportedException.class)
          .hasMessageContaining("list");
    }
    assertThat(tableExists("unsendable")).isFalse();
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }

  private long ingest(String table, long first, long rows, IngestOptions options) throws Exception {
    try (GeneratedReader reader = new GeneratedReader(dataAllocator, first, rows, 1000)) {
      return quiver.ingest(table, reader, options);
    }
  }

  private long rowCount(String table) throws SQLException {
    return single("SELECT count(*) FROM " + table);
  }

  private long minId(String table) throws SQLException {
    return single("SELECT min(id) FROM " + table);
  }

  private boolean tableExists(String table) throws SQLException {
    return single("SELECT count(*) FROM duckdb_tables() WHERE table_name = '" + table + "'") > 0;
  }

  private long differences(String left, String right) throws SQLException {
    return single(
        "SELECT (SELECT count(*) FROM (SELECT * FROM "
            + left
            + " EXCEPT ALL SELECT * FROM "
            + right
            + ")) + (SELECT count(*) FROM (SELECT * FROM "
            + right
            + " EXCEPT ALL SELECT * FROM "
            + left
            + "))");
  }

  private long single(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      assertThat(result.next()).isTrue();
      return result.getLong(1);
    }
  }
}
