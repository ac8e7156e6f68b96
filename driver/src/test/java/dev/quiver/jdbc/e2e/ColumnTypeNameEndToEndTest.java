package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ResultSetMetaData} names DuckDB's own column types (from the fixture's {@code
 * ARROW:FLIGHT:SQL:TYPE_NAME}/PRECISION/SCALE column metadata), for plain statements, executed
 * prepared statements and prepared statements before execution. DuckDB in-process is the oracle.
 */
class ColumnTypeNameEndToEndTest {

  private static final String CREATE =
      "CREATE TABLE typed AS SELECT 1.5::DECIMAL(18,3) AS d,"
          + " TIMESTAMPTZ '2024-01-02 03:04:05.123456+00' AS tz, uuid() AS u,"
          + " TIMESTAMP_NS '2024-01-02 03:04:05.123456789' AS ns, 12.5::DECIMAL(38,10) AS wide,"
          + " 'x' AS s, 7::HUGEINT AS h, [1, 2] AS li";

  private static final String QUERY = "SELECT * FROM typed";

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private static Connection duckDb;

  @BeforeAll
  static void seed() throws SQLException {
    FIXTURE.server().executeAdmin(CREATE);
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckDb.createStatement()) {
      statement.execute(CREATE);
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
  void statementResultNamesDuckDbTypes() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(QUERY)) {
      assertSameTypeNames(result.getMetaData());
      assertThat(result.getMetaData().getColumnTypeName(1)).isEqualTo("DECIMAL(18,3)");
      assertThat(result.getMetaData().getColumnTypeName(2)).isEqualTo("TIMESTAMP WITH TIME ZONE");
      assertThat(result.getMetaData().getColumnTypeName(3)).isEqualTo("UUID");
      assertThat(result.getMetaData().getColumnTypeName(4)).isEqualTo("TIMESTAMP_NS");
    }
  }

  @Test
  void preparedStatementNamesDuckDbTypesBeforeAndAfterExecution() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        PreparedStatement prepared = connection.prepareStatement(QUERY + " WHERE s = ?")) {
      assertSameTypeNames(prepared.getMetaData());
      prepared.setString(1, "x");
      try (ResultSet result = prepared.executeQuery()) {
        assertSameTypeNames(result.getMetaData());
        assertThat(result.next()).isTrue();
      }
    }
  }

  /** Type names, precision and scale equal DuckDB's for every column. */
  private static void assertSameTypeNames(ResultSetMetaData actual) throws SQLException {
    try (Statement oracle = duckDb.createStatement();
        ResultSet expectedResult = oracle.executeQuery(QUERY)) {
      ResultSetMetaData expected = expectedResult.getMetaData();
      assertThat(actual.getColumnCount()).isEqualTo(expected.getColumnCount());
      for (int column = 1; column <= expected.getColumnCount(); column++) {
        String label = expected.getColumnLabel(column);
        assertThat(actual.getColumnLabel(column)).isEqualTo(label);
        assertThat(actual.getColumnTypeName(column))
            .as("type name of %s", label)
            .isEqualTo(expected.getColumnTypeName(column));
        if (expected.getColumnTypeName(column).startsWith("DECIMAL")) {
          assertThat(actual.getPrecision(column))
              .as("precision of %s", label)
              .isEqualTo(expected.getPrecision(column));
          assertThat(actual.getScale(column))
              .as("scale of %s", label)
              .isEqualTo(expected.getScale(column));
        }
      }
    }
  }
}
