package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.param.ParameterRoots;
import java.sql.SQLException;
import org.apache.arrow.flight.CallOption;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The server side of one JDBC prepared statement: the Flight SQL handle with its dataset and
 * parameter schemas, and the calls that bind parameters and run it.
 *
 * <p>Arrow 18.3.0's {@code FlightSqlClient.PreparedStatement} has traps this class works around
 * (ARROW-FACTS §0 trap 2 and §2): its {@code clearParameters()} closes the root but keeps sending
 * it, so every execution hands it a fresh root with {@code setParameters}; the root is closed here
 * after the call (closing it again, as the client does on replacement and close, is a no-op); and
 * the handle is closed with {@code close(CallOption...)}, authenticated by the connection's
 * middleware, with the parameter root freed even when that RPC fails.
 */
final class ServerPreparedStatement implements AutoCloseable {

  private static final CallOption[] NO_OPTIONS = new CallOption[0];

  private final FlightSqlClient.PreparedStatement handle;
  private final BufferAllocator allocator;
  private final Schema datasetSchema;
  private final Schema parameterSchema;
  private final boolean query;
  private boolean parametersSent;

  private ServerPreparedStatement(
      FlightSqlClient.PreparedStatement handle, BufferAllocator allocator, String sql) {
    this.handle = handle;
    this.allocator = allocator;
    this.datasetSchema = handle.getResultSetSchema();
    this.parameterSchema = handle.getParameterSchema();
    // An empty dataset schema means "no rows" by Flight SQL's convention, but some servers send
    // it for queries too (ARROW-FACTS addendum B); then the SQL text decides.
    this.query =
        !datasetSchema.getFields().isEmpty() || StatementKind.of(sql) == StatementKind.QUERY;
  }

  /**
   * Creates the prepared statement on the server (DoAction CreatePreparedStatement). The new object
   * owns {@code allocator} (for its parameter roots) and closes it; so does a failure here.
   *
   * @param transaction the connection's transaction, or {@code null} in auto-commit mode (Flight
   *     SQL binds a prepared statement to the transaction it was created in)
   */
  static ServerPreparedStatement prepare(
      FlightSqlClient client,
      String sql,
      FlightSqlClient.Transaction transaction,
      BufferAllocator allocator)
      throws SQLException {
    requireNonNull(client, "client is null");
    requireNonNull(sql, "sql is null");
    requireNonNull(allocator, "allocator is null");
    FlightSqlClient.PreparedStatement handle;
    try {
      handle =
          transaction == null
              ? client.prepare(sql, NO_OPTIONS)
              : client.prepare(sql, transaction, NO_OPTIONS);
    } catch (RuntimeException failure) {
      allocator.close();
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    }
    try {
      return new ServerPreparedStatement(handle, allocator, sql);
    } catch (RuntimeException failure) {
      // a schema the client cannot decode: do not leave the handle open on the server
      closeQuietly(handle);
      allocator.close();
      throw SqlState.GENERAL_ERROR.exception(
          "The server's prepared statement schemas cannot be read: " + failure.getMessage(),
          failure);
    }
  }

  /** The schema of the rows a query returns; empty for statements that return none. */
  Schema datasetSchema() {
    return datasetSchema;
  }

  /** The server's parameter schema; empty when the server does not describe parameters. */
  Schema parameterSchema() {
    return parameterSchema;
  }

  /** Whether the statement returns rows (run with GetFlightInfo) rather than a count (DoPut). */
  boolean isQuery() {
    return query;
  }

  /**
   * Binds one row of parameters (or none, when {@code roots} is null) and runs the query: DoPut of
   * the parameters, then GetFlightInfo on the same handle.
   */
  FlightInfo executeQuery(ParameterRoots roots) throws SQLException {
    VectorSchemaRoot root = bind(roots);
    try {
      return handle.execute(NO_OPTIONS);
    } catch (RuntimeException failure) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    } finally {
      if (root != null) {
        root.close();
      }
    }
  }

  /**
   * Binds the next chunk of parameter rows (or none, when {@code roots} is null) and runs the
   * update in one DoPut; the server's count for the whole chunk.
   */
  long executeUpdate(ParameterRoots roots) throws SQLException {
    VectorSchemaRoot root = bind(roots);
    try {
      return handle.executeUpdate(NO_OPTIONS);
    } catch (RuntimeException failure) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    } finally {
      if (root != null) {
        root.close();
      }
    }
  }

  /**
   * Hands the client a new root for this call. Once any root was sent, a call without parameters
   * gets an empty root, because the client would otherwise send the previous (closed) one again.
   */
  private VectorSchemaRoot bind(ParameterRoots roots) throws SQLException {
    VectorSchemaRoot root;
    if (roots != null) {
      root = roots.nextRoot(allocator);
    } else if (parametersSent) {
      root = VectorSchemaRoot.create(new Schema(java.util.Collections.emptyList()), allocator);
    } else {
      return null;
    }
    handle.setParameters(root);
    parametersSent = true;
    return root;
  }

  /** Closes the handle on the server; the memory is released even if that RPC fails. */
  @Override
  public void close() throws SQLException {
    RuntimeException failure = null;
    try {
      if (!handle.isClosed()) {
        handle.close(NO_OPTIONS);
      }
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      allocator.close();
    }
    if (failure != null) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    }
  }

  private static void closeQuietly(FlightSqlClient.PreparedStatement handle) {
    try {
      handle.close(NO_OPTIONS);
    } catch (RuntimeException ignored) {
      // the original failure is the one to report
    }
  }
}
