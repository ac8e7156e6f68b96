package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.param.ParameterBindings;
import dev.quiver.jdbc.internal.param.ParameterRoots;
import dev.quiver.jdbc.internal.result.BatchSource;
import dev.quiver.jdbc.internal.result.FlightBatchSource;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * A prepared statement: prepared once on the server ({@link ServerPreparedStatement}) and run any
 * number of times with new parameter values on the same handle.
 *
 * <p>Parameters: the setters store canonical values in {@link ParameterBindings}, typed by the
 * server's parameter schema (or inferred from the values when the server gives none); each
 * execution writes them into a new Arrow root. Unset parameters fail with 07001 before any RPC.
 *
 * <p>Batches: {@code executeBatch} sends all rows in one DoPut, or, when their values exceed {@link
 * #BATCH_CHUNK_BYTES}, in several DoPuts of consecutive rows. The server applies each DoPut
 * atomically (Flight SQL: bound parameter sets are "a single atomic execution"), but not the chunks
 * together: when a later chunk fails, earlier chunks have been applied, and the {@code
 * BatchUpdateException} reports their counts. A DoPut of N rows yields one total count, so each of
 * its rows reports {@link Statement#SUCCESS_NO_INFO} (a one-row DoPut reports its real count).
 */
public final class QuiverPreparedStatement extends PreparedStatementBase
    implements ResultOwner, dev.quiver.jdbc.QuiverStatement {

  /** Parameter value bytes per DoPut of a batch; larger batches are sent in chunks. */
  static final long BATCH_CHUNK_BYTES = ParameterRoots.DEFAULT_CHUNK_BYTES;

  private final QuiverConnection connection;
  private final String sql;
  private final int holdability;
  private final ServerPreparedStatement server;
  private final ParameterBindings bindings;
  private final ExecutionControl executions;
  // volatile: Connection.close() may close this statement from another thread.
  private volatile QuiverResultSet result;
  private long updateCount = -1;
  private long maxRows;
  private int fetchSize;
  private int fetchDirection = ResultSet.FETCH_FORWARD;
  private boolean poolable = true; // JDBC: prepared statements are poolable by default
  private boolean closeOnCompletion;
  private SQLWarning warnings;
  private volatile boolean closed;

  private QuiverPreparedStatement(
      QuiverConnection connection, String sql, int holdability, ServerPreparedStatement server) {
    this.connection = connection;
    this.sql = sql;
    this.holdability = holdability;
    this.server = server;
    this.bindings = new ParameterBindings(server.parameterSchema());
    this.executions = new ExecutionControl(connection);
  }

  /** Prepares {@code sql} on the server. */
  static QuiverPreparedStatement prepare(QuiverConnection connection, String sql, int holdability)
      throws SQLException {
    requireNonNull(connection, "connection is null");
    if (sql == null || sql.trim().isEmpty()) {
      throw SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION.exception("SQL is null or empty");
    }
    ServerPreparedStatement server =
        ServerPreparedStatement.prepare(
            connection.clients().sqlClient(),
            sql,
            connection.transactions().forStatement(),
            connection.newResultAllocator());
    try {
      return new QuiverPreparedStatement(connection, sql, holdability, server);
    } catch (RuntimeException failure) {
      try {
        server.close();
      } catch (SQLException closeFailure) {
        failure.addSuppressed(closeFailure);
      }
      throw failure;
    }
  }

  // ---- parameters ----

  @Override
  void bind(int index, Object canonicalValue) throws SQLException {
    checkOpen();
    bindings.set(index, canonicalValue);
  }

  @Override
  void bindNull(int index, Field natural) throws SQLException {
    checkOpen();
    bindings.setNull(index, natural);
  }

  @Override
  public void clearParameters() throws SQLException {
    checkOpen();
    bindings.clearParameters();
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    return new QuiverParameterMetaData(server.parameterSchema(), bindings);
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    if (server.datasetSchema().getFields().isEmpty()) {
      // A server that sent no dataset schema for a query: the open result knows its columns.
      // Otherwise JDBC's answer for "not known before execution" (and for updates) is null.
      QuiverResultSet current = result;
      return current == null ? null : current.getMetaData();
    }
    return new QuiverResultSetMetaData(server.datasetSchema());
  }

  // ---- execution ----

  @Override
  public ResultSet executeQuery() throws SQLException {
    startExecution();
    if (!server.isQuery()) {
      throw SqlState.NOT_A_CURSOR_SPECIFICATION.exception(
          "executeQuery needs a statement that returns rows; use executeUpdate or execute for: "
              + abbreviate(sql));
    }
    runQuery();
    return result;
  }

  @Override
  public int executeUpdate() throws SQLException {
    return saturatedInt(executeLargeUpdate());
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    startExecution();
    if (server.isQuery()) {
      throw SqlState.CURSOR_SPECIFICATION_CANNOT_BE_EXECUTED.exception(
          "executeUpdate cannot run a statement that returns rows; use executeQuery or execute"
              + " for: "
              + abbreviate(sql));
    }
    runUpdate();
    return updateCount;
  }

  @Override
  public boolean execute() throws SQLException {
    startExecution();
    if (server.isQuery()) {
      runQuery();
      return true;
    }
    runUpdate();
    return false;
  }

  private void startExecution() throws SQLException {
    checkOpen();
    closeCurrentResult();
    updateCount = -1;
    warnings = null;
    bindings.checkComplete(); // 07001 before any RPC
  }

  /** The current row's root, or null for a statement without parameters. */
  private ParameterRoots currentRoots() throws SQLException {
    return bindings.parameterCount() == 0 ? null : ParameterRoots.ofCurrentRow(bindings);
  }

  // Each execution is cancellable and bounded by the query timeout (see ExecutionControl).
  private void runQuery() throws SQLException {
    ParameterRoots roots = currentRoots();
    Execution execution = executions.start();
    BatchSource source = null;
    try {
      FlightInfo info = execution.call(() -> server.executeQuery(roots));
      execution.flightInfo(info);
      source =
          new ExecutionBatchSource(
              new FlightBatchSource(info, connection.clients(), connection.newResultAllocator()),
              execution);
      result = new QuiverResultSet(this, source, maxRows, fetchSize, holdability);
    } catch (SQLException | RuntimeException failure) {
      if (source != null) {
        try {
          source.close();
        } catch (SQLException closeFailure) {
          failure.addSuppressed(closeFailure);
        }
      }
      execution.finish();
      throw failure;
    }
  }

  private void runUpdate() throws SQLException {
    connection.checkWritable("a prepared update");
    ParameterRoots roots = currentRoots();
    Execution execution = executions.start();
    try {
      updateCount = execution.call(() -> server.executeUpdate(roots));
    } finally {
      execution.finish();
    }
  }

  // ---- batches ----

  @Override
  public void addBatch() throws SQLException {
    checkOpen();
    bindings.addBatch();
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    bindings.clearBatch();
  }

  @Override
  public int[] executeBatch() throws SQLException {
    return StatementBatch.narrow(executeLargeBatch());
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    checkOpen();
    connection.checkWritable("a batch");
    closeCurrentResult();
    updateCount = -1;
    warnings = null;
    int rows = bindings.batchSize();
    try {
      if (rows == 0) {
        return new long[0];
      }
      if (server.isQuery()) {
        throw new BatchUpdateException(
            "executeBatch cannot run a statement that returns rows: " + abbreviate(sql),
            SqlState.CURSOR_SPECIFICATION_CANNOT_BE_EXECUTED.code(),
            0,
            new long[0],
            null);
      }
      Execution execution = executions.start();
      try {
        return execution.call(() -> runBatch(rows));
      } finally {
        execution.finish();
      }
    } finally {
      bindings.clearBatch(); // JDBC: the batch is empty once executeBatch returns or fails
    }
  }

  private long[] runBatch(int rows) throws SQLException {
    long[] counts = new long[rows];
    ParameterRoots roots;
    try {
      roots = ParameterRoots.ofBatch(bindings, BATCH_CHUNK_BYTES);
    } catch (SQLException failure) {
      throw batchFailure(failure, new long[0]);
    }
    while (roots.hasNext()) {
      int from = roots.position();
      long count;
      try {
        count = server.executeUpdate(roots);
      } catch (SQLException failure) {
        // the earlier chunks were applied; the failed chunk was not (one atomic DoPut)
        throw batchFailure(failure, Arrays.copyOf(counts, from));
      }
      int to = roots.position();
      if (to - from == 1 && count >= 0) {
        counts[from] = count;
      } else {
        Arrays.fill(counts, from, to, Statement.SUCCESS_NO_INFO);
      }
    }
    return counts;
  }

  private static BatchUpdateException batchFailure(SQLException cause, long[] doneCounts) {
    return new BatchUpdateException(
        "Batch failed: " + cause.getMessage(),
        cause.getSQLState(),
        cause.getErrorCode(),
        doneCounts,
        cause);
  }

  // ---- results ----

  @Override
  public ResultSet getResultSet() throws SQLException {
    checkOpen();
    return result;
  }

  @Override
  public int getUpdateCount() throws SQLException {
    return saturatedInt(getLargeUpdateCount());
  }

  @Override
  public long getLargeUpdateCount() throws SQLException {
    checkOpen();
    return updateCount;
  }

  @Override
  public boolean getMoreResults() throws SQLException {
    return getMoreResults(Statement.CLOSE_CURRENT_RESULT);
  }

  @Override
  public boolean getMoreResults(int current) throws SQLException {
    checkOpen();
    if (current == Statement.KEEP_CURRENT_RESULT) {
      throw JdbcObjects.notSupported("getMoreResults(KEEP_CURRENT_RESULT)");
    }
    if (current != Statement.CLOSE_CURRENT_RESULT && current != Statement.CLOSE_ALL_RESULTS) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "Invalid getMoreResults argument " + current);
    }
    closeCurrentResult(); // one result per execution, so there is never a next one
    updateCount = -1;
    return false;
  }

  @Override
  public ResultSet getGeneratedKeys() throws SQLException {
    throw JdbcObjects.notSupported("getGeneratedKeys");
  }

  private void closeCurrentResult() throws SQLException {
    QuiverResultSet current = result;
    result = null;
    if (current != null) {
      current.close();
    }
  }

  @Override
  public void resultClosed(QuiverResultSet closedResult) throws SQLException {
    if (result != closedResult) {
      return; // closed by this statement itself (re-execution, getMoreResults, close)
    }
    result = null;
    if (closeOnCompletion && !closed) {
      close();
    }
  }

  // ---- settings (same rules as QuiverStatement) ----

  @Override
  public int getMaxRows() throws SQLException {
    return (int) Math.min(getLargeMaxRows(), Integer.MAX_VALUE);
  }

  @Override
  public void setMaxRows(int max) throws SQLException {
    setLargeMaxRows(max);
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    checkOpen();
    return maxRows;
  }

  @Override
  public void setLargeMaxRows(long max) throws SQLException {
    checkOpen();
    if (max < 0) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("maxRows is negative: " + max);
    }
    maxRows = max;
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    checkOpen();
    if (max != 0) {
      throw JdbcObjects.notSupported("setMaxFieldSize with a limit");
    }
  }

  @Override
  public void setEscapeProcessing(boolean enable) throws SQLException {
    checkOpen(); // the SQL was sent when the statement was prepared; nothing left to process
  }

  @Override
  public int getQueryTimeout() throws SQLException {
    checkOpen();
    return executions.queryTimeoutSeconds();
  }

  /** See {@link ExecutionControl} for exactly what the timeout bounds. */
  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    checkOpen();
    executions.queryTimeoutSeconds(seconds);
  }

  // ---- dev.quiver.jdbc.QuiverStatement (progress of the latest execution) ----

  @Override
  public long getTotalRecords() throws SQLException {
    checkOpen();
    return executions.totalRecords();
  }

  @Override
  public long getRecordsReceived() throws SQLException {
    checkOpen();
    return executions.recordsReceived();
  }

  @Override
  public OptionalDouble getProgress() throws SQLException {
    checkOpen();
    return executions.progress();
  }

  @Override
  public void cancel() throws SQLException {
    checkOpen();
    executions.cancel();
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != ResultSet.FETCH_FORWARD
        && direction != ResultSet.FETCH_REVERSE
        && direction != ResultSet.FETCH_UNKNOWN) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("Invalid fetch direction " + direction);
    }
    fetchDirection = direction;
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return fetchDirection;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("Fetch size is negative: " + rows);
    }
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    checkOpen();
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getResultSetType() throws SQLException {
    checkOpen();
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    checkOpen();
    return holdability;
  }

  @Override
  public void setCursorName(String name) throws SQLException {
    throw JdbcObjects.notSupported("setCursorName");
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    checkOpen();
    this.poolable = poolable;
  }

  @Override
  public boolean isPoolable() throws SQLException {
    checkOpen();
    return poolable;
  }

  @Override
  public void closeOnCompletion() throws SQLException {
    checkOpen();
    closeOnCompletion = true;
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    checkOpen();
    return closeOnCompletion;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return warnings;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
    warnings = null;
  }

  /** See QuiverStatement: a count beyond int is capped with a warning, not an error. */
  private int saturatedInt(long count) {
    if (count > Integer.MAX_VALUE) {
      SQLWarning warning =
          new SQLWarning(
              "Update count "
                  + count
                  + " exceeds Integer.MAX_VALUE; use executeLargeUpdate or"
                  + " getLargeUpdateCount");
      if (warnings == null) {
        warnings = warning;
      } else {
        warnings.setNextWarning(warning);
      }
      return Integer.MAX_VALUE;
    }
    return (int) count;
  }

  @Override
  public Connection getConnection() throws SQLException {
    checkOpen();
    return connection;
  }

  // ---- life cycle ----

  /** Closes the open result and the server handle; memory is released even if the RPC fails. */
  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    executions.abortCall(); // a call still running in another thread (Connection.close/abort)
    try {
      try {
        closeCurrentResult();
      } finally {
        server.close();
      }
    } finally {
      connection.statementClosed(this);
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("The statement is closed");
    }
    connection.checkOpen();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return JdbcObjects.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return JdbcObjects.isWrapperFor(this, type);
  }

  @Override
  public String toString() {
    return "QuiverPreparedStatement{" + abbreviate(sql) + ", closed=" + closed + "}";
  }

  private static String abbreviate(String sql) {
    String oneLine = sql.trim().replaceAll("\\s+", " ");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }
}
