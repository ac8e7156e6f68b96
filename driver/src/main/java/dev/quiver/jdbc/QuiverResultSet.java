package dev.quiver.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * Quiver's extensions of {@link ResultSet}, reached with {@code
 * resultSet.unwrap(QuiverResultSet.class)}: the result's Arrow batches themselves, with no copy and
 * no row conversion.
 */
public interface QuiverResultSet extends ResultSet {

  /**
   * Hands out the remaining batches of this result (every endpoint, in the order the row cursor
   * would have read them) as an {@link ArrowReader}.
   *
   * <p>Use it this way: {@code VectorSchemaRoot root = reader.getVectorSchemaRoot();} then {@code
   * while (reader.loadNextBatch()) { ... read root ... }}. The same root is refilled by every
   * {@code loadNextBatch()} (like Flight's {@code FlightStream}): the previous batch's memory moves
   * out of it, so copy or transfer what must outlive the next call. Its vectors are the server's
   * vectors moved (not copied) into memory of this result's own allocator. Dictionary-encoded
   * columns keep their indices in the root; their dictionaries come from {@code reader.lookup(id)},
   * valid for the current batch. {@code Statement.setMaxRows} is honoured (the last batch is cut).
   *
   * <p>Ownership: the reader belongs to this result set. Closing the reader closes the result set;
   * closing the result set, its statement or its connection releases the reader's memory (a root
   * obtained from it must not be used afterwards). Calling this method again returns the same
   * reader.
   *
   * <p>The row cursor and the reader cannot be mixed: once {@code next()} (or {@code
   * isBeforeFirst()}) has been called this method fails, and once it has been called {@code next()}
   * fails; both with SQLState HY010.
   *
   * @throws SQLException HY010 when the cursor has been used or the result set is closed
   */
  ArrowReader arrowReader() throws SQLException;
}
