package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.IngestOptions;
import dev.quiver.jdbc.internal.client.ConnectionClients;
import dev.quiver.jdbc.internal.client.DriverAllocator;
import dev.quiver.jdbc.internal.config.ConnectionConfig;
import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.metadata.QuiverDatabaseMetaData;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.ClientInfoStatus;
import java.sql.Clob;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.flight.CallOption;
import org.apache.arrow.flight.CallOptions;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JDBC connection to one Flight SQL server. It owns a child of the driver's root allocator, the
 * Flight clients (with this connection's cookies and headers) and its open statements; {@link
 * #close()} closes the statements (and so their results), then the clients, then the allocator.
 *
 * <p>Transactions: see {@link ConnectionTransactions}. Cancel and timeouts: see {@link
 * ExecutionControl} ({@code setQueryTimeout}) and {@link #setNetworkTimeout}; the timers run on one
 * thread per connection ({@link ConnectionTimer}), created on first use and ended by {@code
 * close()}.
 */
public final class QuiverConnection implements dev.quiver.jdbc.QuiverConnection {

  private static final Logger LOG = LoggerFactory.getLogger(QuiverConnection.class);
  private static final AtomicLong CONNECTION_IDS = new AtomicLong();

  private final ConnectionConfig config;
  private final BufferAllocator allocator;
  private final ConnectionClients clients;
  private final Set<Statement> statements = ConcurrentHashMap.newKeySet();
  private final AtomicLong resultIds = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Properties clientInfo = new Properties();
  private volatile int holdability = ResultSet.HOLD_CURSORS_OVER_COMMIT;
  private SQLWarning warnings;
  private QuiverDatabaseMetaData metaData; // guarded by this
  private final ConnectionTimer timer;
  private final ConnectionTransactions transactions = new ConnectionTransactions(this);
  private final BulkIngest bulkIngest = new BulkIngest(this);
  private volatile int networkTimeoutMillis;
  private volatile boolean readOnly;

  private QuiverConnection(
      ConnectionConfig config, BufferAllocator allocator, ConnectionClients clients) {
    this.config = config;
    this.allocator = allocator;
    this.clients = clients;
    this.timer = new ConnectionTimer("quiver-timer-" + allocator.getName());
  }

  /** Connects: fails here (08001, or 28000 for auth) when the server does not answer. */
  public static QuiverConnection open(ConnectionConfig config) throws SQLException {
    requireNonNull(config, "config is null");
    BufferAllocator allocator =
        DriverAllocator.newConnectionAllocator(
            "quiver-connection-" + CONNECTION_IDS.incrementAndGet());
    try {
      return new QuiverConnection(config, allocator, ConnectionClients.connect(config, allocator));
    } catch (SQLException | RuntimeException failure) {
      allocator.close();
      throw failure;
    }
  }

  ConnectionClients clients() {
    return clients;
  }

  ConnectionTimer timer() {
    return timer;
  }

  ConnectionTransactions transactions() {
    return transactions;
  }

  int networkTimeoutMillis() {
    return networkTimeoutMillis;
  }

  /**
   * Options for a single unary call outside a statement execution (transaction actions): the
   * network timeout as the call's deadline, none without one.
   */
  CallOption[] callOptions() {
    int timeout = networkTimeoutMillis;
    return timeout > 0
        ? new CallOption[] {CallOptions.timeout(timeout, TimeUnit.MILLISECONDS)}
        : new CallOption[0];
  }

  /** A child allocator for one result; the result closes it. */
  BufferAllocator newResultAllocator() throws SQLException {
    checkOpen();
    return allocator.newChildAllocator("result-" + resultIds.incrementAndGet(), 0, Long.MAX_VALUE);
  }

  void statementClosed(Statement statement) {
    statements.remove(statement);
  }

  void checkOpen() throws SQLException {
    if (closed.get()) {
      throw SqlState.CONNECTION_CLOSED.exception("The connection is closed");
    }
  }

  // ---- statements ----

  @Override
  public Statement createStatement() throws SQLException {
    return createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, holdability);
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency)
      throws SQLException {
    return createStatement(resultSetType, resultSetConcurrency, holdability);
  }

  @Override
  public Statement createStatement(
      int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    checkOpen();
    if (resultSetType != ResultSet.TYPE_FORWARD_ONLY) {
      throw JdbcObjects.notSupported(
          "createStatement with a result set type other than" + " TYPE_FORWARD_ONLY");
    }
    if (resultSetConcurrency != ResultSet.CONCUR_READ_ONLY) {
      throw JdbcObjects.notSupported(
          "createStatement with a concurrency other than" + " CONCUR_READ_ONLY");
    }
    checkHoldability(resultSetHoldability);
    QuiverStatement statement = new QuiverStatement(this, resultSetHoldability);
    statements.add(statement);
    return statement;
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    return prepareStatement(
        sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, holdability);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
      throws SQLException {
    return prepareStatement(sql, resultSetType, resultSetConcurrency, holdability);
  }

  @Override
  public PreparedStatement prepareStatement(
      String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    checkOpen();
    if (resultSetType != ResultSet.TYPE_FORWARD_ONLY) {
      throw JdbcObjects.notSupported(
          "prepareStatement with a result set type other than TYPE_FORWARD_ONLY");
    }
    if (resultSetConcurrency != ResultSet.CONCUR_READ_ONLY) {
      throw JdbcObjects.notSupported(
          "prepareStatement with a concurrency other than CONCUR_READ_ONLY");
    }
    checkHoldability(resultSetHoldability);
    QuiverPreparedStatement statement =
        QuiverPreparedStatement.prepare(this, sql, resultSetHoldability);
    statements.add(statement);
    return statement;
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    if (autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS) {
      throw JdbcObjects.notSupported("prepareStatement with RETURN_GENERATED_KEYS");
    }
    if (autoGeneratedKeys != Statement.NO_GENERATED_KEYS) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "autoGeneratedKeys must be RETURN_GENERATED_KEYS or NO_GENERATED_KEYS, not "
              + autoGeneratedKeys);
    }
    return prepareStatement(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    throw JdbcObjects.notSupported("prepareStatement with generated key columns");
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    throw JdbcObjects.notSupported("prepareStatement with generated key columns");
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    throw JdbcObjects.notSupported("prepareCall");
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency)
      throws SQLException {
    throw JdbcObjects.notSupported("prepareCall");
  }

  @Override
  public CallableStatement prepareCall(
      String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    throw JdbcObjects.notSupported("prepareCall");
  }

  @Override
  public String nativeSQL(String sql) throws SQLException {
    checkOpen();
    if (sql == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("sql is null");
    }
    return sql; // no JDBC escape translation: SQL is sent as written
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    checkOpen();
    synchronized (this) {
      // One per connection, so the server's SqlInfo is fetched once and cached.
      if (metaData == null) {
        metaData = new QuiverDatabaseMetaData(new ConnectionMetadataBackend(this, config));
      }
      return metaData;
    }
  }

  // ---- transactions (ConnectionTransactions) ----

  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
    transactions.autoCommit(autoCommit);
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    checkOpen();
    return transactions.autoCommit();
  }

  @Override
  public void commit() throws SQLException {
    checkOpen();
    transactions.commit();
  }

  @Override
  public void rollback() throws SQLException {
    checkOpen();
    transactions.rollback();
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    checkOpen();
    throw JdbcObjects.notSupported("rollback(Savepoint)");
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    checkOpen();
    throw JdbcObjects.notSupported("setSavepoint");
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    checkOpen();
    throw JdbcObjects.notSupported("setSavepoint");
  }

  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    checkOpen();
    throw JdbcObjects.notSupported("releaseSavepoint");
  }

  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    checkOpen();
    transactions.isolation(level);
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    checkOpen();
    return transactions.isolation();
  }

  // ---- bulk ingest (dev.quiver.jdbc.QuiverConnection; BulkIngest) ----

  @Override
  public long ingest(String table, ArrowReader data, IngestOptions options) throws SQLException {
    checkWritable("a bulk ingest");
    checkOpen();
    return bulkIngest.ingest(table, data, options);
  }

  @Override
  public long ingest(String table, ResultSet rows, IngestOptions options) throws SQLException {
    checkWritable("a bulk ingest");
    checkOpen();
    return bulkIngest.ingest(table, rows, options);
  }

  @Override
  public boolean supportsIngest() throws SQLException {
    checkOpen();
    return bulkIngest.supported();
  }

  // ---- settings ----

  // Flight SQL has no read-only session mode, so read-only is enforced by the driver on what it
  // knows writes: update statements, batches, prepared updates and ingest are refused with 25006.
  // A query that writes through a function with side effects is not caught; only the server's
  // permissions can guarantee that (README "Read-only connections").

  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
    this.readOnly = readOnly;
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    checkOpen();
    return readOnly;
  }

  /** Refuses {@code operation} with 25006 when the connection is read-only. */
  public void checkWritable(String operation) throws SQLException {
    if (readOnly) {
      throw SqlState.READ_ONLY_SQL_TRANSACTION.exception(
          "The connection is read-only (setReadOnly(true)); refusing " + operation);
    }
  }

  // Catalog and schema live on the server as Flight session options of this connection's session
  // (set by the catalog/schema properties at connect too); they are read back from the server
  // rather than cached, because SQL such as DuckDB's USE may change them behind the driver's back.

  @Override
  public void setCatalog(String catalog) throws SQLException {
    checkOpen();
    if (catalog == null || catalog.isEmpty()) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("setCatalog: catalog is null or empty");
    }
    clients.sessionOptions().set("catalog", catalog);
  }

  @Override
  public String getCatalog() throws SQLException {
    checkOpen();
    return clients.sessionOptions().get("catalog");
  }

  @Override
  public void setSchema(String schema) throws SQLException {
    checkOpen();
    if (schema == null || schema.isEmpty()) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("setSchema: schema is null or empty");
    }
    clients.sessionOptions().set("schema", schema);
  }

  @Override
  public String getSchema() throws SQLException {
    checkOpen();
    return clients.sessionOptions().get("schema");
  }

  @Override
  public void setHoldability(int holdability) throws SQLException {
    checkOpen();
    checkHoldability(holdability);
    this.holdability = holdability;
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return holdability;
  }

  private static void checkHoldability(int holdability) throws SQLException {
    // Both are honoured trivially: with auto-commit the commit happens when a statement completes,
    // and results stay readable until closed.
    if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT
        && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("Invalid holdability " + holdability);
    }
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    checkOpen();
    return Collections.emptyMap();
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    checkOpen();
    if (map != null && !map.isEmpty()) {
      throw JdbcObjects.notSupported("setTypeMap (user-defined type mapping)");
    }
  }

  /**
   * Bounds every single wait on the server: each call of a statement execution (GetFlightInfo,
   * DoPut) and each wait for the next batch of a DoGet (so a long stream that keeps delivering is
   * never cut, ARROW-FACTS trap 10), and each transaction action. When hit, the execution is
   * cancelled and fails with {@code SQLTimeoutException} (HYT00); the connection stays usable. The
   * timers run on the connection's own timer thread, so {@code executor} is only checked.
   */
  @Override
  public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    checkOpen();
    if (executor == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("setNetworkTimeout: executor is null");
    }
    if (milliseconds < 0) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          "setNetworkTimeout: negative timeout " + milliseconds);
    }
    networkTimeoutMillis = milliseconds;
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    checkOpen();
    return networkTimeoutMillis;
  }

  // ---- client info (kept by the driver, not sent to the server) ----

  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (closed.get()) {
      throw new SQLClientInfoException(
          "The connection is closed",
          SqlState.CONNECTION_CLOSED.code(),
          Collections.singletonMap(name, ClientInfoStatus.REASON_UNKNOWN));
    }
    if (name == null) {
      throw new SQLClientInfoException(
          "Client info name is null",
          SqlState.INVALID_PARAMETER_VALUE.code(),
          Collections.emptyMap());
    }
    synchronized (clientInfo) {
      if (value == null) {
        clientInfo.remove(name);
      } else {
        clientInfo.setProperty(name, value);
      }
    }
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    if (closed.get()) {
      throw new SQLClientInfoException(
          "The connection is closed", SqlState.CONNECTION_CLOSED.code(), Collections.emptyMap());
    }
    // JDBC: the given properties replace the whole set.
    synchronized (clientInfo) {
      clientInfo.clear();
      if (properties != null) {
        for (String name : properties.stringPropertyNames()) {
          clientInfo.setProperty(name, properties.getProperty(name));
        }
      }
    }
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    checkOpen();
    synchronized (clientInfo) {
      return clientInfo.getProperty(name);
    }
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    checkOpen();
    synchronized (clientInfo) {
      Properties copy = new Properties();
      copy.putAll(clientInfo);
      return copy;
    }
  }

  // ---- warnings ----

  @Override
  public synchronized SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return warnings;
  }

  @Override
  public synchronized void clearWarnings() throws SQLException {
    checkOpen();
    warnings = null;
  }

  // ---- factories for JDBC objects this driver does not have ----

  @Override
  public Clob createClob() throws SQLException {
    throw JdbcObjects.notSupported("createClob");
  }

  @Override
  public Blob createBlob() throws SQLException {
    throw JdbcObjects.notSupported("createBlob");
  }

  @Override
  public NClob createNClob() throws SQLException {
    throw JdbcObjects.notSupported("createNClob");
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    throw JdbcObjects.notSupported("createSQLXML");
  }

  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    throw JdbcObjects.notSupported("createArrayOf");
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    throw JdbcObjects.notSupported("createStruct");
  }

  // ---- life cycle ----

  @Override
  public boolean isValid(int timeout) throws SQLException {
    if (timeout < 0) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("isValid timeout is negative: " + timeout);
    }
    if (closed.get()) {
      return false;
    }
    try {
      clients.ping(timeout, FlightErrors.Phase.ESTABLISHED);
      return true;
    } catch (SQLException failure) {
      LOG.debug("isValid: the server did not answer", failure);
      return false;
    }
  }

  @Override
  public void close() throws SQLException {
    if (closed.compareAndSet(false, true)) {
      releaseResources();
    }
  }

  @Override
  public void abort(Executor executor) throws SQLException {
    if (executor == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("abort: executor is null");
    }
    if (closed.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            try {
              releaseResources();
            } catch (SQLException failure) {
              LOG.warn("Releasing an aborted connection failed", failure);
            }
          });
    }
  }

  @Override
  public boolean isClosed() {
    return closed.get();
  }

  /** Statements (and their results) first, then the clients, then the allocator. */
  private void releaseResources() throws SQLException {
    List<SQLException> failures = new ArrayList<>();
    QuiverDatabaseMetaData openMetaData;
    synchronized (this) {
      openMetaData = metaData;
    }
    if (openMetaData != null) {
      try {
        openMetaData.closeResults();
      } catch (SQLException failure) {
        failures.add(failure);
      }
    }
    for (Statement statement : new ArrayList<>(statements)) {
      try {
        statement.close();
      } catch (SQLException failure) {
        failures.add(failure);
      }
    }
    statements.clear();
    transactions.rollbackOnClose();
    timer.close();
    try {
      clients.close();
    } catch (SQLException failure) {
      failures.add(failure);
    }
    try {
      allocator.close();
    } catch (RuntimeException leak) {
      failures.add(
          SqlState.GENERAL_ERROR.exception(
              "Connection memory was not fully released: " + leak.getMessage(), leak));
    }
    if (!failures.isEmpty()) {
      SQLException first = failures.get(0);
      failures.stream().skip(1).forEach(first::addSuppressed);
      throw first;
    }
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
    return "QuiverConnection{" + config + ", closed=" + closed.get() + "}";
  }
}
