package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

@Capability(value = "Batches", order = 55)
class BatchChecks {

  @Check(id = "BATCH-01", value = "a prepared batch of 1,000 rows lands completely")
  void preparedBatch(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER, s VARCHAR)");
      try {
        int[] counts;
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
          for (int i = 0; i < 1000; i++) {
            insert.setInt(1, i);
            insert.setString(2, "v" + i);
            insert.addBatch();
          }
          counts = insert.executeBatch();
        }
        assertThat(counts).hasSize(1000);
        for (int count : counts) {
          // JDBC: the rows affected, or SUCCESS_NO_INFO when the server reports one total.
          assertThat(count).isIn(1, Statement.SUCCESS_NO_INFO);
        }
        assertThat(count(connection, table)).isEqualTo(1000);
        assertThat(sumOfIds(connection, table)).isEqualTo(999L * 1000 / 2);
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "BATCH-02", value = "Statement.addBatch/executeBatch runs every statement in order")
  void statementBatch(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER)");
      try (Statement statement = connection.createStatement()) {
        statement.addBatch("INSERT INTO " + table + " VALUES (1), (2)");
        statement.addBatch("INSERT INTO " + table + " VALUES (3)");
        statement.addBatch("DELETE FROM " + table + " WHERE id = 1");
        int[] counts = statement.executeBatch();
        assertThat(counts).containsExactly(2, 1, 1);
        assertThat(count(connection, table)).isEqualTo(2);
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "BATCH-03", value = "a failing batch raises BatchUpdateException")
  void failingBatch(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)");
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
        insert.setInt(1, 1);
        insert.addBatch();
        insert.setInt(1, 1);
        insert.addBatch();
        SQLException thrown = null;
        try {
          insert.executeBatch();
        } catch (SQLException e) {
          thrown = e;
        }
        assertThat((Throwable) thrown).isInstanceOf(BatchUpdateException.class);
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "BATCH-04", value = "executeLargeBatch returns one long count per row")
  void largeBatch(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER)");
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
        for (int i = 0; i < 10; i++) {
          insert.setInt(1, i);
          insert.addBatch();
        }
        long[] counts = insert.executeLargeBatch();
        assertThat(counts).hasSize(10);
        assertThat(count(connection, table)).isEqualTo(10);
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "BATCH-05", value = "an empty batch executes nothing and returns no counts")
  void emptyBatch(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      assertThat(statement.executeBatch()).isEmpty();
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }

  private static long sumOfIds(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT sum(id) FROM " + table)) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }
}
