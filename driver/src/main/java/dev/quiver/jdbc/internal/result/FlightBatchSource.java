package dev.quiver.jdbc.internal.result;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.client.ConnectionClients;
import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The batches of every endpoint of a {@link FlightInfo}, possibly spread over several hosts.
 *
 * <p>How endpoints are read (Flight RPC "GetFlightInfo", Flight SQL "ordered"):
 *
 * <ul>
 *   <li>Several endpoints with a schema announced in the FlightInfo are fetched in parallel on the
 *       connection's fetch threads ({@code threadPoolSize}), a few batches ahead per endpoint (see
 *       {@link ParallelEndpoints}); {@code ordered} endpoints are still returned in order.
 *   <li>One endpoint, no announced schema, or dictionary-encoded columns: the endpoints are read
 *       one after the other on the caller's thread, without read-ahead.
 *   <li>Where each endpoint is read, failover between its locations, TLS and expiration/renewal:
 *       see {@link EndpointStreams}.
 * </ul>
 *
 * <p>Memory: a {@code FlightStream} reuses one root for every batch, so each batch is moved into a
 * root of this result's own child allocator. The previous batch is released when the next one is
 * requested; {@link #close()} releases everything, including streams left half-read, and closes the
 * allocator (failing if anything leaked).
 */
public final class FlightBatchSource implements BatchSource {

  private final FlightInfo info;
  private final ConnectionClients clients;
  private final BufferAllocator allocator;
  private final List<FlightEndpoint> endpoints;
  private final EndpointStreams streams;
  private Schema schema;
  // volatile: abort() reads them from another thread
  private volatile SequentialEndpoints sequential;
  private volatile ParallelEndpoints parallel;
  private boolean closed;

  /**
   * @param allocator this result's own allocator; the source closes it
   */
  public FlightBatchSource(FlightInfo info, ConnectionClients clients, BufferAllocator allocator) {
    this.info = requireNonNull(info, "info is null");
    this.clients = requireNonNull(clients, "clients is null");
    this.allocator = requireNonNull(allocator, "allocator is null");
    this.endpoints = Collections.unmodifiableList(new ArrayList<>(info.getEndpoints()));
    this.streams = new EndpointStreams(clients, Clock.systemUTC());
  }

  @Override
  public synchronized Schema schema() throws SQLException {
    ensureOpen();
    if (schema == null) {
      Optional<Schema> announced = info.getSchemaOptional();
      if (announced.isPresent() && !announced.get().getFields().isEmpty()) {
        schema = announced.get();
      } else if (!endpoints.isEmpty()) {
        // No schema in the FlightInfo (allowed by Flight): the first stream carries it.
        Schema first = sequential().firstStreamSchema();
        schema = first == null ? new Schema(Collections.emptyList()) : first;
      } else {
        schema = announced.orElse(new Schema(Collections.emptyList()));
      }
    }
    return schema;
  }

  @Override
  public VectorSchemaRoot nextBatch() throws SQLException {
    ParallelEndpoints reader;
    synchronized (this) {
      ensureOpen();
      Schema expected = schema();
      if (sequential != null || !readsInParallel(expected)) {
        return sequential().nextBatch(expected);
      }
      if (parallel == null) {
        parallel =
            new ParallelEndpoints(
                expected,
                endpoints,
                info.getOrdered(),
                streams,
                clients.fetchThreads(),
                clients.fetchThreads().size(),
                allocator);
      }
      reader = parallel;
    }
    // Not under this source's lock: close() from another thread must be able to stop the wait.
    return reader.nextBatch();
  }

  @Override
  public synchronized DictionaryProvider dictionaryProvider() {
    return sequential == null ? null : sequential.dictionaryProvider();
  }

  @Override
  public void abort() {
    SequentialEndpoints sequentialReader = sequential;
    if (sequentialReader != null) {
      sequentialReader.abort();
    }
    ParallelEndpoints parallelReader = parallel;
    if (parallelReader != null) {
      parallelReader.abort();
    }
  }

  @Override
  public void close() throws SQLException {
    abort(); // a thread blocked in nextBatch() holds this monitor: wake it first
    ParallelEndpoints parallelReader;
    SequentialEndpoints sequentialReader;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      parallelReader = parallel;
      sequentialReader = sequential;
    }
    SQLException failure = null;
    try {
      if (parallelReader != null) {
        parallelReader.close();
      }
    } catch (SQLException parallelFailure) {
      failure = parallelFailure;
    }
    try {
      if (sequentialReader != null) {
        sequentialReader.close();
      }
    } catch (SQLException sequentialFailure) {
      failure = chain(failure, sequentialFailure);
    }
    try {
      allocator.close();
    } catch (RuntimeException leak) {
      failure =
          chain(
              failure,
              SqlState.GENERAL_ERROR.exception(
                  "Result memory was not fully released: " + leak.getMessage(), leak));
    }
    if (failure != null) {
      throw failure;
    }
  }

  private boolean readsInParallel(Schema expected) {
    return endpoints.size() > 1 && !Batches.hasDictionaries(expected);
  }

  private SequentialEndpoints sequential() {
    if (sequential == null) {
      sequential = new SequentialEndpoints(endpoints, streams, allocator);
    }
    return sequential;
  }

  private void ensureOpen() throws SQLException {
    if (closed) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("The result set is closed");
    }
  }

  private static SQLException chain(SQLException first, SQLException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }
}
