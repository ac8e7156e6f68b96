package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import dev.quiver.conformance.NotSupportedByServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;

/**
 * JDBC transactions: what a transaction's changes look like from its own connection and from
 * another one follows from JDBC alone. A server whose metadata says it has no transactions must
 * refuse {@code setAutoCommit(false)} instead of ignoring it.
 */
@Capability(value = "Transactions", order = 75)
class TransactionChecks {

  @Check(
      id = "TXN-01",
      value = "uncommitted inserts are invisible to other connections and undone by rollback")
  void rollbackUndoes(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection owner = target.connect();
        Connection other = target.connect()) {
      Scratch.ddl(other, "CREATE TABLE " + table + " (id INTEGER)");
      try {
        requireTransactions(owner);
        owner.setAutoCommit(false);
        try (Statement statement = owner.createStatement()) {
          statement.executeUpdate("INSERT INTO " + table + " VALUES (1)");
        }
        assertThat(count(owner, table)).as("inside the transaction").isEqualTo(1);
        assertThat(count(other, table)).as("another connection before commit").isZero();
        owner.rollback();
        assertThat(count(owner, table)).as("after rollback").isZero();
      } finally {
        Scratch.dropQuietly(other, table);
      }
    }
  }

  @Check(id = "TXN-02", value = "commit makes a transaction's inserts visible to other connections")
  void commitPublishes(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection owner = target.connect();
        Connection other = target.connect()) {
      Scratch.ddl(other, "CREATE TABLE " + table + " (id INTEGER)");
      try {
        requireTransactions(owner);
        owner.setAutoCommit(false);
        try (Statement statement = owner.createStatement()) {
          statement.executeUpdate("INSERT INTO " + table + " VALUES (1)");
        }
        owner.commit();
        assertThat(count(other, table)).isEqualTo(1);
      } finally {
        Scratch.dropQuietly(other, table);
      }
    }
  }

  @Check(id = "TXN-03", value = "setAutoCommit(true) commits the open transaction")
  void autoCommitOnCommits(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    try (Connection owner = target.connect();
        Connection other = target.connect()) {
      Scratch.ddl(other, "CREATE TABLE " + table + " (id INTEGER)");
      try {
        requireTransactions(owner);
        owner.setAutoCommit(false);
        try (Statement statement = owner.createStatement()) {
          statement.executeUpdate("INSERT INTO " + table + " VALUES (1)");
        }
        owner.setAutoCommit(true);
        assertThat(owner.getAutoCommit()).isTrue();
        assertThat(count(other, table)).isEqualTo(1);
      } finally {
        Scratch.dropQuietly(other, table);
      }
    }
  }

  @Check(
      id = "TXN-04",
      value = "manual commit is never a silent no-op (refused without server transactions)")
  void noSilentAutoCommit(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect()) {
      if (connection.getMetaData().supportsTransactions()) {
        // The server has transactions: then commit/rollback in auto-commit mode must fail.
        assertThat(connection.getAutoCommit()).isTrue();
        assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class);
        return;
      }
      assertThatThrownBy(() -> connection.setAutoCommit(false))
          .isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @Check(id = "TXN-05", value = "savepoints are refused with 0A000 when the server has none")
  void savepointsRefused(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect()) {
      if (connection.getMetaData().supportsSavepoints()) {
        throw new NotSupportedByServer(
            "the server has savepoints; this check is for servers without");
      }
      requireTransactions(connection);
      connection.setAutoCommit(false);
      assertThatThrownBy(connection::setSavepoint)
          .isInstanceOf(SQLFeatureNotSupportedException.class);
      connection.rollback();
    }
  }

  @Check(id = "TXN-06", value = "getTransactionIsolation reports the server's default level")
  void isolationIsTheDefault(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect()) {
      requireTransactions(connection);
      assertThat(connection.getTransactionIsolation())
          .isEqualTo(connection.getMetaData().getDefaultTransactionIsolation());
      if (target.isSeededDuckDbFixture()) {
        try (Connection oracle = target.oracle()) {
          assertThat(connection.getTransactionIsolation())
              .as("DuckDB's own level")
              .isEqualTo(oracle.getTransactionIsolation());
        }
      }
    }
  }

  private static void requireTransactions(Connection connection) throws SQLException {
    if (!connection.getMetaData().supportsTransactions()) {
      throw new NotSupportedByServer("DatabaseMetaData.supportsTransactions() is false");
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }
}
