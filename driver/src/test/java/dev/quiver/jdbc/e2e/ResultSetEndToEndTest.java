package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cursor's guard and position methods (JDBC 4.3 chapter 15) against the fixture. */
class ResultSetEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private Connection connection;
  private Statement statement;

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
    statement = connection.createStatement();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void getterBeforeFirstRowIs24000() throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT 1")) {
      assertThatThrownBy(() -> result.getInt(1))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("24000");
    }
  }

  @Test
  void getterAfterLastRowIs24000() throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT 1")) {
      assertThat(result.next()).isTrue();
      assertThat(result.next()).isFalse();
      assertThat(result.next()).isFalse(); // stays after the end
      assertThatThrownBy(() -> result.getInt(1))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("24000");
    }
  }

  @Test
  void badColumnIndexIs07009AndUnknownLabelIs42S22() throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT 1 AS a, 2 AS b")) {
      assertThat(result.next()).isTrue();
      for (int index : new int[] {0, 3, -1}) {
        assertThatThrownBy(() -> result.getInt(index))
            .isInstanceOf(SQLException.class)
            .extracting(e -> ((SQLException) e).getSQLState())
            .isEqualTo("07009");
      }
      assertThatThrownBy(() -> result.getInt("c"))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("42S22");
    }
  }

  @Test
  void wasNullFollowsTheLastGetter() throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT NULL::INTEGER, 5, NULL::VARCHAR")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getInt(1)).isZero();
      assertThat(result.wasNull()).isTrue();
      assertThat(result.getInt(2)).isEqualTo(5);
      assertThat(result.wasNull()).isFalse();
      assertThat(result.getString(3)).isNull();
      assertThat(result.wasNull()).isTrue();
      assertThat(result.getObject(1)).isNull();
      assertThat(result.getObject(2, Integer.class)).isEqualTo(5);
      assertThat(result.getObject(2, Map.of())).isEqualTo(5);
      assertThatThrownBy(() -> result.getObject(2, Map.of("T", String.class)))
          .isInstanceOf(SQLFeatureNotSupportedException.class);
    }
  }

  @Test
  void positionMethods() throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT * FROM range(3)")) {
      assertThat(result.isBeforeFirst()).isTrue();
      assertThat(result.isFirst()).isFalse();
      assertThat(result.getRow()).isZero();
      assertThat(result.next()).isTrue();
      assertThat(result.isBeforeFirst()).isFalse();
      assertThat(result.isFirst()).isTrue();
      assertThat(result.getRow()).isEqualTo(1);
      assertThat(result.getLong(1)).isZero(); // the peeked batch is still read from the start
      assertThat(result.next()).isTrue();
      assertThat(result.isFirst()).isFalse();
      assertThat(result.next()).isTrue();
      assertThat(result.getRow()).isEqualTo(3);
      assertThat(result.isAfterLast()).isFalse();
      assertThat(result.next()).isFalse();
      assertThat(result.isAfterLast()).isTrue();
      assertThat(result.getRow()).isZero();
      assertThatThrownBy(result::isLast).isInstanceOf(SQLFeatureNotSupportedException.class);
    }
  }

  @Test
  void emptyResultIsNeitherBeforeFirstNorAfterLast() throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT * FROM range(0)")) {
      assertThat(result.isBeforeFirst()).isFalse(); // JDBC: false when there are no rows
      assertThat(result.next()).isFalse();
      assertThat(result.isAfterLast()).isFalse();
      assertThat(result.getMetaData().getColumnCount()).isEqualTo(1);
    }
  }

  @Test
  void forwardOnlyReadOnly() throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT 1 AS a")) {
      assertThat(result.getType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
      assertThat(result.getConcurrency()).isEqualTo(ResultSet.CONCUR_READ_ONLY);
      assertThat(result.getFetchDirection()).isEqualTo(ResultSet.FETCH_FORWARD);
      assertThatThrownBy(result::previous).isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThatThrownBy(result::first).isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThatThrownBy(() -> result.absolute(1))
          .isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThatThrownBy(() -> result.setFetchDirection(ResultSet.FETCH_REVERSE))
          .isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThat(result.next()).isTrue();
      assertThatThrownBy(() -> result.updateInt(1, 2))
          .isInstanceOf(SQLFeatureNotSupportedException.class)
          .hasMessageContaining("updateInt");
      assertThatThrownBy(() -> result.updateString("a", "x"))
          .isInstanceOf(SQLFeatureNotSupportedException.class)
          .hasMessageContaining("updateString");
      assertThatThrownBy(result::insertRow).isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThat(result.rowUpdated()).isFalse();
    }
  }

  @Test
  void metaDataSurvivesTheEndOfTheRows() throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT 1 AS first_col, 'x' AS second_col")) {
      while (result.next()) {
        assertThat(result.getInt(1)).isEqualTo(1);
      }
      assertThat(result.getMetaData().getColumnLabel(2)).isEqualTo("second_col");
      assertThat(result.findColumn("SECOND_COL")).isEqualTo(2);
    }
  }

  @Test
  void closedResultRefusesGettersWithHy010() throws SQLException {
    ResultSet result = statement.executeQuery("SELECT 1");
    assertThat(result.next()).isTrue();
    result.close();
    assertThat(result.isClosed()).isTrue();
    assertThatThrownBy(() -> result.getInt(1))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY010");
    assertThatThrownBy(result::getMetaData).isInstanceOf(SQLException.class);
  }
}
