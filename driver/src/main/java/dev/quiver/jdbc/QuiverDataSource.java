package dev.quiver.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for Quiver, for connection pools and frameworks that are configured with
 * bean properties instead of a URL.
 *
 * <p>Bean properties: {@code url}, or {@code host} and {@code port}; {@code user} and {@code
 * password}; and one property per {@link ConnectionProperty}, named by its key ({@code
 * useEncryption} is {@link #setUseEncryption(boolean)} / {@link #isUseEncryption()}). Any
 * connection property, including {@code header.<name>} headers, can also be set with {@link
 * #setProperty(String, String)}. Values are checked by the driver when connecting, exactly as URL
 * and {@code Properties} values are (a bad value fails {@code getConnection} with the driver's
 * SQLState).
 *
 * <pre>{@code
 * QuiverDataSource ds = new QuiverDataSource();
 * ds.setHost("flight.example.com");
 * ds.setPort(32010);
 * ds.setUseEncryption(true);
 * try (Connection c = ds.getConnection()) { ... }
 * }</pre>
 *
 * <p>Setters are meant to be called before the data source is shared; reads and writes are
 * synchronized, so a late change is seen by the next {@code getConnection}.
 */
public final class QuiverDataSource implements DataSource {

  private static final String URL_PREFIX = "jdbc:flightsql://";

  private final QuiverDriver driver = new QuiverDriver();
  private final Map<String, String> properties = new TreeMap<>();
  private String url;
  private String host;
  private int port;
  private String user;
  private String password;
  private int loginTimeoutSeconds;
  private PrintWriter logWriter;

  /** A data source with no host, port or URL set yet. */
  public QuiverDataSource() {}

  @Override
  public Connection getConnection() throws SQLException {
    String connectUser;
    String connectPassword;
    synchronized (this) {
      connectUser = user;
      connectPassword = password;
    }
    return getConnection(connectUser, connectPassword);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    String connectUrl;
    Properties info = new Properties();
    synchronized (this) {
      connectUrl = connectionUrl();
      info.putAll(properties);
      Optional<ConnectionProperty> connectTimeout = connectTimeoutProperty();
      if (loginTimeoutSeconds > 0
          && connectTimeout.isPresent()
          && !info.containsKey(connectTimeout.get().key())
          && !connectUrl.contains(connectTimeout.get().key() + "=")) {
        info.setProperty(connectTimeout.get().key(), Long.toString(loginTimeoutSeconds * 1000L));
      }
    }
    if (username != null) {
      info.setProperty("user", username);
    }
    if (password != null) {
      info.setProperty("password", password);
    }
    Connection connection = driver.connect(connectUrl, info);
    if (connection == null) {
      throw SqlState.UNABLE_TO_CONNECT.exception(
          "QuiverDataSource url is not a Quiver URL (jdbc:flightsql://host:port): " + connectUrl);
    }
    return connection;
  }

  /** The JDBC URL; when set, {@code host} and {@code port} must not be. */
  public synchronized String getUrl() {
    return url;
  }

  public synchronized void setUrl(String url) {
    this.url = url;
  }

  /** The server's host name or IP address (IPv6 without brackets). */
  public synchronized String getHost() {
    return host;
  }

  public synchronized void setHost(String host) {
    this.host = host;
  }

  /** The server's port; 0 when not set. */
  public synchronized int getPort() {
    return port;
  }

  public synchronized void setPort(int port) {
    this.port = port;
  }

  /** The user name passed to the driver as the {@code user} property. */
  public synchronized String getUser() {
    return user;
  }

  public synchronized void setUser(String user) {
    this.user = user;
  }

  /** Write-only in spirit: returned only so bean tools can copy a configuration. */
  public synchronized String getPassword() {
    return password;
  }

  public synchronized void setPassword(String password) {
    this.password = password;
  }

  /** Whether to connect over TLS; see {@link ConnectionProperty#USE_ENCRYPTION}. */
  public boolean isUseEncryption() {
    return Boolean.parseBoolean(getProperty(ConnectionProperty.USE_ENCRYPTION.key()));
  }

  public void setUseEncryption(boolean useEncryption) {
    setProperty(ConnectionProperty.USE_ENCRYPTION.key(), Boolean.toString(useEncryption));
  }

  /**
   * Sets a connection property: a {@link ConnectionProperty} key or a {@code header.<name>} header.
   * A {@code null} value removes it (the driver's default applies).
   *
   * @throws IllegalArgumentException for a key the driver does not know, naming the valid ones
   */
  public synchronized void setProperty(String key, String value) {
    requireNonNull(key, "key is null");
    if (!ConnectionProperty.forKey(key).isPresent() && !key.startsWith("header.")) {
      throw new IllegalArgumentException(
          "Unknown connection property '" + key + "'; valid keys: " + validKeys());
    }
    if (value == null) {
      properties.remove(key);
    } else {
      properties.put(key, value);
    }
  }

  /**
   * The value set for a connection property, else its default, else {@code null}.
   *
   * @throws IllegalArgumentException for a key the driver does not know
   */
  public synchronized String getProperty(String key) {
    requireNonNull(key, "key is null");
    String value = properties.get(key);
    if (value != null) {
      return value;
    }
    Optional<ConnectionProperty> property = ConnectionProperty.forKey(key);
    if (!property.isPresent() && !key.startsWith("header.")) {
      throw new IllegalArgumentException(
          "Unknown connection property '" + key + "'; valid keys: " + validKeys());
    }
    return property.flatMap(ConnectionProperty::defaultValue).orElse(null);
  }

  /**
   * Login timeout in seconds. The driver bounds connecting with its {@code connectTimeoutMs}
   * property when it has one; this data source passes the login timeout there unless that property
   * was set. Without such a property a positive timeout is refused rather than ignored.
   */
  @Override
  public synchronized void setLoginTimeout(int seconds) throws SQLException {
    if (seconds < 0) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "login timeout must be >= 0 seconds, was " + seconds);
    }
    if (seconds > 0 && !connectTimeoutProperty().isPresent()) {
      throw (SQLFeatureNotSupportedException)
          SqlState.FEATURE_NOT_SUPPORTED.exception(
              "setLoginTimeout is not supported: this driver version has no connect timeout");
    }
    loginTimeoutSeconds = seconds;
  }

  @Override
  public synchronized int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public synchronized PrintWriter getLogWriter() {
    return logWriter;
  }

  /** Kept and returned as JDBC requires; the driver itself logs through java.util.logging. */
  @Override
  public synchronized void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return driver.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    requireNonNull(iface, "iface is null");
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw SqlState.GENERAL_ERROR.exception("QuiverDataSource does not wrap " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface != null && iface.isInstance(this);
  }

  private String connectionUrl() throws SQLException {
    boolean hostOrPort = host != null || port != 0;
    if (url != null) {
      if (hostOrPort) {
        throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
            "QuiverDataSource has both url and host/port set; set one or the other");
      }
      return url;
    }
    if (host == null || host.isEmpty() || port == 0) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "QuiverDataSource needs url, or host and port (host="
              + host
              + ", port="
              + (port == 0 ? "not set" : Integer.toString(port))
              + ")");
    }
    String hostPart = host.contains(":") ? "[" + host + "]" : host;
    return URL_PREFIX + hostPart + ":" + port;
  }

  private static Optional<ConnectionProperty> connectTimeoutProperty() {
    return ConnectionProperty.forKey("connectTimeoutMs");
  }

  private static String validKeys() {
    StringBuilder keys = new StringBuilder();
    for (ConnectionProperty property : ConnectionProperty.values()) {
      keys.append(property.key()).append(", ");
    }
    return keys.append("header.<name>").toString();
  }
}
