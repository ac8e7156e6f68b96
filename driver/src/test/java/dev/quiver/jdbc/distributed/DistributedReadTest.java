package dev.quiver.jdbc.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FaultInjection;
import dev.quiver.fixture.FixtureServer;
import dev.quiver.jdbc.internal.client.DriverAllocator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Results spread over several endpoints and hosts, read through JDBC: the fixture's multi-endpoint
 * and multi-node modes, ordered and unordered endpoints, failover past a dead location, the
 * reuse-connection URI, expiration and RenewFlightEndpoint. Expected rows come from the SQL itself
 * ({@code range(n)} is 0..n-1), checked in DuckDB's order only where the endpoints are ordered.
 */
class DistributedReadTest {

  private static final String ROWS = "SELECT i, 'row-' || i AS s FROM range(%d) t(i) ORDER BY i";

  @AfterEach
  void noLeaks() {
    assertThat(DriverAllocator.allocatedMemory()).as("bytes held by the driver").isZero();
  }

  @ParameterizedTest(name = "threadPoolSize={0}")
  @ValueSource(ints = {1, 2, 4, 8})
  void orderedEndpointsComeBackInOrderWhateverTheParallelism(int threads) throws SQLException {
    try (FixtureServer server =
            FixtureServer.builder().endpoints(7, true).endpointBatchRows(333).build().start();
        Connection connection =
            DriverManager.getConnection(server.jdbcUrl() + "&threadPoolSize=" + threads)) {
      List<Long> values = readLongs(connection, String.format(ROWS, 10_000));
      assertThat(values).hasSize(10_000);
      for (int i = 0; i < values.size(); i++) {
        assertThat(values.get(i)).isEqualTo(i);
      }
    }
  }

  @Test
  void orderedEndpointsStayInOrderWhenTheFirstIsTheSlowest() throws SQLException {
    FaultInjection faults = new FaultInjection();
    try (FixtureServer server =
            FixtureServer.builder()
                .endpoints(4, true)
                .endpointBatchRows(100)
                .faults(faults)
                .build()
                .start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
      faults.delayEachBatch(Duration.ofMillis(5));
      List<Long> values = readLongs(connection, String.format(ROWS, 2_000));
      for (int i = 0; i < values.size(); i++) {
        assertThat(values.get(i)).isEqualTo(i);
      }
      assertThat(values).hasSize(2_000);
    }
  }

  @Test
  void unorderedEndpointsDeliverEveryRowExactlyOnce() throws SQLException {
    try (FixtureServer server =
            FixtureServer.builder().endpoints(9, false).endpointBatchRows(250).build().start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
      List<Long> values = readLongs(connection, String.format(ROWS, 20_000));
      assertThat(values).hasSize(20_000).doesNotHaveDuplicates();
      assertThat(values).allMatch(v -> v >= 0 && v < 20_000);
    }
  }

  @Test
  void moreEndpointsThanRowsGivesEmptyEndpointsAndTheRightRows() throws SQLException {
    try (FixtureServer server = FixtureServer.builder().endpoints(8, false).build().start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
      assertThat(readLongs(connection, String.format(ROWS, 3)))
          .containsExactlyInAnyOrder(0L, 1L, 2L);
      assertThat(readLongs(connection, String.format(ROWS, 0))).isEmpty();
    }
  }

  @Test
  void endpointsOnSeveralNodesWithReuseEmptyAndDeadLocationsAreAllRead() throws SQLException {
    try (FixtureServer server =
            FixtureServer.builder()
                .dataNodes(2)
                .endpoints(12, false)
                .endpointBatchRows(500)
                .build()
                .start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
      assertThat(server.dataNodeLocations()).hasSize(2);
      List<Long> values = readLongs(connection, String.format(ROWS, 30_000));
      assertThat(values).hasSize(30_000).doesNotHaveDuplicates();
      assertThat(values).allMatch(v -> v >= 0 && v < 30_000);
    }
  }

  @Test
  void theSessionSurvivesReadingFromOtherHosts() throws SQLException {
    // Every host gets the connection's session cookie, so session state (a temp table) is intact
    // after endpoints were read from data nodes.
    try (FixtureServer server =
            FixtureServer.builder()
                .dataNodes(2)
                .endpoints(8, true)
                .endpointBatchRows(100)
                .build()
                .start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE mine AS SELECT * FROM range(1000) t(i)");
      for (int round = 0; round < 3; round++) {
        List<Long> values = readLongs(connection, "SELECT i FROM mine ORDER BY i");
        assertThat(values).hasSize(1000);
        assertThat(values.get(999)).isEqualTo(999L);
      }
      assertThat(server.sessionCount()).isEqualTo(1);
    }
  }

  @Test
  void readAheadIsBoundedPerEndpointNotTheWholeResult() throws Exception {
    // 16 endpoints of 40 batches of 1,000 BIGINTs (about 8 KB each, 5 MB in all). Stop after the
    // first batch and let the fetch threads run: they must stop after a few batches per endpoint.
    try (FixtureServer server =
            FixtureServer.builder().endpoints(16, false).endpointBatchRows(1000).build().start();
        Connection connection =
            DriverManager.getConnection(server.jdbcUrl() + "&threadPoolSize=4");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT i FROM range(640000) t(i)")) {
      assertThat(result.next()).isTrue();
      Thread.sleep(1_000);
      long held = DriverAllocator.allocatedMemory();
      assertThat(held).as("bytes buffered ahead").isLessThan(1_500_000L);
      long rows = 1;
      while (result.next()) {
        rows++;
      }
      assertThat(rows).isEqualTo(640_000);
    }
  }

  @Test
  void expiringEndpointsAreRenewedBeforeTheyAreRead() throws Exception {
    try (FixtureServer server =
            FixtureServer.builder()
                .endpoints(4, true)
                .endpointBatchRows(200)
                .endpointExpiration(Duration.ofSeconds(2))
                .build()
                .start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
      // Wait past most of the lifetime: the endpoints would be gone soon after without renewal.
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery(String.format(ROWS, 1_000))) {
        Thread.sleep(1_200);
        long expected = 0;
        while (result.next()) {
          assertThat(result.getLong(1)).isEqualTo(expected++);
        }
        assertThat(expected).isEqualTo(1_000);
      }
      assertThat(server.endpointRenewals()).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void anEndpointThatExpiredIsAClearError() throws Exception {
    try (FixtureServer server =
            FixtureServer.builder()
                .endpoints(3, true)
                .endpointExpiration(Duration.ofMillis(300))
                .build()
                .start();
        Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(String.format(ROWS, 100))) {
      Thread.sleep(1_000);
      assertThatThrownBy(() -> result.next())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("expired")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("HY000");
    }
  }

  private static List<Long> readLongs(Connection connection, String sql) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getLong(1));
      }
    }
    return values;
  }
}
