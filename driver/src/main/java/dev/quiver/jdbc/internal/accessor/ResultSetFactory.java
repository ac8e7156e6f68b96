package dev.quiver.jdbc.internal.accessor;

import dev.quiver.jdbc.internal.result.BatchSource;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns a {@link BatchSource} into a {@link ResultSet}; {@code Array.getResultSet} builds its
 * two-column (INDEX, VALUE) batches and hands them to the cursor through this, so the accessor
 * layer does not depend on the cursor class. The result set owns the source and closes it.
 */
@FunctionalInterface
public interface ResultSetFactory {

  /** A forward-only, read-only result set over {@code source}; it closes the source. */
  ResultSet create(BatchSource source) throws SQLException;
}
