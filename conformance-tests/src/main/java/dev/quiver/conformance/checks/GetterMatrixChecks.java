package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import dev.quiver.conformance.NotApplicable;
import dev.quiver.conformance.checks.GetterMatrix.Column;
import dev.quiver.conformance.checks.GetterMatrix.Getter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every getter on every common column type: converted as table B-6 says, or refused with 07006. One
 * check per column type; its message lists every cell that was wrong.
 */
@Capability(value = "Getter conversions (JDBC table B-6)", order = 30)
class GetterMatrixChecks {

  @Check(id = "GET-01", value = "getters on TINYINT convert or refuse with 07006 per table B-6")
  void tinyint(ConformanceTarget target) throws SQLException {
    verify(target, "TINYINT");
  }

  @Check(id = "GET-02", value = "getters on SMALLINT convert or refuse with 07006 per table B-6")
  void smallint(ConformanceTarget target) throws SQLException {
    verify(target, "SMALLINT");
  }

  @Check(id = "GET-03", value = "getters on INTEGER convert or refuse with 07006 per table B-6")
  void integer(ConformanceTarget target) throws SQLException {
    verify(target, "INTEGER");
  }

  @Check(id = "GET-04", value = "getters on BIGINT convert or refuse with 07006 per table B-6")
  void bigint(ConformanceTarget target) throws SQLException {
    verify(target, "BIGINT");
  }

  @Check(id = "GET-05", value = "getters on REAL convert or refuse with 07006 per table B-6")
  void real(ConformanceTarget target) throws SQLException {
    verify(target, "REAL");
  }

  @Check(id = "GET-06", value = "getters on DOUBLE convert or refuse with 07006 per table B-6")
  void doublePrecision(ConformanceTarget target) throws SQLException {
    verify(target, "DOUBLE");
  }

  @Check(id = "GET-07", value = "getters on DECIMAL convert or refuse with 07006 per table B-6")
  void decimal(ConformanceTarget target) throws SQLException {
    verify(target, "DECIMAL");
  }

  @Check(id = "GET-08", value = "getters on BOOLEAN convert or refuse with 07006 per table B-6")
  void bool(ConformanceTarget target) throws SQLException {
    verify(target, "BOOLEAN");
  }

  @Check(id = "GET-09", value = "getters on VARCHAR convert or refuse with 07006 per table B-6")
  void varchar(ConformanceTarget target) throws SQLException {
    verify(target, "VARCHAR");
  }

  @Check(id = "GET-10", value = "getters on VARBINARY convert or refuse with 07006 per table B-6")
  void varbinary(ConformanceTarget target) throws SQLException {
    verify(target, "VARBINARY");
  }

  @Check(id = "GET-11", value = "getters on DATE convert or refuse with 07006 per table B-6")
  void date(ConformanceTarget target) throws SQLException {
    verify(target, "DATE");
  }

  @Check(id = "GET-12", value = "getters on TIME convert or refuse with 07006 per table B-6")
  void time(ConformanceTarget target) throws SQLException {
    verify(target, "TIME");
  }

  @Check(id = "GET-13", value = "getters on TIMESTAMP convert or refuse with 07006 per table B-6")
  void timestamp(ConformanceTarget target) throws SQLException {
    verify(target, "TIMESTAMP");
  }

  @Check(id = "GET-14", value = "a non-numeric string read with getInt throws SQLState 22018")
  void unparsableString(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT CAST('abc' AS VARCHAR)")) {
      assertThat(rs.next()).isTrue();
      SQLException thrown = null;
      try {
        rs.getInt(1);
      } catch (SQLException e) {
        thrown = e;
      }
      assertThat((Throwable) thrown).as("getInt(abc) throws").isNotNull();
      assertThat(thrown.getSQLState()).isEqualTo("22018");
    }
  }

  @Check(id = "GET-15", value = "narrowing out of range (getByte of 300) throws SQLState 22003")
  void narrowingOutOfRange(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT CAST(300 AS INTEGER)")) {
      assertThat(rs.next()).isTrue();
      SQLException thrown = null;
      try {
        rs.getByte(1);
      } catch (SQLException e) {
        thrown = e;
      }
      assertThat((Throwable) thrown).as("getByte(300) throws").isNotNull();
      assertThat(thrown.getSQLState()).isEqualTo("22003");
    }
  }

  private static void verify(ConformanceTarget target, String columnName) throws SQLException {
    Column column = GetterMatrix.column(columnName);
    List<String> wrongCells = new ArrayList<>();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      for (Getter getter : Getter.values()) {
        String probe = column.probes().get(getter);
        try (ResultSet rs = probe(statement, "SELECT " + probe + " AS v")) {
          assertThat(rs.next()).as("probe row for %s", probe).isTrue();
          String cell = getter.javaName() + " on " + columnName;
          if (column.allowed().contains(getter)) {
            try {
              String mismatch = GetterMatrix.mismatch(column, getter, getter.read(rs, 1));
              if (mismatch != null) {
                wrongCells.add(cell + ": " + mismatch);
              }
            } catch (SQLException e) {
              wrongCells.add(cell + ": must convert, threw " + e.getSQLState() + " " + e);
            }
          } else {
            try {
              Object value = getter.read(rs, 1);
              wrongCells.add(cell + ": must be refused with 07006, returned " + value);
            } catch (SQLException e) {
              if (!"07006".equals(e.getSQLState())) {
                wrongCells.add(cell + ": refused with SQLState " + e.getSQLState() + ", not 07006");
              }
            }
          }
        }
      }
    }
    assertThat(wrongCells).as("cells that break table B-6").isEmpty();
  }

  private static ResultSet probe(Statement statement, String sql) throws SQLException {
    try {
      return statement.executeQuery(sql);
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
        throw new NotApplicable("the server does not understand the probe " + sql + ": " + e);
      }
      throw e;
    }
  }
}
