package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServer;
import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Credentials from URL and properties against a fixture that authenticates every call. */
class AuthEndToEndTest {

  private static final String PASSWORD = "wonder-land-pw";

  @RegisterExtension
  static final FixtureServerExtension FIXTURE =
      new FixtureServerExtension(
          () ->
              FixtureServer.builder()
                  .user("alice", PASSWORD)
                  .token("fixed-token-value")
                  .tokenLifetime(Duration.ofSeconds(3)));

  @BeforeAll
  static void data() {
    FIXTURE
        .server()
        .executeAdmin(
            "CREATE SCHEMA IF NOT EXISTS s1; CREATE SCHEMA IF NOT EXISTS s2;"
                + " CREATE TABLE s1.t AS SELECT 'one' AS v; CREATE TABLE s2.t AS SELECT 'two' AS v");
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  private static Properties credentials(String user, String password) {
    Properties info = new Properties();
    info.setProperty("user", user);
    info.setProperty("password", password);
    return info;
  }

  private static Connection alice() throws SQLException {
    return DriverManager.getConnection(FIXTURE.jdbcUrl(), credentials("alice", PASSWORD));
  }

  private static Object single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      assertThat(result.next()).isTrue();
      return result.getObject(1);
    }
  }

  @Test
  void userAndPasswordFromPropertiesOrUrlConnect() throws SQLException {
    try (Connection connection = alice()) {
      assertThat(single(connection, "SELECT 40 + 2")).isEqualTo(42);
      try (Statement statement = connection.createStatement()) {
        // DoPut carries the credentials too.
        assertThat(statement.executeUpdate("CREATE TEMP TABLE mine AS SELECT 1 AS x")).isZero();
      }
      assertThat(single(connection, "SELECT count(*) FROM mine")).isEqualTo(1L);
      assertThat(connection.isValid(5)).isTrue();
    }
    try (Connection connection =
        DriverManager.getConnection(
            FIXTURE.jdbcUrl() + "&user=alice&password=" + PASSWORD, new Properties())) {
      assertThat(single(connection, "SELECT 1")).isEqualTo(1);
    }
  }

  @Test
  void noCredentialsFailInConnectWith28000() {
    assertThatThrownBy(() -> DriverManager.getConnection(FIXTURE.jdbcUrl()))
        .isInstanceOfSatisfying(
            SQLInvalidAuthorizationSpecException.class,
            e -> {
              assertThat(e.getSQLState()).isEqualTo("28000");
              assertThat(e.getMessage()).contains("credentials");
            });
  }

  @Test
  void wrongPasswordFailsInConnectWith28000AndNeverShowsThePassword() {
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                    FIXTURE.jdbcUrl(), credentials("alice", "not-the-password-xyz")))
        .isInstanceOfSatisfying(
            SQLInvalidAuthorizationSpecException.class,
            e -> {
              assertThat(e.getSQLState()).isEqualTo("28000");
              assertThat(stackText(e)).doesNotContain("not-the-password-xyz");
            });
  }

  @Test
  void fixedTokenConnectsAndAWrongOrExpiredOneIsRefused() throws SQLException {
    try (Connection connection =
        DriverManager.getConnection(FIXTURE.jdbcUrl() + "&token=fixed-token-value")) {
      assertThat(single(connection, "SELECT 2")).isEqualTo(2);
      assertThat(connection.toString()).doesNotContain("fixed-token-value");
    }
    String expired =
        FIXTURE
            .server()
            .issueToken(
                "alice", null, Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(1));
    for (String token : new String[] {"wrong-token", expired}) {
      Properties info = new Properties();
      info.setProperty("token", token);
      assertThatThrownBy(() -> DriverManager.getConnection(FIXTURE.jdbcUrl(), info))
          .isInstanceOfSatisfying(
              SQLInvalidAuthorizationSpecException.class,
              e -> {
                assertThat(e.getSQLState()).isEqualTo("28000");
                assertThat(stackText(e)).doesNotContain(token);
              });
    }
  }

  @Test
  void anExpiredTokenMakesEveryKindOfCallFailWith28000() throws Exception {
    // A token bound to no session is never renewed, so it simply runs out.
    String shortLived =
        FIXTURE.server().issueToken("alice", null, Instant.now(), Duration.ofMillis(1500));
    Properties info = new Properties();
    info.setProperty("token", shortLived);
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl(), info);
        Statement statement = connection.createStatement()) {
      assertThat(single(connection, "SELECT 1")).isEqualTo(1);
      Thread.sleep(2_700); // past expiry plus the server's 1 s clock-skew allowance
      for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call :
          new org.assertj.core.api.ThrowableAssert.ThrowingCallable[] {
            () -> statement.executeQuery("SELECT 1"), // GetFlightInfo
            () -> statement.executeUpdate("CREATE TEMP TABLE x AS SELECT 1"), // DoPut
            () -> connection.setSchema("main"), // DoAction
            connection::getSchema // DoAction
          }) {
        assertThatThrownBy(call)
            .isInstanceOfSatisfying(
                SQLInvalidAuthorizationSpecException.class,
                e -> {
                  assertThat(e.getSQLState()).isEqualTo("28000");
                  assertThat(e.getMessage()).contains("expired").doesNotContain(shortLived);
                });
      }
      assertThat(connection.isValid(5)).isFalse(); // Handshake
    }
  }

  @Test
  void refreshedTokenReplacesTheOldOneSoTheConnectionOutlivesIt() throws Exception {
    // Tokens live 3 s; past half-life every answer carries a fresh one. Without taking it, the
    // connection's token would be dead after 3 s and calls would fail.
    try (Connection connection = alice()) {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("CREATE TEMP TABLE kept AS SELECT 5 AS x");
      }
      long end = System.nanoTime() + Duration.ofMillis(4_500).toNanos();
      int calls = 0;
      while (System.nanoTime() < end) {
        assertThat(single(connection, "SELECT x FROM kept")).isEqualTo(5);
        calls++;
        Thread.sleep(400);
      }
      assertThat(calls).isGreaterThan(8);
    }
  }

  @Test
  void twoConnectionsKeepTheirOwnSessionState() throws SQLException {
    try (Connection first = alice();
        Connection second = alice()) {
      first.setSchema("s1");
      try (Statement statement = second.createStatement()) {
        statement.execute("USE memory.s2");
        statement.execute("CREATE TEMP TABLE only_second AS SELECT 1 AS x");
      }
      assertThat(single(first, "SELECT v FROM t")).isEqualTo("one");
      assertThat(single(second, "SELECT v FROM t")).isEqualTo("two");
      assertThat(first.getSchema()).isEqualTo("s1");
      assertThat(second.getSchema()).isEqualTo("s2");
      assertThat(first.getCatalog()).isEqualTo("memory");
      assertThat(single(second, "SELECT x FROM only_second")).isEqualTo(1);
      assertThatThrownBy(() -> single(first, "SELECT x FROM only_second"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("only_second");
    }
  }

  @Test
  void catalogAndSchemaPropertiesApplyAtConnect() throws SQLException {
    Properties info = credentials("alice", PASSWORD);
    info.setProperty("catalog", "memory");
    info.setProperty("schema", "s2");
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl(), info)) {
      assertThat(connection.getCatalog()).isEqualTo("memory");
      assertThat(connection.getSchema()).isEqualTo("s2");
      assertThat(single(connection, "SELECT v FROM t")).isEqualTo("two");
      connection.setCatalog("memory");
      assertThat(connection.getSchema()).isEqualTo("main");
    }
  }

  @Test
  void unknownSchemaOrCatalogIsRefused() throws SQLException {
    try (Connection connection = alice()) {
      assertThatThrownBy(() -> connection.setSchema("no_such_schema"))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"));
      assertThatThrownBy(() -> connection.setCatalog("no_such_catalog"))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"));
      assertThat(connection.getSchema()).isEqualTo("main");
    }
    Properties info = credentials("alice", PASSWORD);
    info.setProperty("schema", "no_such_schema");
    assertThatThrownBy(() -> DriverManager.getConnection(FIXTURE.jdbcUrl(), info))
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"));
  }

  @Test
  void closeEndsTheServerSession() throws Exception {
    Connection connection = alice();
    single(connection, "SELECT 1");
    int before = FIXTURE.server().sessionCount();
    connection.close();
    assertThat(FIXTURE.server().sessionCount()).isLessThan(before);
  }

  private static String stackText(Throwable failure) {
    java.io.StringWriter text = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }
}
