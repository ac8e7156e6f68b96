package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TIMESTAMP_NS values keep every nanosecond through driver parameters and results. */
class NanosecondParameterEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void timestampNsKeepsOneNanosecondThroughInsertWhereAndRead() throws SQLException {
    LocalDateTime value = LocalDateTime.parse("2024-01-02T03:04:05.123456789");
    LocalDateTime neighbour = value.minusNanos(1);
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE driver_ns(id INTEGER, v TIMESTAMP_NS)");
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO driver_ns VALUES (?, ?)")) {
        insert.setInt(1, 1);
        insert.setObject(2, value);
        insert.addBatch();
        insert.setInt(1, 2);
        insert.setTimestamp(2, Timestamp.valueOf(neighbour));
        insert.addBatch();
        // One DoPut answers one total, so per-row counts may be SUCCESS_NO_INFO (JDBC 4.3 14.1.2).
        assertThat(java.util.Arrays.stream(insert.executeBatch()).boxed())
            .hasSize(2)
            .allMatch(count -> count == 1 || count == Statement.SUCCESS_NO_INFO);
      }
      try (ResultSet text =
          statement.executeQuery("SELECT v::VARCHAR FROM driver_ns ORDER BY id")) {
        assertThat(text.next()).isTrue();
        assertThat(text.getString(1)).isEqualTo("2024-01-02 03:04:05.123456789");
        assertThat(text.next()).isTrue();
        assertThat(text.getString(1)).isEqualTo("2024-01-02 03:04:05.123456788");
      }
      try (PreparedStatement where =
          connection.prepareStatement("SELECT id, v FROM driver_ns WHERE v = ?")) {
        where.setObject(1, value);
        try (ResultSet result = where.executeQuery()) {
          assertThat(result.next()).isTrue();
          assertThat(result.getInt(1)).isEqualTo(1);
          assertThat(result.getObject(2, LocalDateTime.class)).isEqualTo(value);
          assertThat(result.next()).isFalse();
        }
      }
    }
  }
}
