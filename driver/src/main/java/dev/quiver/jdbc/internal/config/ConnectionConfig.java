package dev.quiver.jdbc.internal.config;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.ConnectionProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a connection needs, parsed and checked once from the URL and properties. Immutable.
 * {@link #toString()} never shows header values, since they may carry secrets.
 */
public final class ConnectionConfig {

  private final UrlScheme scheme;
  private final String host;
  private final int port;
  private final boolean useEncryption;
  private final Map<String, String> headers;
  private final int threadPoolSize;

  ConnectionConfig(
      UrlScheme scheme, String host, int port, boolean useEncryption, Map<String, String> headers) {
    this.scheme = requireNonNull(scheme, "scheme is null");
    this.host = requireNonNull(host, "host is null");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    this.port = port;
    this.useEncryption = useEncryption;
    this.headers =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(headers, "headers is null")));
    this.threadPoolSize =
        Integer.parseInt(ConnectionProperty.THREAD_POOL_SIZE.defaultValue().get());
  }

  private ConnectionConfig(ConnectionConfig base, int threadPoolSize) {
    this.scheme = base.scheme;
    this.host = base.host;
    this.port = base.port;
    this.useEncryption = base.useEncryption;
    this.headers = base.headers;
    if (threadPoolSize < 1) {
      throw new IllegalArgumentException("threadPoolSize must be positive: " + threadPoolSize);
    }
    this.threadPoolSize = threadPoolSize;
  }

  /** This configuration with another {@code threadPoolSize}. */
  ConnectionConfig withThreadPoolSize(int size) {
    return new ConnectionConfig(this, size);
  }

  /** {@code threadPoolSize}: the most threads fetching the endpoints of a result at once. */
  public int threadPoolSize() {
    return threadPoolSize;
  }

  public UrlScheme scheme() {
    return scheme;
  }

  /** The host name or address; an IPv6 address without brackets. */
  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** {@code useEncryption}: TLS on or off. */
  public boolean useEncryption() {
    return useEncryption;
  }

  /** Headers sent on every call of the connection (lower-case names, in the order given). */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "ConnectionConfig{scheme="
        + scheme
        + ", host="
        + host
        + ", port="
        + port
        + ", useEncryption="
        + useEncryption
        + ", threadPoolSize="
        + threadPoolSize
        + ", headers="
        + headers.keySet()
        + "}";
  }
}
