package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.client.ConnectionClients;
import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import io.grpc.Context;
import java.sql.SQLException;
import java.util.OptionalDouble;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.flight.CallOptions;
import org.apache.arrow.flight.CancelFlightInfoRequest;
import org.apache.arrow.flight.FlightInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One execution of a statement, from the start of {@code execute} until its result is complete (or
 * closed), and the one way to stop it from another thread.
 *
 * <p>Every server call of the execution (GetFlightInfo, DoPut, every DoGet and every wait for a
 * batch) runs inside this execution's gRPC {@link Context}. Stopping the execution cancels that
 * context, which cancels whatever call is in flight, on the client at once and on the server (a
 * cancelled call is a cancelled gRPC stream there); once the FlightInfo is known it also sends
 * {@code CancelFlightInfo}, so a server that keeps running the query after its FlightInfo was
 * returned stops it too. A stopped execution stays stopped: every later read fails the same way.
 *
 * <p>Why a context and not CallOptions deadlines: a gRPC deadline on a DoGet covers the whole
 * stream and kills a long read mid-way (ARROW-FACTS trap 10), and a deadline cannot be cancelled
 * from another thread. The timers here are armed and disarmed by the driver.
 */
final class Execution {

  private static final Logger LOG = LoggerFactory.getLogger(Execution.class);
  private static final long CANCEL_CALL_TIMEOUT_SECONDS = 3;

  /** Why an execution was stopped. */
  enum Stop {
    /** {@code Statement.cancel()}: HY008. */
    CANCELLED,
    /** {@code setQueryTimeout} expired: HYT00. */
    QUERY_TIMEOUT,
    /** One wait on the server exceeded {@code setNetworkTimeout}: HYT00. */
    NETWORK_TIMEOUT
  }

  /** A server call of the execution. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws SQLException;
  }

  private final ConnectionClients clients;
  private final ConnectionTimer timer;
  private final int queryTimeoutSeconds;
  private final long networkTimeoutMillis;
  private final Context.CancellableContext context = Context.ROOT.withCancellation();
  private final AtomicReference<Stop> stop = new AtomicReference<>();
  private volatile FlightInfo info;
  private final AtomicLong recordsReceived = new AtomicLong();
  private volatile boolean complete;
  private volatile boolean finished;
  private final ScheduledFuture<?> queryDeadline; // null without a query timeout

  private Execution(
      ConnectionClients clients,
      ConnectionTimer timer,
      int queryTimeoutSeconds,
      long networkTimeoutMillis)
      throws SQLException {
    this.clients = requireNonNull(clients, "clients is null");
    this.timer = requireNonNull(timer, "timer is null");
    this.queryTimeoutSeconds = queryTimeoutSeconds;
    this.networkTimeoutMillis = networkTimeoutMillis;
    this.queryDeadline =
        queryTimeoutSeconds > 0
            ? timer.schedule(() -> stop(Stop.QUERY_TIMEOUT), queryTimeoutSeconds * 1000L)
            : null;
  }

  /**
   * Starts an execution now: the query timeout (0 = none) is measured from here.
   *
   * @param networkTimeoutMillis bound of each single wait on the server; 0 = none
   */
  static Execution start(
      ConnectionClients clients,
      ConnectionTimer timer,
      int queryTimeoutSeconds,
      long networkTimeoutMillis)
      throws SQLException {
    return new Execution(clients, timer, queryTimeoutSeconds, networkTimeoutMillis);
  }

