package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;

@Capability(value = "Errors and SQLStates", order = 90)
class ErrorChecks {

  @Check(id = "ERR-01", value = "bad SQL: SQLSyntaxErrorException, SQLState 42000, server message")
  void syntaxError(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("SELEC 1 FORM nowhere"))
          .isInstanceOf(SQLSyntaxErrorException.class)
          .satisfies(
              e -> {
                SQLException sql = (SQLException) e;
                assertThat(sql.getSQLState()).isEqualTo("42000");
                assertThat(sql.getMessage()).isNotBlank();
              });
    }
  }

  @Check(id = "ERR-02", value = "DuckDB's own error text reaches the application")
  void serverMessageKept(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM no_such_table_here"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("no_such_table_here");
    }
  }

  @Check(id = "ERR-03", value = "unknown table: SQLException with a SQLState of class 42")
  void unknownTable(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM quiver_no_such_table_x"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("42"));
    }
  }

  @Check(id = "ERR-04", value = "executeQuery of a statement that returns no rows throws")
  void executeQueryOfUpdate(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER)");
      try {
        assertThatThrownBy(() -> statement.executeQuery("INSERT INTO " + table + " VALUES (1)"))
            .isInstanceOf(SQLException.class);
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "ERR-05", value = "after an error the connection and statement stay usable")
  void usableAfterError(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("SELEC 1")).isInstanceOf(SQLException.class);
      try (ResultSet rs = statement.executeQuery("SELECT 2")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  @Check(id = "ERR-06", value = "a column index out of range throws SQLException, not a crash")
  void badColumnIndex(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
      assertThatThrownBy(() -> rs.getInt(2)).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> rs.getInt(0)).isInstanceOf(SQLException.class);
    }
  }

  @Check(id = "ERR-07", value = "a getter before next() throws SQLException")
  void getterBeforeFirstRow(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 1")) {
      assertThatThrownBy(() -> rs.getInt(1)).isInstanceOf(SQLException.class);
    }
  }

  @Check(id = "ERR-08", value = "a getter after the last row throws SQLException")
  void getterAfterLastRow(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.next()).isFalse();
      assertThatThrownBy(() -> rs.getInt(1)).isInstanceOf(SQLException.class);
    }
  }
}
