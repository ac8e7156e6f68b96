package dev.quiver.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalDouble;

/**
 * Quiver's extensions of {@link Statement} (plain and prepared statements), reached with {@code
 * statement.unwrap(QuiverStatement.class)}. It reports on the statement's latest execution and may
 * be called from another thread while the application reads the result (for a progress display next
 * to a Cancel button that calls {@link java.sql.Statement#cancel()}).
 *
 * <pre>{@code
 * QuiverStatement progress = statement.unwrap(QuiverStatement.class);
 * try (ResultSet rows = statement.executeQuery(sql)) {
 *   while (rows.next()) {
 *     // ... elsewhere: progress.getProgress().ifPresent(bar::set);
 *   }
 * }
 * }</pre>
 *
 * <p>The total comes from the server: the {@code total_records} of the query's FlightInfo, which
 * Flight SQL servers may leave unknown (-1); then there is a count of received rows but no
 * progress. Long-running queries whose FlightInfo is not yet available (the time spent inside
 * GetFlightInfo) report no progress: the driver does not use PollFlightInfo.
 */
public interface QuiverStatement extends Statement {

  /**
   * The {@code total_records} the server announced for the latest query's result; -1 when it did
   * not say, when the latest execution was not a query, or before the first execution.
   */
  long getTotalRecords() throws SQLException;

  /** Rows of the latest query's result that the driver has received so far. */
  long getRecordsReceived() throws SQLException;

  /**
   * {@link #getRecordsReceived()} / {@link #getTotalRecords()}, capped at 1; empty when the total
   * is unknown. A result read to the end reports 1.
   */
  OptionalDouble getProgress() throws SQLException;
}
