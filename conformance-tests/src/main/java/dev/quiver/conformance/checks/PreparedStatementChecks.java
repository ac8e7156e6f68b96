package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import dev.quiver.conformance.SeedData;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;

@Capability(value = "Prepared statements and parameters", order = 50)
class PreparedStatementChecks {

  @Check(id = "PREP-01", value = "a parameterised query returns the row of the bound value")
  void pointQuery(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id, s FROM " + SeedData.SCAN_TABLE + " WHERE id = ?")) {
      statement.setLong(1, 42);
      try (ResultSet rs = statement.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(42);
        assertThat(rs.getString(2)).isEqualTo("row-42");
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Check(id = "PREP-02", value = "re-executing with new parameters returns the new rows each time")
  void reexecuteWithNewParameters(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id FROM " + SeedData.SCAN_TABLE + " WHERE id = ?")) {
      for (long id = 1; id <= 2000; id += 7) {
        statement.setLong(1, id);
        try (ResultSet rs = statement.executeQuery()) {
          assertThat(rs.next()).as("row %d", id).isTrue();
          assertThat(rs.getLong(1)).isEqualTo(id);
          assertThat(rs.next()).isFalse();
        }
      }
    }
  }

  @Check(id = "PREP-03", value = "getMetaData and getParameterMetaData work before execution")
  void metadataBeforeExecution(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id, s FROM " + SeedData.SCAN_TABLE + " WHERE id = ? AND s = ?")) {
      ResultSetMetaData result = statement.getMetaData();
      assertThat(result).isNotNull();
      assertThat(result.getColumnCount()).isEqualTo(2);
      assertThat(result.getColumnType(1)).isEqualTo(Types.BIGINT);
      assertThat(result.getColumnType(2)).isEqualTo(Types.VARCHAR);
      ParameterMetaData parameters = statement.getParameterMetaData();
      assertThat(parameters.getParameterCount()).isEqualTo(2);
      assertThat(parameters.getParameterType(1)).isEqualTo(Types.BIGINT);
      assertThat(parameters.getParameterType(2)).isEqualTo(Types.VARCHAR);
    }
  }

  @Check(id = "PREP-04", value = "executing with an unset parameter throws SQLState 07001")
  void unsetParameter(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT CAST(? AS INTEGER), CAST(? AS INTEGER)")) {
      statement.setInt(1, 1);
      assertThatThrownBy(statement::executeQuery)
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07001"));
    }
  }

  @Check(id = "PREP-05", value = "clearParameters really clears: executing afterwards is 07001")
  void clearParameters(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        PreparedStatement statement = connection.prepareStatement("SELECT CAST(? AS INTEGER)")) {
      statement.setInt(1, 5);
      try (ResultSet rs = statement.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(5);
      }
      statement.clearParameters();
      assertThatThrownBy(statement::executeQuery)
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07001"));
    }
  }

  @Check(id = "PREP-06", value = "SQL injection strings are stored and matched literally")
  void injectionIsLiteral(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    String evil = "x'); DROP TABLE " + table + "; --";
    try (Connection connection = target.connect()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER, s VARCHAR)");
      try {
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
          insert.setInt(1, 1);
          insert.setString(2, evil);
          assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        try (PreparedStatement select =
            connection.prepareStatement("SELECT id FROM " + table + " WHERE s = ?")) {
          select.setString(1, evil);
          try (ResultSet rs = select.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
          }
          select.setString(1, "' OR '1'='1");
          try (ResultSet rs = select.executeQuery()) {
            assertThat(rs.next()).isFalse();
          }
        }
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "PREP-07", value = "microsecond timestamps as parameters match exactly")
  void microsecondTimestampParameter(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    Timestamp value = Timestamp.valueOf("2020-01-01 00:00:09.123456");
    try (Connection connection = target.connect()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (ts TIMESTAMP)");
      try {
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
          insert.setTimestamp(1, value);
          insert.executeUpdate();
        }
        try (PreparedStatement select =
            connection.prepareStatement("SELECT ts FROM " + table + " WHERE ts = ?")) {
          select.setTimestamp(1, value);
          try (ResultSet rs = select.executeQuery()) {
            assertThat(rs.next()).as("the row matched by its own timestamp").isTrue();
            assertThat(rs.getTimestamp(1)).isEqualTo(value);
          }
        }
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "PREP-08", value = "common parameter types round-trip through a table unchanged")
  void typesRoundTrip(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect()) {
      Scratch.ddl(
          connection,
          "CREATE TABLE "
              + table
              + " (b BOOLEAN, i INTEGER, l BIGINT, d DOUBLE, n DECIMAL(10,2), s VARCHAR,"
              + " dt DATE, t TIME, ts TIMESTAMP, nul INTEGER)");
      try {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          insert.setBoolean(1, true);
          insert.setInt(2, -7);
          insert.setLong(3, Long.MAX_VALUE);
          insert.setDouble(4, 2.5);
          insert.setBigDecimal(5, new BigDecimal("12.34"));
          insert.setString(6, "zwölf 字");
          insert.setDate(7, Date.valueOf("2024-02-29"));
          insert.setTime(8, Time.valueOf("12:34:56"));
          insert.setTimestamp(9, Timestamp.valueOf("2024-02-29 12:34:56.789"));
          insert.setNull(10, Types.INTEGER);
          assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        try (var statement = connection.createStatement();
            ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getBoolean(1)).isTrue();
          assertThat(rs.getInt(2)).isEqualTo(-7);
          assertThat(rs.getLong(3)).isEqualTo(Long.MAX_VALUE);
          assertThat(rs.getDouble(4)).isEqualTo(2.5);
          assertThat(rs.getBigDecimal(5)).isEqualByComparingTo("12.34");
          assertThat(rs.getString(6)).isEqualTo("zwölf 字");
          assertThat(rs.getDate(7)).isEqualTo(Date.valueOf("2024-02-29"));
          assertThat(rs.getTime(8).toString()).isEqualTo("12:34:56");
          assertThat(rs.getTimestamp(9)).isEqualTo(Timestamp.valueOf("2024-02-29 12:34:56.789"));
          rs.getInt(10);
          assertThat(rs.wasNull()).isTrue();
        }
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "PREP-09", value = "a prepared INSERT's executeUpdate returns the rows written")
  void preparedUpdateCount(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection connection = target.connect()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER)");
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO " + table + " VALUES (?), (?), (?)")) {
        insert.setInt(1, 1);
        insert.setInt(2, 2);
        insert.setInt(3, 3);
        assertThat(insert.executeUpdate()).isEqualTo(3);
      } finally {
        Scratch.dropQuietly(connection, table);
      }
    }
  }
}
