package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer thread of a connection, for query timeouts and network timeouts. It is created on
 * the first timeout actually scheduled (a connection that never sets one has no thread) and ended
 * by {@link #close()}, so no thread outlives its connection.
 */
final class ConnectionTimer implements AutoCloseable {

  private final String name;
  private ScheduledThreadPoolExecutor executor; // guarded by this
  private boolean closed; // guarded by this

  ConnectionTimer(String name) {
    this.name = requireNonNull(name, "name is null");
  }

  /** Runs {@code task} once after {@code delayMillis}; cancel the returned future to disarm. */
  synchronized ScheduledFuture<?> schedule(Runnable task, long delayMillis) throws SQLException {
    requireNonNull(task, "task is null");
    if (closed) {
      throw SqlState.CONNECTION_CLOSED.exception("The connection is closed");
    }
    if (executor == null) {
      executor =
          new ScheduledThreadPoolExecutor(
              1,
              runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
              });
      executor.setRemoveOnCancelPolicy(true); // disarmed timeouts do not pile up in the queue
    }
    return executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
  }

  /** Stops the thread and waits (briefly) until it has ended. */
  @Override
  public void close() {
    ScheduledThreadPoolExecutor stopping;
    synchronized (this) {
      closed = true;
      stopping = executor;
      executor = null;
    }
    if (stopping == null) {
      return;
    }
    stopping.shutdownNow();
    try {
      stopping.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
