package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Large results read through the driver from the fixture equal DuckDB in-process running the same
 * SQL on the same (deterministically generated) data, value for value.
 */
class QueryEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  /** The same 1M rows on both sides; every column has NULLs. */
  private static final String CREATE_WIDE =
      "CREATE TABLE wide AS SELECT"
          + " CASE WHEN i % 11 = 0 THEN NULL ELSE i * 3 - 500000 END AS id,"
          + " CASE WHEN i % 13 = 0 THEN NULL ELSE i / 7.0 END AS d,"
          + " CASE WHEN i % 17 = 0 THEN NULL ELSE 'row-' || i || '-é' END AS s,"
          + " CASE WHEN i % 19 = 0 THEN NULL"
          + "   ELSE TIMESTAMP '1969-12-31 23:59:58' + to_microseconds(i * 1234567) END AS ts"
          + " FROM range(1000000) r(i)";

  private static Connection duckDb;

  @BeforeAll
  static void seed() throws SQLException {
    FIXTURE.server().executeAdmin(CREATE_WIDE);
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckDb.createStatement()) {
      statement.execute(CREATE_WIDE);
    }
  }

  @AfterAll
  static void closeDuckDb() throws SQLException {
    duckDb.close();
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void millionRowRangeEqualsDuckDb() throws SQLException {
    String sql = "SELECT * FROM range(1000000)";
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement quiver = connection.createStatement();
        ResultSet actual = quiver.executeQuery(sql);
        Statement oracle = duckDb.createStatement();
        ResultSet expected = oracle.executeQuery(sql)) {
      assertThat(actual.getMetaData().getColumnCount()).isEqualTo(1);
      assertThat(actual.getMetaData().getColumnLabel(1))
          .isEqualTo(expected.getMetaData().getColumnLabel(1));
      long rows = 0;
      while (expected.next()) {
        assertThat(actual.next()).isTrue();
        long want = expected.getLong(1);
        if (actual.getLong(1) != want) {
          throw new AssertionError("row " + rows + ": " + actual.getLong(1) + " != " + want);
        }
        rows++;
      }
      assertThat(actual.next()).isFalse();
      assertThat(rows).isEqualTo(1_000_000);
    }
  }

  @Test
  void millionRowFourColumnTableEqualsDuckDb() throws SQLException {
    String sql = "SELECT id, d, s, ts FROM wide ORDER BY id NULLS FIRST, s NULLS FIRST, d, ts";
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement quiver = connection.createStatement();
        ResultSet actual = quiver.executeQuery(sql);
        Statement oracle = duckDb.createStatement();
        ResultSet expected = oracle.executeQuery(sql)) {
      ResultSetMetaData actualMeta = actual.getMetaData();
      ResultSetMetaData expectedMeta = expected.getMetaData();
      assertThat(actualMeta.getColumnCount()).isEqualTo(4);
      for (int column = 1; column <= 4; column++) {
        assertThat(actualMeta.getColumnLabel(column))
            .isEqualTo(expectedMeta.getColumnLabel(column));
        assertThat(actualMeta.getColumnType(column)).isEqualTo(expectedMeta.getColumnType(column));
      }
      long rows = 0;
      while (expected.next()) {
        assertThat(actual.next()).isTrue();
        check(rows, "id", actual.getLong(1), actual.wasNull(), expected.getLong(1),
            expected.wasNull(), 0L);
        check(rows, "d", actual.getDouble(2), actual.wasNull(), expected.getDouble(2),
            expected.wasNull(), 0d);
        check(rows, "s", actual.getString(3), actual.wasNull(), expected.getString(3),
            expected.wasNull(), null);
        check(rows, "ts", actual.getTimestamp(4), actual.wasNull(), expected.getTimestamp(4),
            expected.wasNull(), null);
        rows++;
      }
      assertThat(actual.next()).isFalse();
      assertThat(rows).isEqualTo(1_000_000);
    }
  }

  @Test
  void columnsAreFoundByLabelIgnoringCase() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT 1 AS a, 2 AS \"A\", 'x' AS Name ORDER BY 1")) {
      assertThat(result.next()).isTrue();
      assertThat(result.findColumn("a")).isEqualTo(1); // first match wins
      assertThat(result.findColumn("NAME")).isEqualTo(3);
      assertThat(result.getString("name")).isEqualTo("x");
      assertThat(result.getInt("A")).isEqualTo(1);
    }
  }

  /**
   * One value. NULL-ness and non-NULL values come from DuckDB; the value a getter returns for NULL
   * comes from the JDBC spec (0 / null), because DuckDB's own driver returns NaN from getDouble.
   * Plain checks rather than AssertJ, whose per-call cost dominates 4M comparisons.
   */
  private static void check(
      long row, String column, Object actual, boolean actualNull, Object expected,
      boolean expectedNull, Object jdbcNullValue) {
    Object want = expectedNull ? jdbcNullValue : expected;
    if (actualNull != expectedNull || !Objects.equals(actual, want)) {
      throw new AssertionError(
          "row " + row + " column " + column + ": expected " + expected + " (null="
              + expectedNull + ") but was " + actual + " (null=" + actualNull + ")");
    }
  }
}
