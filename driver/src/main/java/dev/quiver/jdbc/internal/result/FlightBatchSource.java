package dev.quiver.jdbc.internal.result;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.client.ConnectionClients;
import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Location;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The batches of every endpoint of a {@link FlightInfo}, read one endpoint after the other in the
 * order the server listed them (which also honours {@code ordered}).
 *
 * <p>For each endpoint: no location means the server that produced the FlightInfo; the
 * reuse-connection URI means this connection; otherwise the locations are tried in turn until one
 * answers (failover on UNAVAILABLE and on locations the driver cannot reach), each through a client
 * that carries the connection's cookies and headers (see {@link ConnectionClients}).
 *
 * <p>Memory: a {@link FlightStream} reuses one root for every batch, so each batch is transferred
 * into this source's own root, allocated from this result's own child allocator. The previous
 * batch is released when the next one is requested; {@link #close()} releases everything,
 * including a stream left half-read.
 */
public final class FlightBatchSource implements BatchSource {

  private final FlightInfo info;
  private final ConnectionClients clients;
  private final BufferAllocator allocator;
  private final List<FlightEndpoint> endpoints;
  private int nextEndpoint;
  private FlightStream stream;
  private VectorSchemaRoot root;
  private Schema schema;
  private boolean closed;

  /**
   * @param allocator this result's own allocator; the source closes it
   */
  public FlightBatchSource(FlightInfo info, ConnectionClients clients, BufferAllocator allocator) {
    this.info = requireNonNull(info, "info is null");
    this.clients = requireNonNull(clients, "clients is null");
    this.allocator = requireNonNull(allocator, "allocator is null");
    this.endpoints = Collections.unmodifiableList(new ArrayList<>(info.getEndpoints()));
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
        openNextStream();
        schema = stream == null ? new Schema(Collections.emptyList()) : stream.getSchema();
      } else {
        schema = announced.orElse(new Schema(Collections.emptyList()));
      }
    }
    return schema;
  }

  @Override
  public synchronized VectorSchemaRoot nextBatch() throws SQLException {
    ensureOpen();
    if (root != null) {
      root.clear(); // release the previous batch before the next arrives
    }
    try {
      while (true) {
        if (stream == null && !openNextStream()) {
          return null;
        }
        if (stream.next()) {
          return transferBatch(stream.getRoot());
        }
        closeStream();
      }
    } catch (FlightRuntimeException failure) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    }
  }

  @Override
  public synchronized DictionaryProvider dictionaryProvider() {
    return stream == null ? null : stream.getDictionaryProvider();
  }

  @Override
  public synchronized void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    SQLException failure = null;
    try {
      if (root != null) {
        root.close();
      }
    } catch (RuntimeException rootFailure) {
      failure = SqlState.GENERAL_ERROR.exception("Failed to release a result batch", rootFailure);
    }
    try {
      closeStream();
    } catch (SQLException streamFailure) {
      failure = chain(failure, streamFailure);
    }
    try {
      allocator.close();
    } catch (RuntimeException leak) {
      failure = chain(failure, SqlState.GENERAL_ERROR.exception(
          "Result memory was not fully released: " + leak.getMessage(), leak));
    }
    if (failure != null) {
      throw failure;
    }
  }

  private VectorSchemaRoot transferBatch(VectorSchemaRoot incoming) throws SQLException {
    if (root == null) {
      root = VectorSchemaRoot.create(incoming.getSchema(), allocator);
    } else if (!sameTypes(root.getSchema(), incoming.getSchema())) {
      throw SqlState.GENERAL_ERROR.exception(
          "Endpoint " + nextEndpoint + " sent schema " + incoming.getSchema()
              + ", which differs from the earlier " + root.getSchema());
    }
    List<FieldVector> from = incoming.getFieldVectors();
    List<FieldVector> to = root.getFieldVectors();
    for (int i = 0; i < from.size(); i++) {
      from.get(i).makeTransferPair(to.get(i)).transfer();
    }
    root.setRowCount(incoming.getRowCount());
    return root;
  }

  private static boolean sameTypes(Schema a, Schema b) {
    List<Field> left = a.getFields();
    List<Field> right = b.getFields();
    if (left.size() != right.size()) {
      return false;
    }
    for (int i = 0; i < left.size(); i++) {
      if (!left.get(i).getType().equals(right.get(i).getType())
          || !left.get(i).getChildren().equals(right.get(i).getChildren())) {
        return false;
      }
    }
    return true;
  }

  /** Opens the stream of the next endpoint; false when every endpoint has been read. */
  private boolean openNextStream() throws SQLException {
    if (stream != null) {
      return true;
    }
    if (nextEndpoint >= endpoints.size()) {
      return false;
    }
    FlightEndpoint endpoint = endpoints.get(nextEndpoint++);
    List<Location> locations = endpoint.getLocations();
    if (locations.isEmpty()) {
      stream = open(clients.sqlClient().getStream(endpoint.getTicket()));
      return true;
    }
    SQLException lastFailure = null;
    for (Location location : locations) {
      try {
        FlightClient client = clients.clientFor(location);
        stream = open(client.getStream(endpoint.getTicket()));
        return true;
      } catch (SQLException failure) {
        if (!isWorthFailover(failure)) {
          throw failure;
        }
        if (lastFailure != null) {
          failure.addSuppressed(lastFailure);
        }
        lastFailure = failure;
      }
    }
    throw lastFailure;
  }

  /**
   * Waits for the stream's first message, so that an unreachable location fails here (and the next
   * location can be tried) rather than on the first {@code next()}.
   */
  private static FlightStream open(FlightStream candidate) throws SQLException {
    try {
      candidate.getSchema();
      return candidate;
    } catch (RuntimeException failure) {
      SQLException error = FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
      try {
        candidate.close();
      } catch (Exception closeFailure) {
        error.addSuppressed(closeFailure);
      }
      throw error;
    }
  }

  // UNAVAILABLE (08006) and locations the driver cannot reach (0A000) move on to the next
  // location; any other error is the server's answer and ends the read.
  private static boolean isWorthFailover(SQLException failure) {
    String state = failure.getSQLState();
    return SqlState.CONNECTION_FAILURE.code().equals(state)
        || SqlState.FEATURE_NOT_SUPPORTED.code().equals(state);
  }

  private void closeStream() throws SQLException {
    if (stream == null) {
      return;
    }
    FlightStream closing = stream;
    stream = null;
    try {
      // Closing a half-read stream cancels it on the server and drains it (ARROW-FACTS §4).
      closing.close();
    } catch (Exception failure) {
      throw SqlState.GENERAL_ERROR.exception(
          "Failed to close a Flight stream: " + failure.getMessage(), failure);
    }
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
