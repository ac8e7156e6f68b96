package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Statement behaviour against the fixture; counts and messages are checked against DuckDB. */
class StatementEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();
  private static final AtomicInteger TABLE_IDS = new AtomicInteger();

  private Connection connection;
  private Connection duckDb;

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    duckDb.close();
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void updateAndDdlCountsEqualDuckDb() throws SQLException {
    String table = "counts_" + TABLE_IDS.incrementAndGet();
    List<String> script =
        List.of(
            "CREATE TABLE " + table + " (id BIGINT, name VARCHAR)",
            "INSERT INTO " + table + " SELECT i, 'n' || i FROM range(1000) r(i)",
            "UPDATE " + table + " SET name = 'even' WHERE id % 2 = 0",
            "DELETE FROM " + table + " WHERE id >= 900",
            "INSERT INTO " + table + " VALUES (5000, 'x')",
            "ALTER TABLE " + table + " ADD COLUMN extra INTEGER",
            "DROP TABLE " + table);
    try (Statement quiver = connection.createStatement();
        Statement oracle = duckDb.createStatement()) {
      for (String sql : script) {
        long duckDbCount = oracle.executeLargeUpdate(sql);
        // DML counts come from DuckDB. For DDL, DuckDB's own driver returns -1, but JDBC
        // (Statement.executeUpdate) says 0 "for SQL statements that return nothing".
        boolean isDml =
            sql.startsWith("INSERT") || sql.startsWith("UPDATE") || sql.startsWith("DELETE");
        long expected = isDml ? duckDbCount : 0;
        assertThat(quiver.executeLargeUpdate(sql)).as(sql).isEqualTo(expected);
        assertThat(quiver.getLargeUpdateCount()).isEqualTo(expected);
        assertThat(quiver.getResultSet()).isNull();
      }
    }
  }

  @Test
  void executeReportsWhatItRan() throws SQLException {
    String table = "exec_" + TABLE_IDS.incrementAndGet();
    try (Statement statement = connection.createStatement()) {
      assertThat(statement.execute("CREATE TABLE " + table + " AS SELECT 1 AS a")).isFalse();
      assertThat(statement.execute("INSERT INTO " + table + " VALUES (2), (3)")).isFalse();
      assertThat(statement.getUpdateCount()).isEqualTo(2);
      assertThat(statement.getResultSet()).isNull();

      assertThat(statement.execute("/* hi */ SELECT count(*) FROM " + table)).isTrue();
      assertThat(statement.getUpdateCount()).isEqualTo(-1);
      ResultSet result = statement.getResultSet();
      assertThat(result.next()).isTrue();
      assertThat(result.getLong(1)).isEqualTo(3);
      assertThat(result.getStatement()).isSameAs(statement);

      // Exactly one result per execution: getMoreResults closes it and reports the end.
      assertThat(statement.getMoreResults()).isFalse();
      assertThat(result.isClosed()).isTrue();
      assertThat(statement.getResultSet()).isNull();
      assertThat(statement.getUpdateCount()).isEqualTo(-1);
      statement.executeUpdate("DROP TABLE " + table);
    }
  }

  @Test
  void reExecutingClosesThePreviousResult() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      ResultSet first = statement.executeQuery("SELECT * FROM range(100000)");
      assertThat(first.next()).isTrue();
      ResultSet second = statement.executeQuery("SELECT 42");
      assertThat(first.isClosed()).isTrue();
      assertThat(second.next()).isTrue();
      assertThat(second.getInt(1)).isEqualTo(42);
    }
  }

  @Test
  void badSqlIsSyntaxErrorWithDuckDbsMessage() throws SQLException {
    for (String sql : List.of("SELEC 1", "SELECT * FROM no_such_table", "SELECT no_such_fn(1)")) {
      String duckDbMessage;
      try (Statement oracle = duckDb.createStatement()) {
        duckDbMessage = catchSqlException(() -> oracle.execute(sql)).getMessage();
      }
      try (Statement statement = connection.createStatement()) {
        SQLException error = catchSqlException(() -> statement.execute(sql));
        assertThat((Object) error).as(sql).isInstanceOf(SQLSyntaxErrorException.class);
        assertThat(error.getSQLState()).as(sql).isEqualTo("42000");
        assertThat(error.getMessage()).as(sql).isEqualTo(duckDbMessage);
      }
    }
  }

  @Test
  void executeQueryOfAnUpdateAndExecuteUpdateOfAQueryAreRefused() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("CREATE TABLE never (a INT)"))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("07005");
      assertThatThrownBy(() -> statement.executeUpdate("SELECT 1"))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("07003");
      // Nothing ran: the table does not exist.
      assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM never"))
          .isInstanceOf(SQLSyntaxErrorException.class);
    }
  }

  @Test
  void maxRowsTruncates() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(10);
      assertThat(statement.getMaxRows()).isEqualTo(10);
      assertThat(countRows(statement.executeQuery("SELECT * FROM range(100000)"))).isEqualTo(10);
      statement.setLargeMaxRows(0);
      assertThat(countRows(statement.executeQuery("SELECT * FROM range(5000)"))).isEqualTo(5000);
      assertThatThrownBy(() -> statement.setMaxRows(-1)).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void fetchSizeIsAHint() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(7);
      assertThat(statement.getFetchSize()).isEqualTo(7);
      try (ResultSet result = statement.executeQuery("SELECT * FROM range(20)")) {
        assertThat(result.getFetchSize()).isEqualTo(7);
        assertThat(countRows(result)).isEqualTo(20);
      }
      assertThatThrownBy(() -> statement.setFetchSize(-1)).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void closeOnCompletionClosesTheStatementWithItsResult() throws SQLException {
    Statement statement = connection.createStatement();
    statement.closeOnCompletion();
    assertThat(statement.isCloseOnCompletion()).isTrue();
    ResultSet result = statement.executeQuery("SELECT 1");
    assertThat(statement.isClosed()).isFalse();
    result.close();
    assertThat(statement.isClosed()).isTrue();
  }

  @Test
  void closedStatementRefusesWork() throws SQLException {
    Statement statement = connection.createStatement();
    ResultSet result = statement.executeQuery("SELECT * FROM range(10)");
    statement.close();
    statement.close(); // idempotent
    assertThat(result.isClosed()).isTrue();
    assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY010");
  }

  @Test
  void unsupportedStatementFeaturesSayWhich() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "INSERT INTO x VALUES (1)", Statement.RETURN_GENERATED_KEYS))
          .isInstanceOf(SQLFeatureNotSupportedException.class)
          .hasMessageContaining("RETURN_GENERATED_KEYS");
      // setQueryTimeout and cancel are covered by CancelAndTimeoutEndToEndTest.
    }
  }

  @Test
  void emptySqlIsRefused() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute("  "))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("42000");
    }
  }

  private static long countRows(ResultSet result) throws SQLException {
    long rows = 0;
    try (result) {
      while (result.next()) {
        rows++;
      }
    }
    return rows;
  }

  private interface SqlAction {
    void run() throws SQLException;
  }

  private static SQLException catchSqlException(SqlAction action) {
    try {
      action.run();
    } catch (SQLException expected) {
      return expected;
    }
    throw new AssertionError("expected a SQLException");
  }
}
