package dev.quiver.jdbc.internal.result;

import java.sql.SQLException;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A forward-only sequence of Arrow batches that a result set walks through. Implementations: the
 * endpoints of a FlightInfo (possibly on several hosts), and in-memory batches (metadata results,
 * {@code Array.getResultSet}).
 */
public interface BatchSource extends AutoCloseable {

  /** The schema of every batch; known before the first batch is read. */
  Schema schema() throws SQLException;

  /**
   * Moves to the next batch. The returned root stays valid (and owned by this source) until the
   * next call to {@code nextBatch} or {@link #close()}; {@code null} at the end of the data.
   */
  VectorSchemaRoot nextBatch() throws SQLException;

  /**
   * The dictionaries of dictionary-encoded columns in the batch last returned by {@link
   * #nextBatch()}; {@code null} when the source has none. Valid as long as that batch is.
   */
  default DictionaryProvider dictionaryProvider() {
    return null;
  }

  /**
   * Wakes a thread blocked in {@link #nextBatch()} waiting for the server, which then fails; the
   * result must still be closed. Safe from any thread and never blocks; releases nothing, since the
   * reading thread may still be using the current batch. Called first by {@code ResultSet.close()}
   * so that closing from another thread (or closing the statement or connection) cannot hang behind
   * a stalled read.
   */
  default void abort() {}

  /** Releases every buffer and stream; idempotent; may be called before the end is reached. */
  @Override
  void close() throws SQLException;
}
