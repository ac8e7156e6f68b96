package dev.quiver.jdbc.internal.metadata;

import dev.quiver.jdbc.internal.result.BatchSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;

/**
 * What {@link QuiverDatabaseMetaData} needs from its connection: Flight SQL calls whose answers are
 * streamed from every endpoint, and allocators and cursors for the JDBC-shaped results.
 */
public interface MetadataBackend {

  /** A Flight SQL metadata call on the connection's client. */
  @FunctionalInterface
  interface FlightCall {
    FlightInfo call(FlightSqlClient client);
  }

  /** The connection {@code DatabaseMetaData.getConnection()} returns. */
  Connection connection();

  /** The connection URL without secrets, or {@code null}. */
  String url();

  /**
   * Runs {@code call} and returns the result of all its endpoints; Flight errors come as
   * SQLExceptions with the driver's SQLState mapping; 08003 when the connection is closed.
   */
  BatchSource execute(FlightCall call) throws SQLException;

  /** A new allocator for one metadata result; the result closes it. */
  BufferAllocator newResultAllocator() throws SQLException;

  /** A forward-only, read-only result set over {@code source}, with no statement. */
  ResultSet resultSet(BatchSource source) throws SQLException;
}
