package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Statement.cancel and setQueryTimeout on a query DuckDB needs seconds for (a count over 10^10
 * generated rows, about 11 s on two cores): the statement must fail promptly with HY008 / HYT00 and
 * stay usable. The cancel comes a second after the query started, so that it finds it running (JDBC
 * drivers ignore a cancel that arrives before execution starts).
 */
@Capability(value = "Cancel and timeouts", order = 80)
class CancelChecks {

  private static final String LONG_QUERY = "SELECT count(*) FROM range(10000000000)";

  @Check(
      id = "CANCEL-01",
      value = "Statement.cancel from another thread stops a long query with HY008")
  void cancelFromAnotherThread(ConformanceTarget target) throws Exception {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      CompletableFuture<Long> cancelledAt =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  Thread.sleep(1_000);
                  long at = System.nanoTime();
                  statement.cancel();
                  return at;
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThatThrownBy(() -> statement.executeQuery(LONG_QUERY))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("HY008");
      assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt.join()))
          .as("time from cancel() to the failure")
          .isLessThan(Duration.ofSeconds(2));
      assertUsable(statement);
    }
  }

  @Check(
      id = "CANCEL-02",
      value = "setQueryTimeout stops a long query with SQLTimeoutException HYT00")
  void queryTimeout(ConformanceTarget target) throws Exception {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      long started = System.nanoTime();
      assertThatThrownBy(() -> statement.executeQuery(LONG_QUERY))
          .isInstanceOf(SQLTimeoutException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("HYT00");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
      statement.setQueryTimeout(0);
      assertUsable(statement);
    }
  }

  private static void assertUsable(Statement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }
}
