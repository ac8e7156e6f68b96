package dev.quiver.jdbc.internal.result;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import io.grpc.Context;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads several endpoints at once on the connection's fetch threads, with bounded memory.
 *
 * <ul>
 *   <li>At most {@code window} endpoints are open at a time (threadPoolSize); the next one opens
 *       when one has been read to its end.
 *   <li>Each open endpoint reads at most {@link #BATCHES_AHEAD} batches ahead of the application. A
 *       fetch task never waits for the application: when its endpoint's buffer is full it ends and
 *       is started again once a batch was taken. So the fetch threads are only ever busy with the
 *       network, and results of one connection cannot starve each other.
 *   <li>Unordered endpoints are returned in whatever order their batches arrive; with {@code
 *       ordered} (Flight SQL: "the endpoints are ordered") every batch of endpoint {@code i} comes
 *       before any batch of endpoint {@code i + 1}, while later endpoints are already fetched.
 *   <li>Fetch tasks run in the gRPC {@link Context} of the thread that asked for the batches, so
 *       cancelling the statement (which cancels that context) cancels every DoGet in flight.
 *   <li>The first failure of any endpoint ends the result: every later call throws it.
 * </ul>
 */
final class ParallelEndpoints {

  /** Batches buffered per open endpoint, ahead of the application. */
  static final int BATCHES_AHEAD = 2;

  private static final Logger LOG = LoggerFactory.getLogger(ParallelEndpoints.class);
  private static final long RECHECK_MILLIS = 50;
  private static final long CLOSE_WAIT_MILLIS = 10_000;

  private final Schema schema;
  private final EndpointStreams streams;
  private final Executor threads;
  private final BufferAllocator allocator;
  private final boolean ordered;
  private final int window;
  private final List<Fetch> fetches;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  // All fields below are guarded by lock.
  private int nextToStart;
  private int open; // started and not yet read to the end
  private int done; // read to the end by the application
  private int current; // ordered: the endpoint being returned; unordered: where the search starts
  private VectorSchemaRoot batch; // the batch last returned
  private SQLException failure;
  private boolean closed;
  private boolean aborted;
  private Context context = Context.ROOT;

  ParallelEndpoints(
      Schema schema,
      List<FlightEndpoint> endpoints,
      boolean ordered,
      EndpointStreams streams,
      Executor threads,
      int window,
      BufferAllocator allocator) {
    this.schema = requireNonNull(schema, "schema is null");
    this.streams = requireNonNull(streams, "streams is null");
    this.threads = requireNonNull(threads, "threads is null");
    this.allocator = requireNonNull(allocator, "allocator is null");
    this.ordered = ordered;
    if (window < 1) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    this.window = window;
    List<Fetch> all = new ArrayList<>(endpoints.size());
    for (int i = 0; i < endpoints.size(); i++) {
      all.add(new Fetch(i, endpoints.get(i)));
    }
    this.fetches = all;
  }

  /** The next batch, valid until the next call or {@link #close()}; {@code null} at the end. */
  VectorSchemaRoot nextBatch() throws SQLException {
    Context caller = Context.current();
    lock.lock();
    try {
      if (closed) {
        throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("The result set is closed");
      }
      context = caller;
      if (batch != null) {
        batch.close(); // release the previous batch before waiting for the next
        batch = null;
      }
      startMore();
      while (true) {
        if (closed || aborted) {
          throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("The result set is closed");
        }
        if (failure != null) {
          throw failure;
        }
        Fetch ready = takeable();
        if (ready != null) {
          batch = ready.batches.poll();
          schedule(ready);
          return batch;
        }
        if (done == fetches.size()) {
          return null;
        }
        if (caller.isCancelled()) {
          throw SqlState.OPERATION_CANCELLED.exception(
              "The read was cancelled", caller.cancellationCause());
        }
        try {
          changed.await(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw SqlState.OPERATION_CANCELLED.exception(
              "Interrupted while waiting for result batches", interrupted);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Makes a thread waiting in {@link #nextBatch()} fail at once (any thread). */
  void abort() {
    lock.lock();
    try {
      aborted = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops every fetch (their streams are cancelled), waits for the fetch tasks to end, and releases
   * every stream and buffered batch. The allocator is the caller's to close.
   */
  void close() throws SQLException {
    List<FlightStream> toCancel = new ArrayList<>();
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (Fetch fetch : fetches) {
        if (fetch.running && fetch.stream != null) {
          toCancel.add(fetch.stream);
        }
      }
    } finally {
      lock.unlock();
    }
    for (FlightStream stream : toCancel) {
      try {
        stream.cancel("The result set was closed", null);
      } catch (RuntimeException ignored) {
        // The stream ended meanwhile; its task closes it.
      }
    }
    SQLException problem = null;
    lock.lock();
    try {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
      while (anyRunning() && System.nanoTime() < deadline) {
        changed.await(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
      }
      if (anyRunning()) {
        problem = SqlState.GENERAL_ERROR.exception("A fetch thread did not stop within 10 s");
      }
      if (batch != null) {
        batch.close();
        batch = null;
      }
      for (Fetch fetch : fetches) {
        if (!fetch.running) {
          problem = chain(problem, fetch.release());
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      problem = chain(problem, SqlState.OPERATION_CANCELLED.exception("Interrupted", interrupted));
    } finally {
      lock.unlock();
    }
    if (problem != null) {
      throw problem;
    }
  }

  // ---- consumer side, under lock ----

  private void startMore() throws SQLException {
    while (open < window && nextToStart < fetches.size() && failure == null) {
      Fetch fetch = fetches.get(nextToStart++);
      fetch.started = true;
      open++;
      schedule(fetch);
    }
  }

  /** A started endpoint with a batch to return, after retiring endpoints read to their end. */
  private Fetch takeable() throws SQLException {
    if (ordered) {
      while (current < nextToStart) {
        Fetch fetch = fetches.get(current);
        if (!fetch.batches.isEmpty()) {
          return fetch;
        }
        if (!fetch.streamEnded) {
          return null;
        }
        retire(fetch);
        current++;
      }
      return null;
    }
    Fetch found = null;
    int count = fetches.size();
    for (int step = 0; step < count && found == null; step++) {
      Fetch fetch = fetches.get((current + step) % count);
      if (!fetch.started || fetch.retired) {
        continue;
      }
      if (!fetch.batches.isEmpty()) {
        found = fetch;
        current = (fetch.index + 1) % count; // round-robin between endpoints
      } else if (fetch.streamEnded) {
        retire(fetch);
      }
    }
    return found;
  }

  private void retire(Fetch fetch) throws SQLException {
    if (fetch.retired) {
      return;
    }
    fetch.retired = true;
    open--;
    done++;
    startMore();
  }

  /** Starts a fetch task for {@code fetch} if it has room, is not running and has more to read. */
  private void schedule(Fetch fetch) throws SQLException {
    if (fetch.running
        || fetch.streamEnded
        || closed
        || failure != null
        || fetch.batches.size() >= BATCHES_AHEAD) {
      return;
    }
    fetch.running = true;
    try {
      threads.execute(context.wrap(() -> fetch(fetch)));
    } catch (RejectedExecutionException rejected) {
      fetch.running = false;
      throw SqlState.CONNECTION_CLOSED.exception(
          "The connection was closed while its result was being read", rejected);
    }
  }

  private boolean anyRunning() {
    for (Fetch fetch : fetches) {
      if (fetch.running) {
        return true;
      }
    }
    return false;
  }

  // ---- fetch threads ----

  /** Reads batches of one endpoint until its buffer is full, it ends, or something fails. */
  private void fetch(Fetch fetch) {
    try {
      while (true) {
        FlightStream stream;
        lock.lock();
        try {
          if (closed || failure != null || fetch.batches.size() >= BATCHES_AHEAD) {
            stopped(fetch);
            return;
          }
          stream = fetch.stream;
        } finally {
          lock.unlock();
        }
        if (stream == null) {
          stream = streams.open(fetch.endpoint, fetch.index);
          lock.lock();
          try {
            fetch.stream = stream;
          } finally {
            lock.unlock();
          }
          continue; // closed meanwhile? checked at the top
        }
        VectorSchemaRoot copy = null;
        boolean more = stream.next();
        if (more) {
          copy = Batches.transfer(stream.getRoot(), null, schema, allocator, fetch.index);
        }
        lock.lock();
        try {
          if (!more) {
            fetch.streamEnded = true;
          } else if (closed) {
            copy.close();
          } else {
            fetch.batches.add(copy);
          }
          changed.signalAll();
        } finally {
          lock.unlock();
        }
        if (!more) {
          fetch.closeStream();
          lock.lock();
          try {
            stopped(fetch);
          } finally {
            lock.unlock();
          }
          return;
        }
      }
    } catch (SQLException | RuntimeException error) {
      SQLException mapped =
          error instanceof SQLException
              ? (SQLException) error
              : FlightErrors.toSqlException(
                  (RuntimeException) error, FlightErrors.Phase.ESTABLISHED);
      lock.lock();
      try {
        if (failure == null && !closed) {
          failure = mapped;
        } else {
          LOG.debug("Endpoint {} failed after the result ended", fetch.index, mapped);
        }
        stopped(fetch);
      } finally {
        lock.unlock();
      }
    } catch (Error fatal) {
      lock.lock();
      try {
        if (failure == null) {
          failure = SqlState.GENERAL_ERROR.exception("Fetching endpoint failed: " + fatal, fatal);
        }
        stopped(fetch);
      } finally {
        lock.unlock();
      }
      throw fatal;
    }
  }

  /** The task of {@code fetch} ends (under lock). */
  private void stopped(Fetch fetch) {
    fetch.running = false;
    changed.signalAll();
  }

  private static SQLException chain(SQLException first, SQLException next) {
    if (next == null) {
      return first;
    }
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }

  /** One endpoint: its stream and the batches read ahead. */
  private static final class Fetch {
    final int index;
    final FlightEndpoint endpoint;
    final ArrayDeque<VectorSchemaRoot> batches = new ArrayDeque<>();
    FlightStream stream;
    boolean started;
    boolean running;
    boolean streamEnded;
    boolean retired;

    Fetch(int index, FlightEndpoint endpoint) {
      this.index = index;
      this.endpoint = endpoint;
    }

    void closeStream() throws SQLException {
      FlightStream closing = stream;
      stream = null;
      if (closing != null) {
        try {
          closing.close();
        } catch (Exception failure) {
          throw SqlState.GENERAL_ERROR.exception(
              "Failed to close a Flight stream: " + failure.getMessage(), failure);
        }
      }
    }

    SQLException release() {
      SQLException problem = null;
      VectorSchemaRoot root;
      while ((root = batches.poll()) != null) {
        root.close();
      }
      try {
        closeStream();
      } catch (SQLException failure) {
        problem = failure;
      }
      return problem;
    }
  }
}
