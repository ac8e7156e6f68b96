package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TIMESTAMP values read through the whole pipeline equal DuckDB in-process under JVM default zones
 * other than UTC (a half-hour offset, and one with daylight saving whose gaps the data crosses).
 */
class TimeZoneEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  // Every 37 minutes and 13.000123 s over ~4 years, crossing many DST transitions.
  private static final String SELECT_TIMESTAMPS =
      "SELECT i, TIMESTAMP '2019-01-01 00:00:00' + to_microseconds(i * 2233000123) AS ts"
          + " FROM range(60000) r(i) ORDER BY i";

  private static final TimeZone ORIGINAL = TimeZone.getDefault();
  private static Connection duckDb;

  @BeforeAll
  static void openOracle() throws SQLException {
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void restore() throws SQLException {
    TimeZone.setDefault(ORIGINAL);
    duckDb.close();
  }

  @AfterEach
  void noLeaks() {
    TimeZone.setDefault(ORIGINAL);
    LeakChecks.assertDriverMemoryReleased();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Kolkata", "America/New_York", "Australia/Lord_Howe"})
  void timestampsEqualDuckDbInZone(String zone) throws SQLException {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    long rows = 0;
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement quiver = connection.createStatement();
        ResultSet actual = quiver.executeQuery(SELECT_TIMESTAMPS);
        Statement oracle = duckDb.createStatement();
        ResultSet expected = oracle.executeQuery(SELECT_TIMESTAMPS)) {
      while (expected.next()) {
        assertThat(actual.next()).isTrue();
        LocalDateTime wantLocal = expected.getObject(2, LocalDateTime.class);
        LocalDateTime gotLocal = actual.getObject(2, LocalDateTime.class);
        // The wall clock a Timestamp shows must match. Which instant an ambiguous wall-clock time
        // (a DST fall-back overlap) maps to is not defined by JDBC, so getTime() is not compared.
        if (!Objects.equals(gotLocal, wantLocal)
            || !Objects.equals(
                actual.getTimestamp(2).toLocalDateTime(),
                expected.getTimestamp(2).toLocalDateTime())) {
          throw new AssertionError(
              zone + " row " + rows + ": expected " + wantLocal + " / " + expected.getTimestamp(2)
                  + " but was " + gotLocal + " / " + actual.getTimestamp(2));
        }
        rows++;
      }
      assertThat(actual.next()).isFalse();
    }
    assertThat(rows).isEqualTo(60000);
  }
}
