package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.config.ConnectionConfig;
import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.metadata.MetadataBackend;
import dev.quiver.jdbc.internal.result.BatchSource;
import dev.quiver.jdbc.internal.result.FlightBatchSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.memory.BufferAllocator;

/** {@link MetadataBackend} of a {@link QuiverConnection}: its clients, allocator and cursors. */
final class ConnectionMetadataBackend implements MetadataBackend {

  private final QuiverConnection connection;
  private final ConnectionConfig config;

  ConnectionMetadataBackend(QuiverConnection connection, ConnectionConfig config) {
    this.connection = requireNonNull(connection, "connection is null");
    this.config = requireNonNull(config, "config is null");
  }

  @Override
  public Connection connection() {
    return connection;
  }

  @Override
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return config.scheme().prefix() + host + ":" + config.port();
  }

  @Override
  public BatchSource execute(FlightCall call) throws SQLException {
    connection.checkOpen();
    FlightInfo info;
    try {
      info = call.call(connection.clients().sqlClient());
    } catch (RuntimeException failure) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    }
    return new FlightBatchSource(info, connection.clients(), connection.newResultAllocator());
  }

  @Override
  public BufferAllocator newResultAllocator() throws SQLException {
    return connection.newResultAllocator();
  }

  @Override
  public ResultSet resultSet(BatchSource source) {
    return new QuiverResultSet(null, source, 0, 0, ResultSet.HOLD_CURSORS_OVER_COMMIT);
  }
}
