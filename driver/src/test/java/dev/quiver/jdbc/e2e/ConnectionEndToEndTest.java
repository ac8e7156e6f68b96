package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.internal.client.DriverAllocator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Connection life cycle, memory and the JDBC surface of this slice, against the fixture. */
class ConnectionEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void closingTheConnectionMidResultFreesEverything() throws SQLException {
    Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
    Statement statement = connection.createStatement();
    ResultSet result = statement.executeQuery("SELECT i, 'v' || i FROM range(1000000) r(i)");
    for (int i = 0; i < 10; i++) {
      assertThat(result.next()).isTrue();
    }
    assertThat(DriverAllocator.allocatedMemory()).isPositive();

    connection.close();

    assertThat(result.isClosed()).isTrue();
    assertThat(statement.isClosed()).isTrue();
    assertThat(connection.isClosed()).isTrue();
    assertThat(DriverAllocator.allocatedMemory()).isZero();
    assertThatThrownBy(result::next)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY010");
    assertThatThrownBy(connection::createStatement)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("08003");
    connection.close(); // idempotent
  }

  @Test
  void closingAResultHalfWayFreesItsMemory() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement()) {
      ResultSet result = statement.executeQuery("SELECT * FROM range(1000000)");
      assertThat(result.next()).isTrue();
      result.close();
      result.close(); // idempotent
      assertThat(DriverAllocator.allocatedMemory()).isZero();
      // The connection still works afterwards.
      try (ResultSet again = statement.executeQuery("SELECT 7")) {
        assertThat(again.next()).isTrue();
        assertThat(again.getInt(1)).isEqualTo(7);
      }
    }
  }

  @Test
  void isValidMakesARealCall() throws SQLException {
    Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
    assertThat(connection.isValid(5)).isTrue();
    assertThat(connection.isValid(0)).isTrue();
    assertThatThrownBy(() -> connection.isValid(-1)).isInstanceOf(SQLException.class);
    connection.close();
    assertThat(connection.isValid(5)).isFalse();
  }

  @Test
  void officialSchemeConnects() throws SQLException {
    String url = FIXTURE.jdbcUrl().replace("jdbc:flightsql://", "jdbc:arrow-flight-sql://");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT 'official'")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("official");
    }
  }

  @Test
  void tlsAgainstAPlaintextServerFailsInConnect() {
    String url = FIXTURE.jdbcUrl().replace("useEncryption=false", "useEncryption=true");
    assertThatThrownBy(() -> DriverManager.getConnection(url))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("08001");
  }

  @Test
  void autoCommitByDefaultAndCommitOnlyWithoutIt() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl())) {
      assertThat(connection.getAutoCommit()).isTrue();
      connection.setAutoCommit(true);
      assertThatThrownBy(connection::commit)
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("25000");
      assertThatThrownBy(connection::rollback)
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("25000");
      // Transactions themselves are covered by TransactionEndToEndTest.
      assertThat(connection.getTransactionIsolation())
          .isEqualTo(connection.getMetaData().getDefaultTransactionIsolation());
    }
  }

  @Test
  void laterFeaturesFailNamingTheMethod() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl())) {
      assertThatThrownBy(
              () ->
                  connection.prepareStatement(
                      "SELECT 1", ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY))
          .isInstanceOf(SQLFeatureNotSupportedException.class)
          .hasMessageContaining("prepareStatement");
      assertThatThrownBy(() -> connection.prepareCall("CALL x()"))
          .isInstanceOf(SQLFeatureNotSupportedException.class)
          .hasMessageContaining("prepareCall");
      assertThatThrownBy(
              () ->
                  connection.createStatement(
                      ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY))
          .isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThatThrownBy(
              () ->
                  connection.createStatement(
                      ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE))
          .isInstanceOf(SQLFeatureNotSupportedException.class);
    }
  }

  @Test
  void holdabilityClientInfoWarningsAndUnwrap() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl())) {
      assertThat(connection.getHoldability()).isEqualTo(ResultSet.HOLD_CURSORS_OVER_COMMIT);
      connection.setHoldability(ResultSet.CLOSE_CURSORS_AT_COMMIT);
      try (Statement statement = connection.createStatement()) {
        assertThat(statement.getResultSetHoldability())
            .isEqualTo(ResultSet.CLOSE_CURSORS_AT_COMMIT);
      }
      assertThatThrownBy(() -> connection.setHoldability(42)).isInstanceOf(SQLException.class);

      connection.setClientInfo("ApplicationName", "quiver-tests");
      assertThat(connection.getClientInfo("ApplicationName")).isEqualTo("quiver-tests");
      Properties replaced = new Properties();
      replaced.setProperty("ClientUser", "me");
      connection.setClientInfo(replaced);
      assertThat(connection.getClientInfo()).containsOnlyKeys("ClientUser");

      assertThat((Object) connection.getWarnings()).isNull();
      connection.clearWarnings();

      assertThat(connection.isWrapperFor(Connection.class)).isTrue();
      assertThat(connection.unwrap(Connection.class)).isSameAs(connection);
      assertThat(connection.isWrapperFor(String.class)).isFalse();
      assertThatThrownBy(() -> connection.unwrap(String.class)).isInstanceOf(SQLException.class);
      assertThat(connection.nativeSQL("SELECT 1")).isEqualTo("SELECT 1");
    }
  }

  @Test
  void abortReleasesEverythingOnTheExecutor() throws Exception {
    Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
    ResultSet result = connection.createStatement().executeQuery("SELECT * FROM range(100000)");
    assertThat(result.next()).isTrue();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      connection.abort(executor);
      assertThat(connection.isClosed()).isTrue();
    } finally {
      executor.shutdown();
      assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(result.isClosed()).isTrue();
  }

  @Test
  void eachConnectionKeepsItsServerSessionThroughCookies() throws SQLException {
    try (Connection first = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Connection second = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement firstStatement = first.createStatement();
        Statement secondStatement = second.createStatement()) {
      firstStatement.executeUpdate("CREATE TEMP TABLE mine AS SELECT 41 + 1 AS answer");
      try (ResultSet result = firstStatement.executeQuery("SELECT answer FROM mine")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getInt(1)).isEqualTo(42);
      }
      // Temporary tables belong to the other connection's session.
      assertThatThrownBy(() -> secondStatement.executeQuery("SELECT answer FROM mine"))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("42000");
    }
  }

  @Test
  void closeEndsTheServerSession() throws SQLException {
    int before = FIXTURE.server().sessionCount();
    Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
    assertThat(FIXTURE.server().sessionCount()).isEqualTo(before + 1);
    connection.close();
    assertThat(FIXTURE.server().sessionCount()).isEqualTo(before);
  }

  @Test
  void manyConnectionsOpenAndCloseCleanly() throws SQLException {
    for (int i = 0; i < 5; i++) {
      try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
          Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT " + i)) {
        assertThat(result.next()).isTrue();
        assertThat(result.getInt(1)).isEqualTo(i);
      }
    }
  }
}
