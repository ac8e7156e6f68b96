package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

@Capability(value = "Updates", order = 40)
class UpdateChecks {

  @Check(id = "UPD-01", value = "CREATE TABLE via executeUpdate returns 0")
  void ddlReturnsZero(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      try {
        int count = executeDdl(statement, "CREATE TABLE " + table + " (id INTEGER, s VARCHAR)");
        assertThat(count).isZero();
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "UPD-02", value = "INSERT, UPDATE and DELETE return the number of rows affected")
  void dmlCounts(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER, s VARCHAR)");
      try {
        assertThat(
                statement.executeUpdate(
                    "INSERT INTO " + table + " VALUES (1, 'a'), (2, 'b'), (3, 'c')"))
            .isEqualTo(3);
        assertThat(statement.executeUpdate("UPDATE " + table + " SET s = 'z' WHERE id >= 2"))
            .isEqualTo(2);
        assertThat(statement.executeUpdate("DELETE FROM " + table + " WHERE id = 1")).isEqualTo(1);
        assertThat(statement.executeUpdate("DELETE FROM " + table + " WHERE id = 99")).isZero();
        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong(1)).isEqualTo(2);
        }
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "UPD-03", value = "execute() reports updates as count and queries as result sets")
  void executeReportsKind(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER)");
      try {
        assertThat(statement.execute("INSERT INTO " + table + " VALUES (1), (2)")).isFalse();
        assertThat(statement.getUpdateCount()).isEqualTo(2);
        assertThat(statement.getResultSet()).isNull();
        assertThat(statement.getMoreResults()).isFalse();
        assertThat(statement.getUpdateCount()).isEqualTo(-1);

        assertThat(statement.execute("SELECT id FROM " + table + " ORDER BY id")).isTrue();
        assertThat(statement.getUpdateCount()).isEqualTo(-1);
        try (ResultSet rs = statement.getResultSet()) {
          assertThat(rs).isNotNull();
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(1);
        }
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "UPD-04", value = "executeLargeUpdate returns the count as a long")
  void largeUpdate(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER)");
      try {
        long count =
            statement.executeLargeUpdate("INSERT INTO " + table + " VALUES (1), (2), (3), (4)");
        assertThat(count).isEqualTo(4L);
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "UPD-05", value = "rows written on one connection are visible to another")
  void visibleAcrossConnections(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection writer = target.connect();
        Connection reader = target.connect();
        Statement write = writer.createStatement();
        Statement read = reader.createStatement()) {
      Scratch.ddl(writer, "CREATE TABLE " + table + " (id INTEGER)");
      try {
        write.executeUpdate("INSERT INTO " + table + " VALUES (42)");
        try (ResultSet rs = read.executeQuery("SELECT id FROM " + table)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(42);
        }
      } finally {
        Scratch.dropQuietly(writer, table);
      }
    }
  }

  private static int executeDdl(Statement statement, String sql) throws SQLException {
    try {
      return statement.executeUpdate(sql);
    } catch (SQLException e) {
      if ("0A000".equals(e.getSQLState()) || "42501".equals(e.getSQLState())) {
        throw new dev.quiver.conformance.NotSupportedByServer("server refuses DDL: " + e);
      }
      throw e;
    }
  }
}
