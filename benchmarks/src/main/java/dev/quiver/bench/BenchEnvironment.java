package dev.quiver.bench;

import static java.util.Objects.requireNonNull;

import dev.quiver.fixture.FixtureServer;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.client.ClientCookieMiddleware;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * Where one benchmark trial gets its data and connections: the DuckDB fixture server (for the
 * Flight variants) or an in-process DuckDB database (for {@link Variant#DUCKDB}), seeded with the
 * same SQL. Everything opened through it is closed by {@link #close()}, in reverse order; the Arrow
 * allocator of the raw Flight client must be empty by then.
 */
public final class BenchEnvironment implements AutoCloseable {
  private static final String QUIVER_DRIVER = "dev.quiver.jdbc.QuiverDriver";
  private static final String OFFICIAL_DRIVER =
      "org.apache.arrow.driver.jdbc.ArrowFlightJdbcDriver";
  private static final String QUIVER_SCHEME = "jdbc:flightsql://";
  private static final String OFFICIAL_SCHEME = "jdbc:arrow-flight-sql://";

  private final Variant variant;
  private final FixtureServer fixture;
  private final DuckDBConnection duckdb;
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();
  private BufferAllocator allocator;

  private BenchEnvironment(Variant variant, FixtureServer fixture, DuckDBConnection duckdb) {
    this.variant = variant;
    this.fixture = fixture;
    this.duckdb = duckdb;
  }

  /**
   * Starts the fixture server (or opens an in-process DuckDB database for {@link Variant#DUCKDB})
   * and runs {@code setupSql} on it.
   */
  public static BenchEnvironment start(Variant variant, List<String> setupSql) throws SQLException {
    requireNonNull(variant, "variant is null");
    requireNonNull(setupSql, "setupSql is null");
    BenchEnvironment environment;
    if (variant.usesFixture()) {
      environment = new BenchEnvironment(variant, FixtureServer.builder().build().start(), null);
    } else {
      Connection connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
      environment = new BenchEnvironment(variant, null, connection.unwrap(DuckDBConnection.class));
    }
    try {
      for (String sql : setupSql) {
        environment.admin(sql);
      }
      return environment;
    } catch (RuntimeException | SQLException e) {
      environment.close();
      throw e;
    }
  }

  /** Runs SQL on the shared database, outside the connections under test. */
  public void admin(String sql) throws SQLException {
    requireNonNull(sql, "sql is null");
    if (fixture != null) {
      fixture.executeAdmin(sql);
      return;
    }
    try (Statement statement = duckdb.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * A new JDBC connection for a JDBC variant. The driver class is instantiated directly rather than
   * looked up in {@code DriverManager}, because both Flight SQL drivers accept {@code
   * jdbc:arrow-flight-sql://} URLs.
   */
  public Connection openJdbc() throws SQLException {
    Connection connection;
    switch (variant) {
      case QUIVER:
        connection = connect(QUIVER_DRIVER, fixture.jdbcUrl());
        break;
      case OFFICIAL:
        connection = connect(OFFICIAL_DRIVER, officialUrl(fixture.jdbcUrl()));
        break;
      case DUCKDB:
        connection = duckdb.duplicate();
        break;
      default:
        throw new IllegalStateException("Variant " + variant + " has no JDBC connection");
    }
    opened.push(connection);
    return connection;
  }

  /**
   * A raw Flight SQL client on the fixture. It keeps the session cookie, as both drivers do, so all
   * its calls share one server session.
   */
  public FlightSqlClient openFlight() {
    if (fixture == null) {
      throw new IllegalStateException("Variant " + variant + " has no Flight server");
    }
    FlightClient client =
        FlightClient.builder(allocator(), fixture.location())
            .intercept(new ClientCookieMiddleware.Factory())
            .build();
    FlightSqlClient sqlClient = new FlightSqlClient(client);
    opened.push(sqlClient);
    return sqlClient;
  }

  /**
   * The first row of {@code sql}, each value as a string, read outside the driver under test (raw
   * Flight on the fixture, or the in-process DuckDB connection). For sanity checks in the log.
   */
  public List<String> firstRow(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    if (fixture == null) {
      try (Statement statement = duckdb.createStatement();
          ResultSet rs = statement.executeQuery(sql)) {
        if (rs.next()) {
          for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            values.add(rs.getString(c));
          }
        }
      }
      return values;
    }
    FlightSqlClient client = openFlight();
    FlightInfo info = client.execute(sql);
    for (FlightEndpoint endpoint : info.getEndpoints()) {
      try (FlightStream stream = client.getStream(endpoint.getTicket())) {
        while (stream.next()) {
          VectorSchemaRoot root = stream.getRoot();
          if (values.isEmpty() && root.getRowCount() > 0) {
            for (FieldVector vector : root.getFieldVectors()) {
              values.add(String.valueOf(vector.getObject(0)));
            }
          }
        }
      }
    }
    return values;
  }

  /** The allocator for raw Flight reads and parameter vectors; checked for leaks at close. */
  public BufferAllocator allocator() {
    if (allocator == null) {
      allocator = new RootAllocator();
    }
    return allocator;
  }

  /** The in-process DuckDB connection (for the Appender); only for {@link Variant#DUCKDB}. */
  public DuckDBConnection duckdb() {
    if (duckdb == null) {
      throw new IllegalStateException("Variant " + variant + " has no in-process DuckDB");
    }
    return duckdb;
  }

  @Override
  public void close() throws SQLException {
    Exception failure = null;
    while (!opened.isEmpty()) {
      failure = closeQuietly(opened.pop(), failure);
    }
    if (allocator != null) {
      long leaked = allocator.getAllocatedMemory();
      failure = closeQuietly(allocator, failure);
      if (leaked != 0 && failure == null) {
        failure = new IllegalStateException("Raw Flight reads leaked " + leaked + " bytes");
      }
    }
    if (fixture != null) {
      failure = closeQuietly(fixture, failure);
    }
    if (duckdb != null) {
      failure = closeQuietly(duckdb, failure);
    }
    if (failure != null) {
      throw new SQLException("Closing the benchmark environment failed", failure);
    }
  }

  private static Exception closeQuietly(AutoCloseable closeable, Exception failure) {
    try {
      closeable.close();
      return failure;
    } catch (Exception e) {
      if (failure != null) {
        failure.addSuppressed(e);
        return failure;
      }
      return e;
    }
  }

  private static Connection connect(String driverClass, String url) throws SQLException {
    Driver driver;
    try {
      driver = (Driver) Class.forName(driverClass).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new SQLException("Cannot load JDBC driver " + driverClass, e);
    }
    Connection connection = driver.connect(url, new Properties());
    if (connection == null) {
      throw new SQLException(driverClass + " does not accept " + url);
    }
    return connection;
  }

  /** The fixture's {@code jdbc:flightsql://} URL with the official driver's scheme. */
  static String officialUrl(String quiverUrl) {
    if (!quiverUrl.startsWith(QUIVER_SCHEME)) {
      throw new IllegalArgumentException("Not a jdbc:flightsql:// URL: " + quiverUrl);
    }
    return OFFICIAL_SCHEME + quiverUrl.substring(QUIVER_SCHEME.length());
  }
}
