package dev.quiver.jdbc.internal.client;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.config.ConnectionConfig;
import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.CallOptions;
import org.apache.arrow.flight.CloseSessionRequest;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightClientMiddleware;
import org.apache.arrow.flight.FlightGrpcUtils;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.client.ClientCookieMiddleware;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flight clients of one JDBC connection: the client of the server named in the URL, and one
 * pooled client per other host that a FlightInfo endpoint points at. All of them send the
 * connection's headers and credentials (through middleware, so that every call carries them) and,
 * with {@code retainCookies}, share its cookie jar; with {@code retainAuth} they share the bearer
 * token the connection obtained, otherwise each host is authenticated on its own. Thread-safe.
 */
public final class ConnectionClients implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionClients.class);
  private static final long CLOSE_SESSION_TIMEOUT_SECONDS = 5;

  private final ConnectionConfig config;
  private final BufferAllocator allocator;
  // One cookie jar per connection (ARROW-FACTS "Cookies"): shared by every client it creates.
  private final ClientCookieMiddleware.Factory cookies = new ClientCookieMiddleware.Factory();
  private final HeaderMiddleware.Factory headers;
  private final AuthMiddleware auth; // null without credentials
  private SslContext sslContext; // built on first TLS client
  private final SessionTracker sessionTracker = new SessionTracker();
  private final HostKey primaryKey;
  private final FlightClient primary;
  private final FlightSqlClient sqlClient;
  private final Map<HostKey, FlightClient> others = new LinkedHashMap<>();
  private final FetchThreads fetchThreads;
  private boolean closed;

  private ConnectionClients(ConnectionConfig config, BufferAllocator allocator)
      throws SQLException {
    this.config = config;
    this.allocator = allocator;
    this.headers = new HeaderMiddleware.Factory(config.headers());
    this.auth = authFor(config);
    this.primaryKey = new HostKey(config.host(), config.port(), config.useEncryption());
    this.primary = build(primaryKey, true);
    this.sqlClient = new FlightSqlClient(primary);
    this.fetchThreads = new FetchThreads(config.threadPoolSize());
  }

  private static AuthMiddleware authFor(ConnectionConfig config) {
    if (config.token().isPresent()) {
      return AuthMiddleware.bearer(config.token().get());
    }
    if (config.user().isPresent() && config.password().isPresent()) {
      return AuthMiddleware.basic(config.user().get(), config.password().get());
    }
    return null;
  }

  /**
   * Creates the clients, proves the server answers with one real call (a handshake, which also
   * exchanges Basic credentials for a bearer token), and applies the {@code catalog}/{@code schema}
   * properties, so that an unreachable server (08001), a TLS mismatch (08001), wrong credentials
   * (28000) or a bad catalog fail here and not at the first query.
   */
  public static ConnectionClients connect(ConnectionConfig config, BufferAllocator allocator)
      throws SQLException {
    requireNonNull(config, "config is null");
    requireNonNull(allocator, "allocator is null");
    ConnectionClients clients;
    try {
      clients = new ConnectionClients(config, allocator);
    } catch (SQLException failure) {
      throw failure;
    } catch (RuntimeException failure) {
      throw SqlState.UNABLE_TO_CONNECT.exception(
          "Cannot create a Flight client for "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + failure.getMessage(),
          failure);
    }
    try {
      clients.handshakeAtConnect();
      clients.applySessionProperties();
      return clients;
    } catch (SQLException failure) {
      clients.closeQuietly(failure);
      throw failure;
    }
  }

  /** The Flight SQL client of the server in the URL. */
  public FlightSqlClient sqlClient() {
    return sqlClient;
  }

  /** The threads that fetch result endpoints in parallel (threadPoolSize of them at most). */
  public FetchThreads fetchThreads() {
    return fetchThreads;
  }

  /** The connection's Flight session options (catalog, schema). */
  public SessionOptions sessionOptions() {
    return new SessionOptions(sqlClient);
  }

  private void handshakeAtConnect() throws SQLException {
    try {
      primary.handshake(CallOptions.timeout(config.connectTimeoutMillis(), TimeUnit.MILLISECONDS));
    } catch (FlightRuntimeException failure) {
      if (failure.status().code() != FlightStatusCode.UNIMPLEMENTED) {
        throw ConnectFailures.explain(failure, config);
      }
    } catch (RuntimeException failure) {
      throw ConnectFailures.explain(failure, config);
    }
  }

  private void applySessionProperties() throws SQLException {
    SessionOptions options = sessionOptions();
    if (config.catalog().isPresent()) {
      options.set("catalog", config.catalog().get());
    }
    if (config.schema().isPresent()) {
      options.set("schema", config.schema().get());
    }
  }

  /**
   * A real round trip to the server: a Flight {@code Handshake}. A server without a handshake
   * (UNIMPLEMENTED) has still answered, so that counts as alive.
   *
   * @param timeoutSeconds deadline for the call; 0 = none
   */
  public void ping(int timeoutSeconds, FlightErrors.Phase phase) throws SQLException {
    try {
      if (timeoutSeconds > 0) {
        primary.handshake(CallOptions.timeout(timeoutSeconds, TimeUnit.SECONDS));
      } else {
        primary.handshake();
      }
    } catch (FlightRuntimeException failure) {
      if (failure.status().code() != FlightStatusCode.UNIMPLEMENTED) {
        throw FlightErrors.toSqlException(failure, phase);
      }
    } catch (RuntimeException failure) {
      throw FlightErrors.toSqlException(failure, phase);
    }
  }

  /**
   * The client to read an endpoint from {@code location}. The reuse-connection URI and the URL's
   * own host and port give the primary client; any other host gets a pooled client with the same
   * cookies and headers. TLS is never downgraded: on a TLS connection a {@code grpc+tcp} location
   * is still read over TLS.
   *
   * @throws SQLException 0A000 when the location's scheme is not one the driver can connect to
   */
  public synchronized FlightClient clientFor(Location location) throws SQLException {
    requireNonNull(location, "location is null");
    ensureOpen();
    URI uri = location.getUri();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (scheme.equals("arrow-flight-reuse-connection")) {
      return primary;
    }
    boolean tls;
    switch (scheme) {
      case "grpc+tls":
        tls = true;
        break;
      case "grpc":
      case "grpc+tcp":
        tls = config.useEncryption();
        break;
      default:
        throw SqlState.FEATURE_NOT_SUPPORTED.exception(
            "Cannot read an endpoint at "
                + uri
                + ": location scheme '"
                + scheme
                + "' is not supported");
    }
    if (uri.getHost() == null || uri.getPort() < 1) {
      throw SqlState.GENERAL_ERROR.exception("Endpoint location has no host or port: " + uri);
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    HostKey key = new HostKey(host, uri.getPort(), tls);
    if (key.equals(primaryKey)) {
      return primary;
    }
    FlightClient client = others.get(key);
    if (client == null) {
      try {
        client = build(key, false);
      } catch (RuntimeException failure) {
        throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
      }
      others.put(key, client);
    }
    return client;
  }

  /**
   * Closes every client. All streams read through them must be closed first: a Flight client
   * refuses to close while its buffers are in use (ARROW-FACTS trap 9).
   */
  @Override
  public synchronized void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    fetchThreads.close(); // results are closed first, so no fetch task is left waiting on a stream
    endServerSession();
    List<Exception> failures = new ArrayList<>();
    for (FlightClient client : others.values()) {
      closeClient(client, failures);
    }
    others.clear();
    try {
      sqlClient.close(); // closes the primary FlightClient
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      failures.add(interrupted);
    } catch (Exception failure) {
      failures.add(failure);
    }
    if (!failures.isEmpty()) {
      SQLException error =
          SqlState.GENERAL_ERROR.exception(
              "Failed to close the Flight clients: " + failures.get(0).getMessage(),
              failures.get(0));
      failures.stream().skip(1).forEach(error::addSuppressed);
      throw error;
    }
  }

  /**
   * Sends {@code CloseSession} when the server keeps a cookie session for this connection, so that
   * it can free the session now rather than when it expires. Best effort: a server without sessions
   * (UNIMPLEMENTED) or one that is gone does not make {@code close()} fail, and the call is bounded
   * so that closing never hangs on a dead server.
   */
  private void endServerSession() {
    if (!sessionTracker.sessionCookieSeen()) {
      return;
    }
    try {
      sqlClient.closeSession(
          new CloseSessionRequest(),
          CallOptions.timeout(CLOSE_SESSION_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    } catch (RuntimeException failure) {
      LOG.debug("CloseSession failed; the server will expire the session", failure);
    }
  }

  private void closeQuietly(SQLException primaryFailure) {
    try {
      close();
    } catch (SQLException closeFailure) {
      primaryFailure.addSuppressed(closeFailure);
    }
  }

  private static void closeClient(FlightClient client, List<Exception> failures) {
    try {
      client.close();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      failures.add(interrupted);
    } catch (Exception failure) {
      failures.add(failure);
    }
  }

  private synchronized void ensureOpen() throws SQLException {
    if (closed) {
      throw SqlState.CONNECTION_CLOSED.exception("The connection is closed");
    }
  }

  /**
   * A Flight client on its own gRPC channel. Built on Netty's channel builder rather than Arrow's
   * client builder, which has no connect timeout and no way to pass a trust manager (ARROW-FACTS
   * section 4); the channel settings otherwise match Arrow's.
   */
  private FlightClient build(HostKey key, boolean isPrimary) throws SQLException {
    NettyChannelBuilder channel =
        NettyChannelBuilder.forAddress(key.host, key.port)
            .maxTraceEvents(0)
            .maxInboundMessageSize(Integer.MAX_VALUE)
            .maxInboundMetadataSize(Integer.MAX_VALUE)
            .withOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, config.connectTimeoutMillis());
    if (key.tls) {
      if (sslContext == null) {
        sslContext = TlsContexts.clientContext(config);
      }
      channel.useTransportSecurity().sslContext(sslContext);
    } else {
      channel.usePlaintext();
    }
    List<FlightClientMiddleware.Factory> middleware = new ArrayList<>();
    middleware.add(
        isPrimary || config.retainCookies() ? cookies : new ClientCookieMiddleware.Factory());
    middleware.add(headers);
    if (auth != null) {
      middleware.add(isPrimary || config.retainAuth() ? auth : auth.restart());
    }
    middleware.add(sessionTracker);
    return FlightGrpcUtils.createFlightClient(allocator, channel.build(), middleware);
  }

  private static final class HostKey {
    final String host;
    final int port;
    final boolean tls;

    HostKey(String host, int port, boolean tls) {
      this.host = host;
      this.port = port;
      this.tls = tls;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof HostKey)) {
        return false;
      }
      HostKey that = (HostKey) other;
      return host.equalsIgnoreCase(that.host) && port == that.port && tls == that.tls;
    }

    @Override
    public int hashCode() {
      return Objects.hash(host.toLowerCase(), port, tls);
    }
  }
}
