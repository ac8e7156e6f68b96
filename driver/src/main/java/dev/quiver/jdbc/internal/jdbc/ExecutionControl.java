package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.util.OptionalDouble;

/**
 * The query timeout and the current {@link Execution} of one statement, and {@code cancel()}.
 *
 * <p>What {@code setQueryTimeout} bounds (JDBC leaves the detail to the driver, as pgjdbc does):
 * the wall-clock time from the start of {@code execute*} until the statement's result is complete,
 * that is the GetFlightInfo or DoPut call (where servers such as the fixture run the query), every
 * DoGet, and the reading of the batches, including the time the application takes between {@code
 * ResultSet.next()} calls, until the last batch has arrived. Once the last batch is in, or the
 * result is closed, the timeout no longer applies. When it expires the in-flight call is cancelled,
 * CancelFlightInfo is sent, and the statement's call (or the next read of its result) fails with
 * {@code SQLTimeoutException} (HYT00). A long read that completes within the timeout is never cut
 * short: unlike a gRPC deadline on the DoGet, the timer is disarmed when the data is complete.
 *
 * <p>{@code cancel()} and an expired timeout act at batch granularity on a result being read: the
 * rows of the batch the cursor is on stay readable, and the next batch the cursor needs fails with
 * HY008/HYT00 (never a silent early end).
 */
final class ExecutionControl {

  private final QuiverConnection connection;
  private volatile int queryTimeoutSeconds;
  private volatile Execution current;

  ExecutionControl(QuiverConnection connection) {
    this.connection = requireNonNull(connection, "connection is null");
  }

  /** Starts a new execution of the statement; the previous one (if any) is left as it is. */
  Execution start() throws SQLException {
    Execution execution =
        Execution.start(
            connection.clients(),
            connection.timer(),
            queryTimeoutSeconds,
            connection.networkTimeoutMillis());
    current = execution;
    return execution;
  }

  /**
   * Stops the current execution if it is still running (JDBC {@code Statement.cancel}); nothing to
   * do otherwise. The statement stays usable.
   */
  void cancel() {
    Execution running = current;
    if (running != null) {
      running.stop(Execution.Stop.CANCELLED);
    }
  }

  /**
   * On close: stops an execution still inside its GetFlightInfo/DoPut call (which another thread is
   * waiting for), so that closing a statement or its connection does not wait for a long query. A
   * result being read is left to its own close, which ends its streams.
   */
  void abortCall() {
    Execution running = current;
    if (running != null && running.flightInfo() == null) {
      running.stop(Execution.Stop.CANCELLED);
    }
  }

  /** {@code total_records} of the latest query; -1 when unknown or none ran. */
  long totalRecords() {
    Execution latest = current;
    return latest == null ? -1 : latest.totalRecords();
  }

  long recordsReceived() {
    Execution latest = current;
    return latest == null ? 0 : latest.recordsReceived();
  }

  OptionalDouble progress() {
    Execution latest = current;
    return latest == null ? OptionalDouble.empty() : latest.progress();
  }

  int queryTimeoutSeconds() {
    return queryTimeoutSeconds;
  }

  void queryTimeoutSeconds(int seconds) throws SQLException {
    if (seconds < 0) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("Query timeout is negative: " + seconds);
    }
    queryTimeoutSeconds = seconds; // applies to executions started from now on
  }
}
