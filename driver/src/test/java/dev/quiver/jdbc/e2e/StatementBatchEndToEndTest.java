package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Statement.addBatch(String)}: commands run in order with their real counts. */
class StatementBatchEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  private static long count(Statement statement, String table) throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
      assertThat(result.next()).isTrue();
      return result.getLong(1);
    }
  }

  @Test
  void commandsRunInOrderWithTheirOwnCounts() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.addBatch("CREATE TABLE sb1 (id INTEGER)");
      statement.addBatch("INSERT INTO sb1 SELECT * FROM range(5)");
      statement.addBatch("INSERT INTO sb1 VALUES (10), (11)");
      statement.addBatch("DELETE FROM sb1 WHERE id < 2");
      int[] counts = statement.executeBatch();
      assertThat(counts).hasSize(4);
      assertThat(counts[1]).isEqualTo(5);
      assertThat(counts[2]).isEqualTo(2);
      assertThat(counts[3]).isEqualTo(2);
      assertThat(count(statement, "sb1")).isEqualTo(5);
      assertThat(statement.executeBatch()).as("the batch was emptied").isEmpty();
    }
  }

  @Test
  void aFailingCommandStopsTheBatchAndReportsTheEarlierCounts() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE sb2 (id INTEGER PRIMARY KEY)");
      statement.addBatch("INSERT INTO sb2 VALUES (1)");
      statement.addBatch("INSERT INTO sb2 VALUES (1)");
      statement.addBatch("INSERT INTO sb2 VALUES (3)");
      assertThatThrownBy(statement::executeBatch)
          .isInstanceOfSatisfying(
              BatchUpdateException.class,
              e -> {
                assertThat(e.getUpdateCounts()).containsExactly(1);
                assertThat(e.getSQLState()).isNotNull();
                assertThat(e.getCause()).isInstanceOf(SQLException.class);
              });
      assertThat(count(statement, "sb2")).isEqualTo(1);
    }
  }

  @Test
  void aQueryInABatchIsRefusedWith07003() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.addBatch("SELECT 1");
      assertThatThrownBy(statement::executeBatch)
          .isInstanceOfSatisfying(
              BatchUpdateException.class, e -> assertThat(e.getSQLState()).isEqualTo("07003"));
      statement.addBatch("CREATE TABLE sb3 (id INTEGER)");
      statement.clearBatch();
      assertThat(statement.executeBatch()).isEmpty();
    }
  }
}