  /**
   * Runs one server call (or one wait for data) of this execution inside its context, bounded by
   * the network timeout. Failures come back as the SQLException of the stop reason when the
   * execution was stopped, otherwise mapped from the Flight status.
   */
  <T> T call(Call<T> call) throws SQLException {
    SQLException stopped = stoppedException(null);
    if (stopped != null) {
      throw stopped;
    }
    ScheduledFuture<?> stall =
        networkTimeoutMillis > 0
            ? timer.schedule(() -> stop(Stop.NETWORK_TIMEOUT), networkTimeoutMillis)
            : null;
    Context previous = context.attach();
    try {
      return call.run();
    } catch (SQLException failure) {
      throw orStopped(failure);
    } catch (RuntimeException failure) {
      throw orStopped(FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED));
    } finally {
      context.detach(previous);
      if (stall != null) {
        stall.cancel(false);
      }
    }
  }

  /** Remembers the FlightInfo, so that stopping the execution can send CancelFlightInfo. */
  void flightInfo(FlightInfo flightInfo) {
    info = requireNonNull(flightInfo, "flightInfo is null");
    if (stop.get() != null && !finished) {
      cancelOnServer(flightInfo); // stopped while GetFlightInfo was answering
    }
  }

  /** The FlightInfo of the execution, once known. */
  FlightInfo flightInfo() {
    return info;
  }

  /**
   * Stops the execution, unless it already finished or was stopped. Safe from any thread; returns
   * after the in-flight call was cancelled and CancelFlightInfo (if any) was answered.
   */
  void stop(Stop reason) {
    requireNonNull(reason, "reason is null");
    if (finished || !stop.compareAndSet(null, reason)) {
      return;
    }
    context.cancel(null);
    FlightInfo known = info;
    if (known != null) {
      cancelOnServer(known);
    }
  }

  /** Counts the rows of a batch the result received. */
  void received(int rows) {
    recordsReceived.addAndGet(rows);
  }

  /** The last batch of the result has arrived. */
  void complete() {
    complete = true;
    finish();
  }

  /** {@code total_records} of the FlightInfo; -1 when unknown or not a query. */
  long totalRecords() {
    FlightInfo known = info;
    return known == null ? -1 : known.getRecords();
  }

  long recordsReceived() {
    return recordsReceived.get();
  }

  /** received / total, capped at 1; 1 once complete; empty when the total is unknown. */
  OptionalDouble progress() {
    if (complete) {
      return OptionalDouble.of(1.0);
    }
    long total = totalRecords();
    if (total < 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        total == 0 ? 1.0 : Math.min(1.0, (double) recordsReceived.get() / total));
  }

  /** The result is complete or closed: timers are disarmed and a later stop does nothing. */
  void finish() {
    finished = true;
    if (queryDeadline != null) {
      queryDeadline.cancel(false);
    }
    context.cancel(null); // releases the context; nothing of this execution is in flight any more
  }

  boolean isFinished() {
    return finished;
  }

  /** The exception every read of a stopped execution throws; {@code null} if not stopped. */
  SQLException stoppedException(Throwable cause) {
    Stop reason = stop.get();
    if (reason == null) {
      return null;
    }
    switch (reason) {
      case QUERY_TIMEOUT:
        return SqlState.TIMEOUT.exception(
            "The query timeout of " + queryTimeoutSeconds + " s expired; the query was cancelled",
            cause);
      case NETWORK_TIMEOUT:
        return SqlState.TIMEOUT.exception(
            "The server did not answer within the network timeout of "
                + networkTimeoutMillis
                + " ms; the query was cancelled",
            cause);
      case CANCELLED:
      default:
        return SqlState.OPERATION_CANCELLED.exception(
            "The statement was cancelled (Statement.cancel)", cause);
    }
  }

  private SQLException orStopped(SQLException failure) {
    SQLException stopped = stoppedException(failure);
    return stopped != null ? stopped : failure;
  }

  /**
   * CancelFlightInfo, outside the (cancelled) execution context and bounded in time. Best effort: a
   * server without it (UNIMPLEMENTED) or one that already finished still had its calls cancelled.
   */
  private void cancelOnServer(FlightInfo flightInfo) {
    Context previous = Context.ROOT.attach();
    try {
      clients
          .sqlClient()
          .cancelFlightInfo(
              new CancelFlightInfoRequest(flightInfo),
              CallOptions.timeout(CANCEL_CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    } catch (RuntimeException failure) {
      LOG.debug("CancelFlightInfo failed; the execution's calls were cancelled anyway", failure);
    } finally {
      Context.ROOT.detach(previous);
    }
  }
}
