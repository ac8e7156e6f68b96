package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.apache.arrow.flight.CallOption;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.flight.sql.FlightSqlClient.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Auto-commit and the Flight SQL transaction of one connection.
 *
 * <p>With auto-commit off, the first statement (plain, prepared, update or batch) begins a server
 * transaction ({@code BeginTransaction}) and every statement then carries its id, until {@code
 * commit}/{@code rollback} end it ({@code EndTransaction}); the next statement begins a new one.
 * Metadata calls cannot carry a transaction id in Flight SQL. Turning auto-commit off requires a
 * server that implements the transaction actions (SqlInfo {@code FLIGHT_SQL_SERVER_TRANSACTION});
 * otherwise it fails with 0A000 rather than pretending. Savepoints are refused (0A000) by the
 * connection: the fixture's DuckDB has none, and Arrow 18.3.0's {@code rollback(Savepoint)} sends
 * RELEASE (ARROW-FACTS trap 4). Closing the connection with a transaction open rolls it back (JDBC
 * leaves that implementation-defined).
 */
final class ConnectionTransactions {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionTransactions.class);

  private final QuiverConnection connection;
  private boolean autoCommit = true; // guarded by this
  private Transaction current; // guarded by this; null until the first statement after begin

  ConnectionTransactions(QuiverConnection connection) {
    this.connection = requireNonNull(connection, "connection is null");
  }

  synchronized boolean autoCommit() {
    return autoCommit;
  }

  /** JDBC: switching auto-commit on commits the open transaction; an unchanged mode is a no-op. */
  synchronized void autoCommit(boolean on) throws SQLException {
    if (on == autoCommit) {
      return;
    }
    if (!on && !serverSupportsTransactions()) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "setAutoCommit(false): the server does not support Flight SQL transactions"
              + " (SqlInfo FLIGHT_SQL_SERVER_TRANSACTION)");
    }
    if (on) {
      end(true);
    }
    autoCommit = on;
  }

  /**
   * The transaction a statement must carry: {@code null} in auto-commit mode; otherwise the open
   * transaction, begun now if there is none yet.
   */
  synchronized Transaction forStatement() throws SQLException {
    if (autoCommit) {
      return null;
    }
    if (current == null) {
      try {
        current = client().beginTransaction(connection.callOptions());
      } catch (RuntimeException failure) {
        throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
      }
    }
    return current;
  }

  synchronized void commit() throws SQLException {
    requireManualCommit("commit");
    end(true);
  }

  synchronized void rollback() throws SQLException {
    requireManualCommit("rollback");
    end(false);
  }

  /** The JDBC isolation of the connection's transactions: the server's default. */
  int isolation() throws SQLException {
    return serverSupportsTransactions()
        ? metaData().getDefaultTransactionIsolation()
        : Connection.TRANSACTION_NONE;
  }

  /**
   * Flight SQL has no way to choose an isolation level, so only the server's own level is accepted;
   * any other is refused (0A000 for a valid level, 22023-style invalid value otherwise).
   */
  void isolation(int level) throws SQLException {
    if (level != Connection.TRANSACTION_NONE
        && level != Connection.TRANSACTION_READ_UNCOMMITTED
        && level != Connection.TRANSACTION_READ_COMMITTED
        && level != Connection.TRANSACTION_REPEATABLE_READ
        && level != Connection.TRANSACTION_SERIALIZABLE) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("Invalid transaction isolation " + level);
    }
    int serverLevel = isolation();
    if (level != serverLevel) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "setTransactionIsolation("
              + level
              + "): Flight SQL cannot change the isolation level; the server's is "
              + serverLevel);
    }
  }

  /** Rolls back an open transaction when the connection closes; never throws. */
  synchronized void rollbackOnClose() {
    if (current == null) {
      return;
    }
    try {
      end(false);
    } catch (SQLException failure) {
      // The server expires the transaction (FLIGHT_SQL_SERVER_TRANSACTION_TIMEOUT) or drops it
      // with the session.
      LOG.debug("Rolling back the open transaction at close failed", failure);
    }
  }

  private void end(boolean commit) throws SQLException {
    Transaction ending = current;
    if (ending == null) {
      return; // nothing ran since the last commit/rollback: no server transaction to end
    }
    current = null; // ended even if the call fails: the server rolls back what it cannot commit
    CallOption[] options = connection.callOptions();
    try {
      if (commit) {
        client().commit(ending, options);
      } else {
        client().rollback(ending, options);
      }
    } catch (FlightRuntimeException failure) {
      if (!commit && failure.status().code() == FlightStatusCode.NOT_FOUND) {
        // The server no longer knows the transaction: it already rolled it back (idle expiry,
        // session end), which is the state rollback asks for. A commit in that case must fail.
        LOG.debug("Rollback of a transaction the server already ended", failure);
        return;
      }
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    } catch (RuntimeException failure) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    }
  }

  private void requireManualCommit(String method) throws SQLException {
    if (autoCommit) {
      throw SqlState.INVALID_TRANSACTION_STATE.exception(
          method + " is not allowed in auto-commit mode");
    }
  }

  private FlightSqlClient client() {
    return connection.clients().sqlClient();
  }

  /** SqlInfo says so; a server without GetSqlInfo (0A000) has no transactions either. */
  private boolean serverSupportsTransactions() throws SQLException {
    try {
      return metaData().supportsTransactions();
    } catch (SQLFeatureNotSupportedException noSqlInfo) {
      return false;
    }
  }

  private DatabaseMetaData metaData() throws SQLException {
    return connection.getMetaData();
  }
}
