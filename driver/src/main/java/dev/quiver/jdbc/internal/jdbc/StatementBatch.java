package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.flight.sql.FlightSqlClient;

/**
 * The SQL commands of {@code Statement.addBatch(String)}. Flight SQL has no multi-statement
 * command, so {@link #execute} sends them one by one, in order, each as its own update (DoPut of
 * {@code CommandStatementUpdate}), and stops at the first failure. Commands that ran before a
 * failure stay applied (in auto-commit mode each is its own transaction); the {@link
 * BatchUpdateException} carries their counts (JDBC 4.3 section 14.1.3). A command that returns rows
 * is refused (07003) without being sent.
 */
final class StatementBatch {

  private final List<String> commands = new ArrayList<>();

  void add(String sql) throws SQLException {
    if (sql == null || sql.trim().isEmpty()) {
      throw SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION.exception("SQL is null or empty");
    }
    commands.add(sql);
  }

  void clear() {
    commands.clear();
  }

  /**
   * Runs and empties the batch; one count per command ({@code SUCCESS_NO_INFO} when unknown).
   *
   * @param transaction the connection's transaction, or {@code null} in auto-commit mode
   */
  long[] execute(FlightSqlClient client, FlightSqlClient.Transaction transaction)
      throws SQLException {
    requireNonNull(client, "client is null");
    List<String> toRun = new ArrayList<>(commands);
    commands.clear(); // JDBC: the batch is empty once executeBatch returns or fails
    long[] counts = new long[toRun.size()];
    for (int i = 0; i < toRun.size(); i++) {
      String sql = toRun.get(i);
      if (StatementKind.of(sql) == StatementKind.QUERY) {
        throw new BatchUpdateException(
            "Batch command " + (i + 1) + " returns rows, which a batch cannot: " + sql,
            SqlState.CURSOR_SPECIFICATION_CANNOT_BE_EXECUTED.code(),
            0,
            Arrays.copyOf(counts, i),
            null);
      }
      try {
        long count =
            transaction == null
                ? client.executeUpdate(sql)
                : client.executeUpdate(sql, transaction);
        counts[i] = count < 0 ? Statement.SUCCESS_NO_INFO : count; // -1: the server did not say
      } catch (RuntimeException failure) {
        SQLException cause = FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
        throw new BatchUpdateException(
            "Batch command " + (i + 1) + " failed: " + cause.getMessage(),
            cause.getSQLState(),
            cause.getErrorCode(),
            Arrays.copyOf(counts, i),
            cause);
      }
    }
    return counts;
  }

  /** The int form of batch counts (counts beyond int are capped). */
  static int[] narrow(long[] counts) {
    int[] narrow = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      narrow[i] = (int) Math.min(counts[i], Integer.MAX_VALUE);
    }
    return narrow;
  }
}
