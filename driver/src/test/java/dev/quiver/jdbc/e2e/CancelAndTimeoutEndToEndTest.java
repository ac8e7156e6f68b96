package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Statement.cancel, setQueryTimeout, setNetworkTimeout and isValid against the fixture over gRPC.
 * The long query is one DuckDB needs many seconds for (a count over 10^10 generated rows), and
 * DuckDB in-process stops it when its statement is cancelled, so a prompt answer to the next query
 * on the same session proves that the server's query was interrupted, not just abandoned.
 */
class CancelAndTimeoutEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private static final String LONG_QUERY = "SELECT count(*) FROM range(10000000000)";
  private static final long BIG_RESULT_ROWS = 3_000_000;
  private static ExecutorService threads;

  private Connection connection;

  @BeforeAll
  static void startThreads() {
    threads = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
    LeakChecks.assertDriverMemoryReleased();
    awaitServerIdle();
  }

  @Test
  void cancelFromAnotherThreadStopsALongQueryWithHy008() throws Exception {
    try (Statement statement = connection.createStatement()) {
      CompletableFuture<Long> cancelledAt = cancelLater(statement, 1_000);
      long started = System.nanoTime();
      assertThatThrownBy(() -> statement.executeQuery(LONG_QUERY))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("HY008");
      long failedAt = System.nanoTime();
      assertThat(Duration.ofNanos(failedAt - cancelledAt.get())).isLessThan(Duration.ofSeconds(2));
      assertThat(Duration.ofNanos(failedAt - started)).isLessThan(Duration.ofSeconds(6));

      // The same statement runs again at once: the server's query was interrupted (DuckDB would
      // otherwise hold this session's connection for the rest of the long count).
      assertAnswersPromptly(statement);
    }
  }

  @Test
  void cancelOfAPreparedStatementStopsItsQuery() throws Exception {
    try (PreparedStatement statement = connection.prepareStatement(LONG_QUERY)) {
      CompletableFuture<Long> cancelledAt = cancelLater(statement, 1_000);
      assertThatThrownBy(statement::executeQuery)
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("HY008");
      assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt.get()))
          .isLessThan(Duration.ofSeconds(2));
    }
    try (Statement statement = connection.createStatement()) {
      assertAnswersPromptly(statement);
    }
  }

  @Test
  void cancelWhileReadingStopsTheStreamAndTheStatementStaysUsable() throws Exception {
    try (Statement statement = connection.createStatement()) {
      ResultSet result =
          statement.executeQuery("SELECT i FROM range(" + BIG_RESULT_ROWS + ") t(i)");
      assertThat(result.next()).isTrue();
      statement.cancel();
      long rows = 1;
      SQLException failure = null;
      try {
        while (result.next()) {
          rows++;
        }
      } catch (SQLException e) {
        failure = e;
      }
      assertThat((Throwable) failure)
          .as("reading after cancel fails instead of ending early")
          .isNotNull();
      assertThat(failure.getSQLState()).isEqualTo("HY008");
      assertThat(rows).isLessThan(BIG_RESULT_ROWS);
      // Every later read fails the same way; closing frees the batches.
      assertThatThrownBy(result::next)
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isIn("HY008", "HY010");
      result.close();
      assertAnswersPromptly(statement);
    }
  }

  @Test
  void closingTheConnectionFromAnotherThreadStopsARunningQuery() throws Exception {
    Connection closing = DriverManager.getConnection(FIXTURE.jdbcUrl());
    Statement statement = closing.createStatement();
    CompletableFuture<Void> closer =
        CompletableFuture.runAsync(
            () -> {
              try {
                Thread.sleep(1_000);
                closing.close();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            threads);
    long started = System.nanoTime();
    assertThatThrownBy(() -> statement.executeQuery(LONG_QUERY)).isInstanceOf(SQLException.class);
    closer.get(5, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    assertThat(closing.isClosed()).isTrue();
    assertThat(statement.isClosed()).isTrue();
  }

  @Test
  void cancelWithNothingRunningDoesNothing() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.cancel();
      try (ResultSet result = statement.executeQuery("SELECT 1")) {
        assertThat(result.next()).isTrue();
        result.close();
      }
      statement.cancel(); // the finished execution is not affected
      assertAnswersPromptly(statement);
    }
  }

  @Test
  void queryTimeoutStopsALongQueryWithHyt00() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      assertThat(statement.getQueryTimeout()).isEqualTo(1);
      long started = System.nanoTime();
      assertThatThrownBy(() -> statement.executeQuery(LONG_QUERY))
          .isInstanceOf(SQLTimeoutException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("HYT00");
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900));
      assertThat(took).isLessThan(Duration.ofSeconds(4));
      statement.setQueryTimeout(0);
      assertAnswersPromptly(statement);
    }
  }

  @Test
  void queryTimeoutStopsALongUpdateWithHyt00() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE slow_update (n BIGINT)");
      statement.setQueryTimeout(1);
      assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO slow_update " + LONG_QUERY))
          .isInstanceOf(SQLTimeoutException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("HYT00");
      statement.setQueryTimeout(0);
      try (ResultSet result = statement.executeQuery("SELECT count(*) FROM slow_update")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).as("the interrupted insert left nothing").isZero();
      }
    }
  }

  @Test
  void aLongReadThatEndsWithinTheQueryTimeoutIsNotCut() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(20);
      long rows = 0;
      long sum = 0;
      try (ResultSet result =
          statement.executeQuery("SELECT i FROM range(" + BIG_RESULT_ROWS + ") t(i)")) {
        while (result.next()) {
          sum += result.getLong(1);
          if (++rows % 500_000 == 0) {
            Thread.sleep(300); // a slow application: the read spans seconds
          }
        }
      }
      assertThat(rows).isEqualTo(BIG_RESULT_ROWS);
      assertThat(sum).isEqualTo(BIG_RESULT_ROWS * (BIG_RESULT_ROWS - 1) / 2);
    }
  }

  @Test
  void aCompleteResultOutlivesTheQueryTimeout() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      try (ResultSet result = statement.executeQuery("SELECT i FROM range(3) t(i)")) {
        assertThat(result.next()).isTrue();
        assertThat(result.next()).isTrue();
        assertThat(result.next()).isTrue();
        assertThat(result.next()).isFalse(); // complete: the timer is disarmed
        Thread.sleep(1_500);
        assertThat(result.next()).isFalse();
      }
      // And a fresh execution gets a fresh timeout.
      try (ResultSet result = statement.executeQuery("SELECT 7")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getInt(1)).isEqualTo(7);
      }
    }
  }

  @Test
  void invalidTimeoutsAreRefused() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.setQueryTimeout(-1)).isInstanceOf(SQLException.class);
    }
    assertThatThrownBy(() -> connection.setNetworkTimeout(Runnable::run, -1))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> connection.setNetworkTimeout(null, 1000))
        .isInstanceOf(SQLException.class);
    connection.setNetworkTimeout(Runnable::run, 1234);
    assertThat(connection.getNetworkTimeout()).isEqualTo(1234);
  }

  @Test
  void networkTimeoutStopsACallToAStalledServerAndTheConnectionRecovers() throws Exception {
    try (StallingProxy proxy = new StallingProxy(FIXTURE.server().port());
        Connection proxied = DriverManager.getConnection(proxy.jdbcUrl());
        Statement statement = proxied.createStatement()) {
      proxied.setNetworkTimeout(Runnable::run, 500);
      assertAnswersPromptly(statement);
      proxy.stall();
      long started = System.nanoTime();
      assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
          .isInstanceOf(SQLTimeoutException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("HYT00");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
      proxy.resume();
      assertAnswersPromptly(statement);
    }
  }

  @Test
  void networkTimeoutDoesNotCutAStreamThatKeepsDelivering() throws Exception {
    connection.setNetworkTimeout(Runnable::run, 1_000);
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT i FROM range(" + BIG_RESULT_ROWS + ") t(i)")) {
      long rows = 0;
      while (result.next()) {
        if (++rows % 1_000_000 == 0) {
          Thread.sleep(400); // the whole read takes longer than the network timeout
        }
      }
      assertThat(rows).isEqualTo(BIG_RESULT_ROWS);
    }
  }

  @Test
  void isValidAnswersFalseWithinItsTimeoutWhenTheServerStalls() throws Exception {
    try (StallingProxy proxy = new StallingProxy(FIXTURE.server().port());
        Connection proxied = DriverManager.getConnection(proxy.jdbcUrl())) {
      assertThat(proxied.isValid(2)).isTrue();
      proxy.stall();
      long started = System.nanoTime();
      assertThat(proxied.isValid(1)).isFalse();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900));
      assertThat(took).isLessThan(Duration.ofMillis(2_500));
      proxy.resume();
      assertThat(proxied.isValid(2)).isTrue();
    }
  }

  @Test
  void theTimerThreadEndsWithItsConnection() throws Exception {
    try (Connection timed = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = timed.createStatement()) {
      statement.setQueryTimeout(30);
      assertAnswersPromptly(statement);
      assertThat(timerThreads()).isNotEmpty();
    }
    assertThat(timerThreads()).as("timer threads after close").isEmpty();
  }

  private static CompletableFuture<Long> cancelLater(Statement statement, long delayMillis) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            Thread.sleep(delayMillis);
            long at = System.nanoTime();
            statement.cancel();
            return at;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        threads);
  }

  private static void assertAnswersPromptly(Statement statement) throws SQLException {
    long started = System.nanoTime();
    try (ResultSet result = statement.executeQuery("SELECT 42")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getInt(1)).isEqualTo(42);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  private static List<String> timerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("quiver-timer-"))
        .collect(Collectors.toList());
  }

  /** Server-side results of cancelled executions are freed (CancelFlightInfo or expiry). */
  private static void awaitServerIdle() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline
        && (FIXTURE.server().allocatedBytes() != 0 || FIXTURE.server().pendingResultCount() != 0)) {
      Thread.sleep(20);
    }
    assertThat(FIXTURE.server().pendingResultCount()).as("results left on the server").isZero();
    assertThat(FIXTURE.server().allocatedBytes()).as("server bytes").isZero();
  }
}
