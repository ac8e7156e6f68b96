package dev.quiver.jdbc;

import dev.quiver.jdbc.internal.config.ConnectionConfig;
import dev.quiver.jdbc.internal.config.ConnectionUrlParser;
import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.jdbc.QuiverConnection;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The Quiver JDBC driver for Arrow Flight SQL servers.
 *
 * <p>URLs: {@code jdbc:flightsql://host:port[?key=value&...]}, and the official Arrow Flight SQL
 * driver's {@code jdbc:arrow-flight-sql://} and {@code jdbc:arrow-flight://} so that existing URLs
 * keep working. Properties are listed in {@link ConnectionProperty}. IPv6 hosts are written in
 * brackets: {@code jdbc:flightsql://[::1]:31337}.
 *
 * <p>The driver registers itself with {@link DriverManager} when the class loads and through {@code
 * META-INF/services/java.sql.Driver}.
 */
public final class QuiverDriver implements Driver {

  private static final String VERSION = readVersion();
  private static final int MAJOR_VERSION = versionPart(0);
  private static final int MINOR_VERSION = versionPart(1);

  static {
    try {
      DriverManager.registerDriver(new QuiverDriver());
    } catch (SQLException failure) {
      throw new ExceptionInInitializerError(failure);
    }
  }

  /** Creates a driver; applications normally go through {@link DriverManager} instead. */
  public QuiverDriver() {}

  /**
   * Connects, or returns {@code null} when the URL is not for this driver (the {@link Driver}
   * contract lets DriverManager try the next driver). Fails here, not at the first query, when the
   * server cannot be reached (08001).
   */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    ConnectionConfig config = ConnectionUrlParser.parse(url, info);
    return QuiverConnection.open(config);
  }

  @Override
  public boolean acceptsURL(String url) {
    return ConnectionUrlParser.accepts(url);
  }

  /**
   * Every {@link ConnectionProperty}, with the value supplied so far or its default. Secret values
   * (password, token, trust-store password) are never echoed back.
   */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    if (!acceptsURL(url)) {
      return new DriverPropertyInfo[0];
    }
    Map<ConnectionProperty, String> supplied = ConnectionUrlParser.suppliedValues(url, info);
    ConnectionProperty[] properties = ConnectionProperty.values();
    DriverPropertyInfo[] result = new DriverPropertyInfo[properties.length];
    for (int i = 0; i < properties.length; i++) {
      ConnectionProperty property = properties[i];
      DriverPropertyInfo entry =
          new DriverPropertyInfo(
              property.key(),
              property.isSecret()
                  ? null
                  : supplied.getOrDefault(property, property.defaultValue().orElse(null)));
      entry.description = property.description();
      entry.required = property.isRequired();
      entry.choices =
          property.choices().isEmpty() ? null : property.choices().toArray(new String[0]);
      result[i] = entry;
    }
    return result;
  }

  @Override
  public int getMajorVersion() {
    return MAJOR_VERSION;
  }

  @Override
  public int getMinorVersion() {
    return MINOR_VERSION;
  }

  /** The driver's full version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  /**
   * {@code false}: the driver does not (yet) pass the JDBC compliance tests, e.g. it has no
   * prepared statements or metadata so far.
   */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    // The driver logs through SLF4J, not java.util.logging.
    throw (SQLFeatureNotSupportedException)
        SqlState.FEATURE_NOT_SUPPORTED.exception(
            "getParentLogger is not supported: the driver logs through SLF4J");
  }

  private static String readVersion() {
    try (InputStream in = QuiverDriver.class.getResourceAsStream("driver-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("driver-version.properties is missing from the driver jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException failure) {
      throw new IllegalStateException("Cannot read driver-version.properties", failure);
    }
  }

  private static int versionPart(int index) {
    String[] parts = VERSION.split("[.-]");
    try {
      return Integer.parseInt(parts[index]);
    } catch (RuntimeException malformed) {
      throw new IllegalStateException("Malformed driver version '" + VERSION + "'", malformed);
    }
  }
}
