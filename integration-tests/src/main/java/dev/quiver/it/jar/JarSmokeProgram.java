package dev.quiver.it.jar;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a BI tool does with the driver jar, run by the integration tests in a fresh JVM whose
 * command line is only {@code -cp quiver-jdbc.jar:<this class>}: load the driver through {@code
 * java.sql.DriverManager}, query, update, bind parameters (which writes Arrow memory into gRPC: the
 * path that needs {@code --add-opens} with Arrow's own memory code), batch, and read metadata.
 *
 * <p>Uses {@code java.sql} only. Prints one {@code PASS <check>} line per check to stdout and exits
 * with 0 when every check passed; a failed check prints {@code FAIL <check>: <why>} and the program
 * exits with 1. Expected values follow from the SQL (DuckDB semantics), not from the driver.
 *
 * <p>Usage: {@code JarSmokeProgram <jdbc-url>}
 */
public final class JarSmokeProgram {

  private final List<String> failures = new ArrayList<>();

  private JarSmokeProgram() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: JarSmokeProgram <jdbc-url>");
      System.exit(2);
    }
    JarSmokeProgram program = new JarSmokeProgram();
    try {
      program.run(args[0]);
    } catch (SQLException | RuntimeException e) {
      e.printStackTrace(System.out);
      program.failures.add("unexpected " + e);
    }
    System.out.flush();
    System.exit(program.failures.isEmpty() ? 0 : 1);
  }

  private void run(String url) throws SQLException {
    Driver driver = DriverManager.getDriver(url);
    check("driver-loaded", driver.getClass().getName(), "dev.quiver.jdbc.QuiverDriver");
    try (Connection connection = DriverManager.getConnection(url)) {
      queries(connection);
      updatesAndParameters(connection);
      metadata(connection);
    }
  }

  private void queries(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT count(*), sum(i), max(s) FROM"
                    + " (SELECT range AS i, 'v' || range AS s FROM range(200000))")) {
      rs.next();
      check("query-aggregate", rs.getLong(1) + "/" + rs.getLong(2), "200000/19999900000");
      check("query-aggregate-string", rs.getString(3), "v99999");
    }
    // Many batches streamed to the client: allocation and release of Arrow memory.
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT range AS i, 'row ' || range AS s, range * 0.5 AS d FROM range(300000)")) {
      long rows = 0;
      long sum = 0;
      long length = 0;
      double halves = 0;
      while (rs.next()) {
        rows++;
        sum += rs.getLong(1);
        length += rs.getString(2).length();
        halves += rs.getDouble(3);
      }
      check("query-stream", rows + "/" + sum, "300000/44999850000");
      check("query-stream-strings", Long.toString(length), Long.toString(expectedLength()));
      check("query-stream-doubles", Double.toString(halves), Double.toString(22499925000.0));
    }
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT DATE '2024-02-29' AS d, TIMESTAMP '2024-02-29 12:34:56.789' AS ts,"
                    + " CAST(12.34 AS DECIMAL(10,2)) AS dec, [1, 2, 3] AS l, true AS b,"
                    + " NULL::INTEGER AS n")) {
      rs.next();
      check("type-date", rs.getObject(1, LocalDate.class), LocalDate.of(2024, 2, 29));
      check(
          "type-timestamp",
          rs.getObject(2, LocalDateTime.class),
          LocalDateTime.of(2024, 2, 29, 12, 34, 56, 789_000_000));
      check("type-decimal", rs.getBigDecimal(3), new BigDecimal("12.34"));
      check("type-list", Arrays.toString((Object[]) rs.getArray(4).getArray()), "[1, 2, 3]");
      check("type-boolean", rs.getBoolean(5), true);
      check("type-null", rs.getInt(6) + "/" + rs.wasNull(), "0/true");
      ResultSetMetaData md = rs.getMetaData();
      check("resultset-metadata", md.getColumnType(3) + "/" + md.getScale(3), Types.DECIMAL + "/2");
    }
  }

  private void updatesAndParameters(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("CREATE TEMP TABLE smoke(id BIGINT, name VARCHAR, price DOUBLE)");
    }
    // Parameters travel as an Arrow batch in a DoPut: Arrow memory written into gRPC buffers.
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO smoke VALUES (?, ?, ?)")) {
      insert.setLong(1, 1);
      insert.setString(2, "one");
      insert.setDouble(3, 1.5);
      check("prepared-update", insert.executeUpdate(), 1);
      for (int i = 2; i <= 1000; i++) {
        insert.setLong(1, i);
        insert.setString(2, "name " + i);
        insert.setDouble(3, i * 1.5);
        insert.addBatch();
      }
      int[] counts = insert.executeBatch();
      long total = 0;
      for (int count : counts) {
        total += count == Statement.SUCCESS_NO_INFO ? 1 : count;
      }
      check("prepared-batch", counts.length + "/" + total, "999/999");
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT count(*), sum(id) FROM smoke WHERE id >= ? AND name <> ?")) {
      query.setLong(1, 500);
      query.setString(2, "name 600");
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        // ids 500..1000 without 600: 500 rows, sum 375750 - 600
        check("prepared-query", rs.getLong(1) + "/" + rs.getLong(2), "500/375150");
      }
      check("parameter-metadata", query.getParameterMetaData().getParameterCount(), 2);
    }
    try (Statement statement = connection.createStatement()) {
      check("update-count", statement.executeUpdate("DELETE FROM smoke WHERE id > 10"), 990);
    }
  }

  private void metadata(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "CREATE TABLE IF NOT EXISTS smoke_meta(id INTEGER PRIMARY KEY, v VARCHAR)");
    }
    DatabaseMetaData meta = connection.getMetaData();
    check("metadata-product", meta.getDatabaseProductName(), "DuckDB");
    try (ResultSet tables = meta.getTables(null, null, "smoke_meta", null)) {
      check("metadata-tables", tables.next() ? tables.getString("TABLE_NAME") : null, "smoke_meta");
    }
    try (ResultSet columns = meta.getColumns(null, null, "smoke_meta", "%")) {
      List<String> names = new ArrayList<>();
      while (columns.next()) {
        names.add(columns.getString("COLUMN_NAME") + ":" + columns.getInt("DATA_TYPE"));
      }
      check(
          "metadata-columns",
          names.toString(),
          "[id:" + Types.INTEGER + ", v:" + Types.VARCHAR + "]");
    }
    try (ResultSet keys = meta.getPrimaryKeys(null, null, "smoke_meta")) {
      check("metadata-primary-keys", keys.next() ? keys.getString("COLUMN_NAME") : null, "id");
    }
    try (ResultSet types = meta.getTypeInfo()) {
      int count = 0;
      while (types.next()) {
        count++;
      }
      check("metadata-type-info", count > 10, true);
    }
  }

  private static long expectedLength() {
    // "row " + decimal digits of 0..299999
    long length = 0;
    for (long i = 0; i < 300000; i++) {
      length += 4 + Long.toString(i).length();
    }
    return length;
  }

  private void check(String name, Object actual, Object expected) {
    if (Objects.equals(actual, expected)) {
      System.out.println("PASS " + name);
    } else {
      String failure = name + ": expected <" + expected + "> but was <" + actual + ">";
      System.out.println("FAIL " + failure);
      failures.add(failure);
    }
  }
}
