package dev.quiver.jdbc.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FaultInjection;
import dev.quiver.fixture.FixtureServer;
import dev.quiver.jdbc.internal.client.DriverAllocator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server that stops sending in the middle of a result: the query timeout and the network timeout
 * end the read with HYT00 in about the configured time, for one endpoint and for endpoints fetched
 * in parallel (their DoGets run in the statement's cancellable context), and nothing is left held.
 */
class StalledServerTimeoutTest {

  @AfterEach
  void noLeaks() {
    assertThat(DriverAllocator.allocatedMemory()).as("bytes held by the driver").isZero();
  }

  @ParameterizedTest(name = "endpoints={0}")
  @ValueSource(ints = {1, 4})
  void aStalledServerHitsTheQueryTimeout(int endpoints) throws Exception {
    FaultInjection faults = new FaultInjection();
    try (FixtureServer server =
            FixtureServer.builder()
                .faults(faults)
                .endpoints(endpoints, false)
                .endpointBatchRows(1000)
                .build()
                .start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      faults.runAfterBatches(1, () -> faults.delayEachBatch(Duration.ofHours(1)));
      long started = System.nanoTime();
      assertThatThrownBy(
              () -> {
                try (ResultSet result = statement.executeQuery("SELECT * FROM range(100000)")) {
                  while (result.next()) {
                    result.getLong(1);
                  }
                }
              })
          .isInstanceOf(SQLTimeoutException.class)
          .extracting(e -> ((SQLTimeoutException) e).getSQLState())
          .isEqualTo("HYT00");
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      assertThat(millis).isBetween(900L, 5_000L);
      faults.clear();
    }
  }

  @ParameterizedTest(name = "endpoints={0}")
  @ValueSource(ints = {1, 4})
  void aStalledServerHitsTheNetworkTimeout(int endpoints) throws Exception {
    FaultInjection faults = new FaultInjection();
    var executor = Executors.newSingleThreadExecutor();
    try (FixtureServer server =
            FixtureServer.builder()
                .faults(faults)
                .endpoints(endpoints, false)
                .endpointBatchRows(1000)
                .build()
                .start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement()) {
      connection.setNetworkTimeout(executor, 700);
      faults.runAfterBatches(1, () -> faults.delayEachBatch(Duration.ofHours(1)));
      long started = System.nanoTime();
      assertThatThrownBy(
              () -> {
                try (ResultSet result = statement.executeQuery("SELECT * FROM range(100000)")) {
                  while (result.next()) {
                    result.getLong(1);
                  }
                }
              })
          .isInstanceOf(SQLTimeoutException.class)
          .extracting(e -> ((SQLTimeoutException) e).getSQLState())
          .isEqualTo("HYT00");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000L);
      faults.clear();
    } finally {
      executor.shutdownNow();
    }
  }
}
