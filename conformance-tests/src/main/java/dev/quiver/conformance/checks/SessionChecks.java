package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

@Capability(value = "Sessions", order = 70)
class SessionChecks {

  @Check(id = "SESS-01", value = "a temporary table belongs to the connection that made it")
  void temporaryTablesArePerConnection(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection owner = target.connect();
        Connection other = target.connect()) {
      Scratch.ddl(owner, "CREATE TEMPORARY TABLE " + table + " (id INTEGER)");
      try (Statement statement = owner.createStatement()) {
        statement.executeUpdate("INSERT INTO " + table + " VALUES (1)");
        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong(1)).isEqualTo(1);
        }
      }
      try (Statement statement = other.createStatement()) {
        assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + table))
            .isInstanceOf(SQLException.class);
      }
    }
  }

  @Check(id = "SESS-02", value = "SET on one connection does not change another connection")
  void settingsArePerConnection(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    try (Connection first = target.connect();
        Connection second = target.connect();
        Statement a = first.createStatement();
        Statement b = second.createStatement()) {
      // DuckDB variables live in the connection (unlike global settings such as threads).
      a.execute("SET VARIABLE quiver_conf = 'first'");
      b.execute("SET VARIABLE quiver_conf = 'second'");
      assertThat(variable(a)).isEqualTo("first");
      assertThat(variable(b)).isEqualTo("second");
    }
  }

  private static String variable(Statement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery("SELECT getvariable('quiver_conf')")) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  @Check(id = "SESS-03", value = "setSchema changes the schema unqualified names resolve in")
  void setSchemaIsPerConnection(ConformanceTarget target) throws SQLException {
    String schema = Scratch.tableName();
    try (Connection owner = target.connect();
        Connection other = target.connect()) {
      String original = owner.getSchema();
      if (original == null) {
        // JDBC allows null when there is no current schema; the DuckDB fixture always has one.
        assertThat(target.isSeededDuckDbFixture())
            .as("getSchema() is null although the DuckDB fixture has a current schema")
            .isFalse();
        throw new dev.quiver.conformance.NotApplicable("the server reports no current schema");
      }
      Scratch.ddl(owner, "CREATE SCHEMA " + schema);
      try {
        Scratch.ddl(owner, "CREATE TABLE " + schema + ".only_here (id INTEGER)");
        owner.setSchema(schema);
        assertThat(owner.getSchema()).isEqualTo(schema);
        try (Statement statement = owner.createStatement();
            ResultSet rs = statement.executeQuery("SELECT count(*) FROM only_here")) {
          assertThat(rs.next()).isTrue();
        }
        assertThat(other.getSchema()).as("the other connection's schema").isEqualTo(original);
        owner.setSchema(original);
      } finally {
        try (Statement statement = owner.createStatement()) {
          statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
          // best effort, like Scratch.dropQuietly
        }
      }
    }
  }
}
