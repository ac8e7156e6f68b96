package dev.quiver.jdbc.internal.result;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.util.List;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads the endpoints one after the other on the caller's thread, with no read-ahead: used for a
 * single endpoint (nothing to overlap), for results without an announced schema (the first stream
 * supplies it) and for dictionary-encoded results (a stream's dictionaries belong to that stream).
 * Each batch is moved into one root of this source, so the stream's reused root never escapes.
 */
final class SequentialEndpoints {

  private final List<FlightEndpoint> endpoints;
  private final EndpointStreams streams;
  private final BufferAllocator allocator;
  private int nextEndpoint;
  private volatile FlightStream stream; // volatile: abort() reads it from another thread
  private VectorSchemaRoot root;

  SequentialEndpoints(
      List<FlightEndpoint> endpoints, EndpointStreams streams, BufferAllocator allocator) {
    this.endpoints = requireNonNull(endpoints, "endpoints is null");
    this.streams = requireNonNull(streams, "streams is null");
    this.allocator = requireNonNull(allocator, "allocator is null");
  }

  /** The schema of the first stream (opened now); {@code null} if there is no endpoint. */
  Schema firstStreamSchema() throws SQLException {
    if (!openNextStream()) {
      return null;
    }
    try {
      return stream.getSchema();
    } catch (RuntimeException failure) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    }
  }

  VectorSchemaRoot nextBatch(Schema expected) throws SQLException {
    if (root != null) {
      root.clear(); // release the previous batch before the next arrives
    }
    try {
      while (true) {
        if (stream == null && !openNextStream()) {
          return null;
        }
        if (stream.next()) {
          root = Batches.transfer(stream.getRoot(), root, expected, allocator, nextEndpoint - 1);
          return root;
        }
        closeStream();
      }
    } catch (FlightRuntimeException failure) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    }
  }

  /** Cancels the stream being read, so a thread blocked on it wakes up (any thread). */
  void abort() {
    FlightStream reading = stream;
    if (reading != null) {
      try {
        reading.cancel("The result set was closed", null);
      } catch (RuntimeException alreadyEnded) {
        // nothing left to wake
      }
    }
  }

  DictionaryProvider dictionaryProvider() {
    return stream == null ? null : stream.getDictionaryProvider();
  }

  /** Releases the batch and the open stream; the allocator is the caller's to close. */
  void close() throws SQLException {
    SQLException failure = null;
    try {
      if (root != null) {
        root.close();
        root = null;
      }
    } catch (RuntimeException rootFailure) {
      failure = SqlState.GENERAL_ERROR.exception("Failed to release a result batch", rootFailure);
    }
    try {
      closeStream();
    } catch (SQLException streamFailure) {
      if (failure == null) {
        failure = streamFailure;
      } else {
        failure.addSuppressed(streamFailure);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private boolean openNextStream() throws SQLException {
    if (stream != null) {
      return true;
    }
    if (nextEndpoint >= endpoints.size()) {
      return false;
    }
    int index = nextEndpoint++;
    stream = streams.open(endpoints.get(index), index);
    return true;
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
}
