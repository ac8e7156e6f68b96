package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServer;
import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.sql.NoOpFlightSqlProducer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * JDBC transactions over Flight SQL BeginTransaction/EndTransaction against the fixture. What must
 * be visible where follows from JDBC (a transaction's changes are seen by its own connection only,
 * until commit); the isolation level comes from DuckDB's own JDBC driver.
 */
class TransactionEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @RegisterExtension
  static final FixtureServerExtension SHORT_TRANSACTIONS =
      new FixtureServerExtension(
          () -> FixtureServer.builder().transactionIdleTimeout(Duration.ofMillis(300)));

  private static final AtomicInteger TABLE_IDS = new AtomicInteger();

  private Connection connection;
  private Connection other;
  private String table;

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
    other = DriverManager.getConnection(FIXTURE.jdbcUrl());
    table = "txn_" + TABLE_IDS.incrementAndGet();
    try (Statement statement = other.createStatement()) {
      statement.execute("CREATE TABLE " + table + " (id INTEGER)");
    }
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
    other.close();
    LeakChecks.assertDriverMemoryReleased();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (FIXTURE.server().openTransactionCount() != 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(FIXTURE.server().openTransactionCount()).as("server transactions").isZero();
  }

  @Test
  void anInsertIsVisibleInItsTransactionOnlyAndGoneAfterRollback() throws SQLException {
    connection.setAutoCommit(false);
    assertThat(connection.getAutoCommit()).isFalse();
    try (Statement statement = connection.createStatement()) {
      assertThat(statement.executeUpdate("INSERT INTO " + table + " VALUES (1), (2)")).isEqualTo(2);
      assertThat(count(connection)).as("inside the transaction").isEqualTo(2);
      assertThat(count(other)).as("another connection").isZero();
      connection.rollback();
      assertThat(count(connection)).as("after rollback").isZero();
      assertThat(count(other)).isZero();
    }
  }

  @Test
  void aCommittedInsertIsVisibleEverywhere() throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO " + table + " VALUES (1)");
      assertThat(count(other)).isZero();
      connection.commit();
      assertThat(count(other)).isOne();
      // The next statement begins the next transaction.
      statement.executeUpdate("INSERT INTO " + table + " VALUES (2)");
      assertThat(count(connection)).isEqualTo(2);
      assertThat(count(other)).isOne();
      connection.rollback();
      assertThat(count(connection)).isOne();
    }
  }

  @Test
  void ddlInATransactionIsRolledBackAndVisibleToItsOwnMetadata() throws SQLException {
    String created = table + "_ddl";
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + created + " AS SELECT 1 AS a");
      assertThat(tableExists(connection, created)).as("own metadata sees the new table").isTrue();
      assertThat(tableExists(other, created)).as("other connection").isFalse();
      connection.rollback();
      assertThat(tableExists(connection, created)).isFalse();
      assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + created))
          .isInstanceOf(SQLException.class);
      connection.rollback(); // the failed query ended nothing; rolling back again is harmless
    }
  }

  @Test
  void switchingAutoCommitOnCommits() throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO " + table + " VALUES (1)");
    }
    connection.setAutoCommit(false); // unchanged: nothing happens (JDBC)
    assertThat(count(other)).isZero();
    connection.setAutoCommit(true); // JDBC: commits the open transaction
    assertThat(connection.getAutoCommit()).isTrue();
    assertThat(count(other)).isOne();
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO " + table + " VALUES (2)");
    }
    assertThat(count(other)).as("auto-commit again").isEqualTo(2);
  }

  @Test
  void preparedStatementsAndBatchesRunInTheTransaction() throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + " VALUES (?)");
        Statement batch = connection.createStatement()) {
      insert.setInt(1, 1);
      assertThat(insert.executeUpdate()).isOne();
      insert.setInt(1, 2);
      insert.addBatch();
      insert.setInt(1, 3);
      insert.addBatch();
      insert.executeBatch();
      batch.addBatch("INSERT INTO " + table + " VALUES (4)");
      batch.executeBatch();
      assertThat(count(connection)).isEqualTo(4);
      assertThat(count(other)).isZero();
      connection.rollback();
      assertThat(count(connection)).isZero();
    }
  }

  @Test
  void commitAndRollbackInAutoCommitModeFail() {
    assertThatThrownBy(connection::commit)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("25000");
    assertThatThrownBy(connection::rollback)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("25000");
  }

  @Test
  void savepointsAreRefusedWith0A000() throws SQLException {
    connection.setAutoCommit(false);
    assertThat(connection.getMetaData().supportsSavepoints()).isFalse();
    assertThatThrownBy(connection::setSavepoint)
        .isInstanceOf(SQLFeatureNotSupportedException.class)
        .hasMessageContaining("setSavepoint");
    assertThatThrownBy(() -> connection.setSavepoint("s"))
        .isInstanceOf(SQLFeatureNotSupportedException.class);
    assertThatThrownBy(() -> connection.rollback(null))
        .isInstanceOf(SQLFeatureNotSupportedException.class)
        .hasMessageContaining("rollback(Savepoint)");
    assertThatThrownBy(() -> connection.releaseSavepoint(null))
        .isInstanceOf(SQLFeatureNotSupportedException.class)
        .hasMessageContaining("releaseSavepoint");
  }

  @Test
  void theIsolationLevelIsTheServersOwn() throws SQLException {
    int duckDbLevel;
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:")) {
      duckDbLevel = duckDb.getTransactionIsolation();
    }
    assertThat(connection.getMetaData().supportsTransactions()).isTrue();
    assertThat(connection.getMetaData().getDefaultTransactionIsolation()).isEqualTo(duckDbLevel);
    assertThat(connection.getTransactionIsolation()).isEqualTo(duckDbLevel);
    connection.setTransactionIsolation(duckDbLevel);
    int other =
        duckDbLevel == Connection.TRANSACTION_SERIALIZABLE
            ? Connection.TRANSACTION_READ_COMMITTED
            : Connection.TRANSACTION_SERIALIZABLE;
    assertThatThrownBy(() -> connection.setTransactionIsolation(other))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> connection.setTransactionIsolation(12345))
        .isInstanceOf(SQLException.class);
    assertThat(connection.getTransactionIsolation()).isEqualTo(duckDbLevel);
  }

  @Test
  void closingWithAnOpenTransactionRollsItBack() throws SQLException {
    Connection closing = DriverManager.getConnection(FIXTURE.jdbcUrl());
    closing.setAutoCommit(false);
    try (Statement statement = closing.createStatement()) {
      statement.executeUpdate("INSERT INTO " + table + " VALUES (1)");
    }
    assertThat(FIXTURE.server().openTransactionCount()).isOne();
    closing.close();
    assertThat(FIXTURE.server().openTransactionCount()).isZero();
    assertThat(count(other)).isZero();
  }

  @Test
  void theServerRollsBackTheTransactionOfAnIdleClient() throws Exception {
    try (Connection idle = DriverManager.getConnection(SHORT_TRANSACTIONS.jdbcUrl());
        Connection observer = DriverManager.getConnection(SHORT_TRANSACTIONS.jdbcUrl());
        Statement statement = idle.createStatement()) {
      try (Statement ddl = observer.createStatement()) {
        ddl.execute("CREATE TABLE " + table + " (id INTEGER)");
      }
      idle.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO " + table + " VALUES (1)");
      assertThat(SHORT_TRANSACTIONS.server().openTransactionCount()).isOne();
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (SHORT_TRANSACTIONS.server().openTransactionCount() != 0
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(SHORT_TRANSACTIONS.server().openTransactionCount()).isZero();
      assertThat(count(observer)).isZero();
      // The client's transaction is gone: using or committing it fails loudly; rollback (the
      // state the server already reached) succeeds and the next statement begins a new one.
      assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO " + table + " VALUES (2)"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(idle::commit).isInstanceOf(SQLException.class);
      statement.executeUpdate("INSERT INTO " + table + " VALUES (4)");
      Thread.sleep(1_000); // idle again: rolled back again
      idle.rollback();
      statement.executeUpdate("INSERT INTO " + table + " VALUES (3)");
      idle.commit();
      assertThat(count(observer)).isOne();
    }
  }

  @Test
  void aServerWithoutTransactionsRefusesManualCommitWith0A000() throws Exception {
    try (BufferAllocator allocator = new RootAllocator()) {
      FlightServer server =
          FlightServer.builder(
                  allocator, Location.forGrpcInsecure("127.0.0.1", 0), new NoOpFlightSqlProducer())
              .build()
              .start();
      try (Connection plain =
          DriverManager.getConnection(
              "jdbc:flightsql://127.0.0.1:" + server.getPort() + "?useEncryption=false")) {
        assertThatThrownBy(() -> plain.setAutoCommit(false))
            .isInstanceOf(SQLFeatureNotSupportedException.class)
            .hasMessageContaining("setAutoCommit(false)");
        assertThat(plain.getAutoCommit()).isTrue();
        assertThat(plain.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_NONE);
        assertThatThrownBy(() -> plain.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE))
            .isInstanceOf(SQLException.class);
      } finally {
        server.close();
      }
    }
  }

  private long count(Connection on) throws SQLException {
    try (Statement statement = on.createStatement();
        ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
      assertThat(result.next()).isTrue();
      return result.getLong(1);
    }
  }

  private static boolean tableExists(Connection on, String name) throws SQLException {
    try (ResultSet tables = on.getMetaData().getTables(null, null, name, null)) {
      return tables.next();
    }
  }
}
