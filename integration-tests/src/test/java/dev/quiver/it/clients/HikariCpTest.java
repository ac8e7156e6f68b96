package dev.quiver.it.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.QuiverDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HikariCP pools Quiver connections: by URL and driver class, and through QuiverDataSource. */
class HikariCpTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @BeforeAll
  static void seed() {
    ClientFixture.seedItems(FIXTURE, "hikari_items", 100);
  }

  @AfterEach
  void noLeaks() {
    ClientFixture.assertDriverReleasedEverything();
  }

  @Test
  void poolByUrlServesConcurrentQueriesAndValidatesWithIsValid() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(FIXTURE.jdbcUrl());
    config.setDriverClassName("dev.quiver.jdbc.QuiverDriver");
    config.setMaximumPoolSize(3);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(5_000);
    config.setValidationTimeout(1_000);
    // No connectionTestQuery: Hikari validates with Connection.isValid (JDBC4), which pings.
    try (HikariDataSource pool = new HikariDataSource(config)) {
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Future<Long>> sums = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          int min = i;
          sums.add(threads.submit(() -> sumOfIdsFrom(pool, min)));
        }
        for (int i = 0; i < sums.size(); i++) {
          long expected = 0;
          for (int id = Math.max(i, 1); id <= 100; id++) {
            expected += id;
          }
          assertThat(sums.get(i).get()).as("sum of ids >= %d", i).isEqualTo(expected);
        }
      } finally {
        threads.shutdownNow();
      }
      assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isBetween(1, 3);
      // A connection handed out again is still valid and usable.
      try (Connection connection = pool.getConnection()) {
        assertThat(connection.isValid(1)).isTrue();
      }
    }
  }

  @Test
  void poolThroughQuiverDataSourceBeanProperties() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setDataSourceClassName(QuiverDataSource.class.getName());
    config.addDataSourceProperty("host", "127.0.0.1");
    config.addDataSourceProperty("port", FIXTURE.server().port());
    config.addDataSourceProperty("useEncryption", "false");
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(5_000);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      assertThat(sumOfIdsFrom(pool, 99)).isEqualTo(199);
      assertThat(pool.isWrapperFor(QuiverDataSource.class)).isTrue();
      assertThat(pool.unwrap(QuiverDataSource.class).getPort()).isEqualTo(FIXTURE.server().port());
    }
  }

  @Test
  void networkTimeoutIsAppliedAroundValidationAndRestored() throws Exception {
    // Hikari sets the network timeout to the validation timeout while it validates a connection
    // (isValid) and puts the connection's own value back before handing it out.
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(FIXTURE.jdbcUrl());
    config.setMaximumPoolSize(1);
    config.setConnectionTimeout(5_000);
    config.setValidationTimeout(1_000);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      for (int i = 0; i < 5; i++) {
        assertThat(sumOfIdsFrom(pool, 100)).isEqualTo(100);
      }
      try (Connection connection = pool.getConnection()) {
        int original = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, 30_000);
        assertThat(connection.getNetworkTimeout()).isEqualTo(30_000);
        assertThat(connection.isValid(1)).isTrue();
        connection.setNetworkTimeout(Runnable::run, original);
      }
      try (Connection again = pool.getConnection()) {
        assertThat(again.isValid(1)).isTrue();
        assertThatThrownBy(() -> again.setNetworkTimeout(Runnable::run, -1))
            .isInstanceOf(SQLException.class);
      }
    }
  }

  @Test
  void readOnlyPoolReadsAndRefusesWrites() throws SQLException {
    // Hikari applies readOnly to every connection it creates; the driver then refuses what it
    // knows writes with 25006 (Flight SQL has no read-only session mode of its own).
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(FIXTURE.jdbcUrl());
    config.setReadOnly(true);
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(5_000);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      assertThat(sumOfIdsFrom(pool, 100)).isEqualTo(100);
      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement()) {
        assertThat(connection.isReadOnly()).isTrue();
        assertThatThrownBy(() -> statement.executeUpdate("CREATE TABLE hikari_ro (id INTEGER)"))
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
      }
    }
  }

  private static long sumOfIdsFrom(javax.sql.DataSource pool, int min) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT coalesce(sum(id), 0) FROM hikari_items WHERE id >= " + min)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
