package dev.quiver.jdbc.internal.config;

import static java.util.Objects.requireNonNull;

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
        Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(headers, "headers is null")));
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
        + ", headers="
        + headers.keySet()
        + "}";
  }
}
