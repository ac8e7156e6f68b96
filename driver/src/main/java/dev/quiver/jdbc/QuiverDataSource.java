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
  private int loginTimeoutSeconds;
  private PrintWriter logWriter;

  /** A data source with no host, port or URL set yet. */
  public QuiverDataSource() {}

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(null, null);
  }

  /**
   * Connects with this user and password instead of the {@code user} and {@code password}
   * properties ({@code null} keeps the property's value).
   */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    String connectUrl;
    Properties info = new Properties();
    synchronized (this) {
      connectUrl = connectionUrl();
      info.putAll(properties);
      String connectTimeout = ConnectionProperty.CONNECT_TIMEOUT_MS.key();
      if (loginTimeoutSeconds > 0
          && !info.containsKey(connectTimeout)
          && !connectUrl.contains(connectTimeout + "=")) {
        info.setProperty(connectTimeout, Long.toString(loginTimeoutSeconds * 1000L));
      }
    }
    if (username != null) {
      info.setProperty(ConnectionProperty.USER.key(), username);
    }
    if (password != null) {
      info.setProperty(ConnectionProperty.PASSWORD.key(), password);
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

  /** See {@link ConnectionProperty#USER}. */
  public String getUser() {
    return getProperty(ConnectionProperty.USER.key());
  }

  public void setUser(String user) {
    setProperty(ConnectionProperty.USER.key(), user);
  }

  /**
   * See {@link ConnectionProperty#PASSWORD}. Returned only so that bean tools can copy a
   * configuration; never logged.
   */
  public String getPassword() {
    return getProperty(ConnectionProperty.PASSWORD.key());
  }

  public void setPassword(String password) {
    setProperty(ConnectionProperty.PASSWORD.key(), password);
  }

  /** Whether to connect over TLS; see {@link ConnectionProperty#USE_ENCRYPTION}. */
  public boolean isUseEncryption() {
    return Boolean.parseBoolean(getProperty(ConnectionProperty.USE_ENCRYPTION.key()));
  }

  public void setUseEncryption(boolean useEncryption) {
    setProperty(ConnectionProperty.USE_ENCRYPTION.key(), Boolean.toString(useEncryption));
  }

  /** See {@link ConnectionProperty#TOKEN}. */
  public String getToken() {
    return getProperty(ConnectionProperty.TOKEN.key());
  }

  public void setToken(String token) {
    setProperty(ConnectionProperty.TOKEN.key(), token);
  }

  /** See {@link ConnectionProperty#DISABLE_CERTIFICATE_VERIFICATION}. */
  public boolean isDisableCertificateVerification() {
    return Boolean.parseBoolean(
        getProperty(ConnectionProperty.DISABLE_CERTIFICATE_VERIFICATION.key()));
  }

  public void setDisableCertificateVerification(boolean disableCertificateVerification) {
    setProperty(
        ConnectionProperty.DISABLE_CERTIFICATE_VERIFICATION.key(),
        Boolean.toString(disableCertificateVerification));
  }

  /** See {@link ConnectionProperty#USE_SYSTEM_TRUST_STORE}. */
  public boolean isUseSystemTrustStore() {
    return Boolean.parseBoolean(getProperty(ConnectionProperty.USE_SYSTEM_TRUST_STORE.key()));
  }

  public void setUseSystemTrustStore(boolean useSystemTrustStore) {
    setProperty(
        ConnectionProperty.USE_SYSTEM_TRUST_STORE.key(), Boolean.toString(useSystemTrustStore));
  }

  /** See {@link ConnectionProperty#TLS_ROOT_CERTS}. */
  public String getTlsRootCerts() {
    return getProperty(ConnectionProperty.TLS_ROOT_CERTS.key());
  }

  public void setTlsRootCerts(String tlsRootCerts) {
    setProperty(ConnectionProperty.TLS_ROOT_CERTS.key(), tlsRootCerts);
  }

  /** See {@link ConnectionProperty#TRUST_STORE}. */
  public String getTrustStore() {
    return getProperty(ConnectionProperty.TRUST_STORE.key());
  }

  public void setTrustStore(String trustStore) {
    setProperty(ConnectionProperty.TRUST_STORE.key(), trustStore);
  }

  /** See {@link ConnectionProperty#TRUST_STORE_PASSWORD}. */
  public String getTrustStorePassword() {
    return getProperty(ConnectionProperty.TRUST_STORE_PASSWORD.key());
  }

  public void setTrustStorePassword(String trustStorePassword) {
    setProperty(ConnectionProperty.TRUST_STORE_PASSWORD.key(), trustStorePassword);
  }

  /** See {@link ConnectionProperty#CLIENT_CERTIFICATE}. */
  public String getClientCertificate() {
    return getProperty(ConnectionProperty.CLIENT_CERTIFICATE.key());
  }

  public void setClientCertificate(String clientCertificate) {
    setProperty(ConnectionProperty.CLIENT_CERTIFICATE.key(), clientCertificate);
  }

  /** See {@link ConnectionProperty#CLIENT_KEY}. */
  public String getClientKey() {
    return getProperty(ConnectionProperty.CLIENT_KEY.key());
  }

  public void setClientKey(String clientKey) {
    setProperty(ConnectionProperty.CLIENT_KEY.key(), clientKey);
  }

  /** See {@link ConnectionProperty#RETAIN_COOKIES}. */
  public boolean isRetainCookies() {
    return Boolean.parseBoolean(getProperty(ConnectionProperty.RETAIN_COOKIES.key()));
  }

  public void setRetainCookies(boolean retainCookies) {
    setProperty(ConnectionProperty.RETAIN_COOKIES.key(), Boolean.toString(retainCookies));
  }

  /** See {@link ConnectionProperty#RETAIN_AUTH}. */
  public boolean isRetainAuth() {
    return Boolean.parseBoolean(getProperty(ConnectionProperty.RETAIN_AUTH.key()));
  }

  public void setRetainAuth(boolean retainAuth) {
    setProperty(ConnectionProperty.RETAIN_AUTH.key(), Boolean.toString(retainAuth));
  }

  /** See {@link ConnectionProperty#CATALOG}. */
  public String getCatalog() {
    return getProperty(ConnectionProperty.CATALOG.key());
  }

  public void setCatalog(String catalog) {
    setProperty(ConnectionProperty.CATALOG.key(), catalog);
  }

  /** See {@link ConnectionProperty#SCHEMA}. */
  public String getSchema() {
    return getProperty(ConnectionProperty.SCHEMA.key());
  }

  public void setSchema(String schema) {
    setProperty(ConnectionProperty.SCHEMA.key(), schema);
  }

  /** See {@link ConnectionProperty#CONNECT_TIMEOUT_MS}. */
  public int getConnectTimeoutMs() {
    String value = getProperty(ConnectionProperty.CONNECT_TIMEOUT_MS.key());
    return value == null ? 0 : Integer.parseInt(value);
  }

  public void setConnectTimeoutMs(int connectTimeoutMs) {
    setProperty(ConnectionProperty.CONNECT_TIMEOUT_MS.key(), Integer.toString(connectTimeoutMs));
  }

  /** See {@link ConnectionProperty#THREAD_POOL_SIZE}. */
  public int getThreadPoolSize() {
    String value = getProperty(ConnectionProperty.THREAD_POOL_SIZE.key());
    return value == null ? 0 : Integer.parseInt(value);
  }

  public void setThreadPoolSize(int threadPoolSize) {
    setProperty(ConnectionProperty.THREAD_POOL_SIZE.key(), Integer.toString(threadPoolSize));
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
   * Login timeout in seconds: passed to the driver as {@code connectTimeoutMs} unless that property
   * was set (in the URL or on this data source).
   */
  @Override
  public synchronized void setLoginTimeout(int seconds) throws SQLException {
    if (seconds < 0) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "login timeout must be >= 0 seconds, was " + seconds);
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

  private static String validKeys() {
    StringBuilder keys = new StringBuilder();
    for (ConnectionProperty property : ConnectionProperty.values()) {
      keys.append(property.key()).append(", ");
    }
    return keys.append("header.<name>").toString();
  }
}
