package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import dev.quiver.conformance.SeedData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Objects;

@Capability(value = "Queries", order = 20)
class QueryChecks {

  @Check(id = "QUERY-01", value = "SELECT 1 returns one row holding 1")
  void selectOne(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 1 AS one")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getInt("one")).isEqualTo(1);
      assertThat(rs.next()).isFalse();
    }
  }

  @Check(id = "QUERY-02", value = "an empty result has no rows but full metadata")
  void emptyResult(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 1 AS a, 'x' AS b WHERE 1 = 0")) {
      ResultSetMetaData metaData = rs.getMetaData();
      assertThat(metaData.getColumnCount()).isEqualTo(2);
      assertThat(metaData.getColumnLabel(1)).isEqualToIgnoringCase("a");
      assertThat(rs.next()).isFalse();
    }
  }

  @Check(id = "QUERY-03", value = "1,000,000 rows of range() stream completely, in order")
  void millionRows(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM range(1000000)")) {
      long expected = 0;
      while (rs.next()) {
        assertThat(rs.getLong(1)).isEqualTo(expected);
        expected++;
      }
      assertThat(expected).isEqualTo(1_000_000L);
    }
  }

  @Check(id = "QUERY-04", value = "BIGINT/DOUBLE/VARCHAR/TIMESTAMP table equals DuckDB in-process")
  void scanEqualsOracle(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    String sql = "SELECT id, d, s, ts FROM " + SeedData.SCAN_TABLE + " ORDER BY id";
    try (Connection oracle = target.oracle();
        Statement expectedStatement = oracle.createStatement();
        ResultSet expected = expectedStatement.executeQuery(sql);
        Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet actual = statement.executeQuery(sql)) {
      long rows = 0;
      while (expected.next()) {
        assertThat(actual.next()).as("row %d present", rows).isTrue();
        assertThat(actual.getLong(1)).isEqualTo(expected.getLong(1));
        assertSameDouble(actual.getDouble(2), actual.wasNull(), expected, 2, rows);
        assertThat(actual.getString(3)).as("row %d s", rows).isEqualTo(expected.getString(3));
        assertThat(actual.getTimestamp(4))
            .as("row %d ts", rows)
            .isEqualTo(expected.getTimestamp(4));
        rows++;
      }
      assertThat(actual.next()).as("no extra rows").isFalse();
      assertThat(rows).isEqualTo(SeedData.SCAN_ROWS);
    }
  }

  @Check(id = "QUERY-05", value = "NULL: getInt returns 0 and wasNull is true; getObject is null")
  void nullHandling(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("SELECT CAST(NULL AS INTEGER) AS n, CAST(7 AS INTEGER) AS v")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isZero();
      assertThat(rs.wasNull()).isTrue();
      assertThat(rs.getObject(1)).isNull();
      assertThat(rs.wasNull()).isTrue();
      assertThat(rs.getInt(2)).isEqualTo(7);
      assertThat(rs.wasNull()).isFalse();
    }
  }

  @Check(id = "QUERY-06", value = "findColumn is case-insensitive; an unknown label throws")
  void findColumn(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 1 AS first_col, 2 AS second_col")) {
      assertThat(rs.findColumn("SECOND_COL")).isEqualTo(2);
      assertThat(rs.findColumn("first_col")).isEqualTo(1);
      assertThatThrownBy(() -> rs.findColumn("nope")).isInstanceOf(SQLException.class);
    }
  }

  @Check(id = "QUERY-07", value = "setMaxRows limits the rows a result returns")
  void maxRows(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      statement.setMaxRows(10);
      assertThat(statement.getMaxRows()).isEqualTo(10);
      try (ResultSet rs = statement.executeQuery("SELECT * FROM range(1000)")) {
        int rows = 0;
        while (rs.next()) {
          rows++;
        }
        assertThat(rows).isEqualTo(10);
      }
    }
  }

  @Check(id = "QUERY-08", value = "getObject returns the JDBC classes for common column types")
  void getObjectClasses(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    String sql =
        "SELECT b, i32, i64, f64, s, d, ts, dec FROM " + SeedData.VALUES_TABLE + " WHERE id = 1";
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getObject(1)).isInstanceOf(Boolean.class);
      assertThat(rs.getObject(2)).isInstanceOf(Integer.class);
      assertThat(rs.getObject(3)).isInstanceOf(Long.class);
      assertThat(rs.getObject(4)).isInstanceOf(Double.class);
      assertThat(rs.getObject(5)).isInstanceOf(String.class);
      assertThat(rs.getObject(6)).isInstanceOf(java.sql.Date.class);
      assertThat(rs.getObject(7)).isInstanceOf(java.sql.Timestamp.class);
      assertThat(rs.getObject(8)).isInstanceOf(java.math.BigDecimal.class);
    }
  }

  @Check(id = "QUERY-09", value = "ResultSetMetaData types and class names agree with getObject")
  void metaDataAgreesWithGetObject(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    String sql =
        "SELECT b, i32, i64, f64, s, d, ts FROM " + SeedData.VALUES_TABLE + " WHERE id = 1";
    int[] expectedTypes = {
      Types.BOOLEAN,
      Types.INTEGER,
      Types.BIGINT,
      Types.DOUBLE,
      Types.VARCHAR,
      Types.DATE,
      Types.TIMESTAMP
    };
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      ResultSetMetaData metaData = rs.getMetaData();
      assertThat(rs.next()).isTrue();
      for (int i = 1; i <= expectedTypes.length; i++) {
        assertThat(metaData.getColumnType(i))
            .as("type of column %d", i)
            .isEqualTo(expectedTypes[i - 1]);
        assertThat(metaData.getColumnClassName(i))
            .as("class of column %d", i)
            .isEqualTo(rs.getObject(i).getClass().getName());
      }
    }
  }

  @Check(id = "QUERY-10", value = "min/max/NULL/unicode values equal DuckDB in-process")
  void valuesEqualOracle(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    String sql = "SELECT * FROM " + SeedData.VALUES_TABLE + " ORDER BY id";
    try (Connection oracle = target.oracle();
        Statement expectedStatement = oracle.createStatement();
        ResultSet expected = expectedStatement.executeQuery(sql);
        Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet actual = statement.executeQuery(sql)) {
      int columns = expected.getMetaData().getColumnCount();
      assertThat(actual.getMetaData().getColumnCount()).isEqualTo(columns);
      while (expected.next()) {
        assertThat(actual.next()).isTrue();
        for (int i = 1; i <= columns; i++) {
          String label = expected.getMetaData().getColumnLabel(i);
          Object want = TypedValue.read(expected, i, expected.getMetaData().getColumnType(i));
          boolean wantNull = expected.wasNull();
          Object got = TypedValue.read(actual, i, expected.getMetaData().getColumnType(i));
          assertThat(actual.wasNull()).as("%s wasNull", label).isEqualTo(wantNull);
          if (!wantNull) {
            // On NULL only the flag is compared: DuckDB's driver returns NaN, not 0, for floats.
            assertThat(got).as("%s", label).isEqualTo(want);
          }
        }
      }
      assertThat(actual.next()).isFalse();
    }
  }

  private static void assertSameDouble(
      double actual, boolean actualNull, ResultSet expected, int column, long row)
      throws SQLException {
    double expectedValue = expected.getDouble(column);
    boolean expectedNull = expected.wasNull();
    assertThat(actualNull).as("row %d column %d wasNull", row, column).isEqualTo(expectedNull);
    if (expectedNull) {
      // JDBC says 0 for NULL; DuckDB's own driver returns NaN, so only the null flag is compared.
      assertThat(actual).as("row %d column %d getDouble of NULL", row, column).isZero();
      return;
    }
    assertThat(Objects.equals(actual, expectedValue))
        .as("row %d column %d: %s vs %s", row, column, actual, expectedValue)
        .isTrue();
  }
}
