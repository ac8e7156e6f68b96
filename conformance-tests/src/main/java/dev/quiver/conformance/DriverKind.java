package dev.quiver.conformance;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;

/** The JDBC drivers the suite can drive. Both are loaded by class name and used via java.sql. */
public enum DriverKind {
  QUIVER("dev.quiver.jdbc.QuiverDriver", "jdbc:flightsql://"),
  OFFICIAL("org.apache.arrow.driver.jdbc.ArrowFlightJdbcDriver", "jdbc:arrow-flight-sql://");

  private static final String[] FLIGHT_SQL_SCHEMES = {
    "jdbc:flightsql://", "jdbc:arrow-flight-sql://", "jdbc:arrow-flight://"
  };

  private final String driverClassName;
  private final String scheme;

  DriverKind(String driverClassName, String scheme) {
    this.driverClassName = driverClassName;
    this.scheme = scheme;
  }

  /** Parses {@code quiver} or {@code official} (case-insensitive). */
  public static DriverKind parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown driver '" + name + "'; expected 'quiver' or 'official'", e);
    }
  }

  /** A new instance of the driver class (not taken from DriverManager, which may hold both). */
  public Driver newDriver() throws SQLException {
    try {
      return (Driver) Class.forName(driverClassName).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new SQLException("Cannot load JDBC driver " + driverClassName, e);
    }
  }

  /**
   * Rewrites a Flight SQL URL to the scheme this driver understands; other URLs unchanged. Both
   * drivers read the same host, port and property names.
   */
  public String adaptUrl(String url) {
    for (String candidate : FLIGHT_SQL_SCHEMES) {
      if (url.startsWith(candidate)) {
        return scheme + url.substring(candidate.length());
      }
    }
    return url;
  }

  public String displayName() {
    return this == QUIVER ? "Quiver" : "Official Arrow Flight SQL JDBC 18.3.0";
  }
}
