package dev.quiver.conformance;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * What the checks run against: a driver, a URL with properties, and whether the server is our
 * embedded DuckDB fixture seeded with {@link SeedData} (then DuckDB in-process is the oracle).
 */
public final class ConformanceTarget {
  private final DriverKind driverKind;
  private final Driver driver;
  private final String url;
  private final Properties properties;
  private final boolean seededDuckDbFixture;

  public ConformanceTarget(
      DriverKind driverKind, String url, Properties properties, boolean seededDuckDbFixture)
      throws SQLException {
    this.driverKind = requireNonNull(driverKind, "driverKind is null");
    this.url = driverKind.adaptUrl(requireNonNull(url, "url is null"));
    this.properties = new Properties();
    this.properties.putAll(requireNonNull(properties, "properties is null"));
    this.seededDuckDbFixture = seededDuckDbFixture;
    this.driver = driverKind.newDriver();
  }

  /** A new connection through the driver under test. */
  public Connection connect() throws SQLException {
    return connect(url);
  }

  /** A new connection to another URL with the target's properties (for negative checks). */
  public Connection connect(String otherUrl) throws SQLException {
    Properties copy = new Properties();
    copy.putAll(properties);
    Connection connection = driver.connect(otherUrl, copy);
    if (connection == null) {
      throw new SQLException("The driver does not accept the URL " + otherUrl);
    }
    return connection;
  }

  /** The driver under test, for checks of the {@link Driver} contract itself. */
  public Driver driver() {
    return driver;
  }

  public DriverKind driverKind() {
    return driverKind;
  }

  /** The URL as given to the driver (already in the driver's scheme). */
  public String url() {
    return url;
  }

  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /** Whether this is the embedded DuckDB fixture holding {@link SeedData}. */
  public boolean isSeededDuckDbFixture() {
    return seededDuckDbFixture;
  }

  /**
   * DuckDB in-process seeded with the same {@link SeedData}: the oracle that expected values come
   * from. Only meaningful against the embedded fixture; other targets get {@link NotApplicable}.
   */
  public Connection oracle() throws SQLException {
    requireSeededDuckDbFixture();
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      for (String sql : SeedData.statements()) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /** Aborts the current check as not applicable unless this is the seeded DuckDB fixture. */
  public void requireSeededDuckDbFixture() {
    if (!seededDuckDbFixture) {
      throw new NotApplicable("needs the embedded DuckDB fixture's seeded data and oracle");
    }
  }

  @Override
  public String toString() {
    return driverKind.displayName() + " -> " + url;
  }
}
