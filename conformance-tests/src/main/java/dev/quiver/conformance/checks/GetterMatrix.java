package dev.quiver.conformance.checks;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JDBC 4.3 table B-6 ("Use of ResultSet getter methods to retrieve JDBC data types") for the
 * getters and column types every Flight SQL server can produce, written from the spec and not from
 * any driver. A cell marked in the table must convert; every other cell must be refused with a
 * SQLException whose SQLState is 07006 (restricted data type attribute violation).
 */
final class GetterMatrix {

  /** The getters of the matrix. */
  enum Getter {
    BOOLEAN,
    BYTE,
    SHORT,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    BIG_DECIMAL,
    STRING,
    BYTES,
    DATE,
    TIME,
    TIMESTAMP,
    OBJECT;

    Object read(ResultSet rs, int column) throws SQLException {
      switch (this) {
        case BOOLEAN:
          return rs.getBoolean(column);
        case BYTE:
          return rs.getByte(column);
        case SHORT:
          return rs.getShort(column);
        case INT:
          return rs.getInt(column);
        case LONG:
          return rs.getLong(column);
        case FLOAT:
          return rs.getFloat(column);
        case DOUBLE:
          return rs.getDouble(column);
        case BIG_DECIMAL:
          return rs.getBigDecimal(column);
        case STRING:
          return rs.getString(column);
        case BYTES:
          return rs.getBytes(column);
        case DATE:
          return rs.getDate(column);
        case TIME:
          return rs.getTime(column);
        case TIMESTAMP:
          return rs.getTimestamp(column);
        case OBJECT:
        default:
          return rs.getObject(column);
      }
    }

    String javaName() {
      switch (this) {
        case BIG_DECIMAL:
          return "getBigDecimal";
        case OBJECT:
          return "getObject";
        default:
          String name = name().toLowerCase(java.util.Locale.ROOT);
          return "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      }
    }
  }

  private static final Set<Getter> NUMERIC_GETTERS =
      EnumSet.of(
          Getter.BOOLEAN,
          Getter.BYTE,
          Getter.SHORT,
          Getter.INT,
          Getter.LONG,
          Getter.FLOAT,
          Getter.DOUBLE,
          Getter.BIG_DECIMAL,
          Getter.STRING,
          Getter.OBJECT);

  /**
   * One column type of the matrix: the probe SQL that produces a value of it, and the getters table
   * B-6 allows on it. Character columns get one probe per family of getter, so that the allowed
   * conversions have a parsable value to work on.
   */
  record Column(String name, int sqlType, Map<Getter, String> probes, Set<Getter> allowed) {}

  static final List<Column> COLUMNS =
      List.of(
          numeric("TINYINT", Types.TINYINT, "CAST(1 AS TINYINT)"),
          numeric("SMALLINT", Types.SMALLINT, "CAST(1 AS SMALLINT)"),
          numeric("INTEGER", Types.INTEGER, "CAST(1 AS INTEGER)"),
          numeric("BIGINT", Types.BIGINT, "CAST(1 AS BIGINT)"),
          numeric("REAL", Types.REAL, "CAST(1 AS REAL)"),
          numeric("DOUBLE", Types.DOUBLE, "CAST(1 AS DOUBLE)"),
          numeric("DECIMAL", Types.DECIMAL, "CAST(1 AS DECIMAL(10,2))"),
          numeric("BOOLEAN", Types.BOOLEAN, "CAST(1 = 1 AS BOOLEAN)"),
          new Column(
              "VARCHAR",
              Types.VARCHAR,
              Map.ofEntries(
                  Map.entry(Getter.BOOLEAN, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.BYTE, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.SHORT, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.INT, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.LONG, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.FLOAT, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.DOUBLE, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.BIG_DECIMAL, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.STRING, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.BYTES, "CAST('1' AS VARCHAR)"),
                  Map.entry(Getter.DATE, "CAST('2024-02-29' AS VARCHAR)"),
                  Map.entry(Getter.TIME, "CAST('12:34:56' AS VARCHAR)"),
                  Map.entry(Getter.TIMESTAMP, "CAST('2024-02-29 12:34:56' AS VARCHAR)"),
                  Map.entry(Getter.OBJECT, "CAST('1' AS VARCHAR)")),
              union(NUMERIC_GETTERS, EnumSet.of(Getter.DATE, Getter.TIME, Getter.TIMESTAMP))),
          single(
              "VARBINARY",
              Types.VARBINARY,
              "CAST('\\x01\\x02' AS BLOB)",
              EnumSet.of(Getter.STRING, Getter.BYTES, Getter.OBJECT)),
          single(
              "DATE",
              Types.DATE,
              "CAST('2024-02-29' AS DATE)",
              EnumSet.of(Getter.STRING, Getter.DATE, Getter.TIMESTAMP, Getter.OBJECT)),
          single(
              "TIME",
              Types.TIME,
              "CAST('12:34:56' AS TIME)",
              EnumSet.of(Getter.STRING, Getter.TIME, Getter.TIMESTAMP, Getter.OBJECT)),
          single(
              "TIMESTAMP",
              Types.TIMESTAMP,
              "CAST('2024-02-29 12:34:56' AS TIMESTAMP)",
              EnumSet.of(
                  Getter.STRING, Getter.DATE, Getter.TIME, Getter.TIMESTAMP, Getter.OBJECT)));

  private GetterMatrix() {}

  static Column column(String name) {
    return COLUMNS.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no matrix column " + name));
  }

  /**
   * Checks a converted value against what the spec (or plain arithmetic) says it must be. Returns a
   * description of the mismatch, or null when the value is right. Formats the spec leaves open
   * (getString of a timestamp or binary, getObject's class for binary) only need a value.
   */
  static String mismatch(Column column, Getter getter, Object value) {
    if (value == null) {
      return "returned null for a non-null value";
    }
    String probe = column.probes().get(getter);
    boolean characterSource = column.sqlType() == Types.VARCHAR;
    switch (getter) {
      case BOOLEAN:
        return Boolean.TRUE.equals(value) ? null : "expected true, got " + value;
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
      case BIG_DECIMAL:
        return new BigDecimal(value.toString()).compareTo(BigDecimal.ONE) == 0
            ? null
            : "expected 1, got " + value;
      case STRING:
        return stringMismatch(column, (String) value);
      case BYTES:
        if (characterSource) {
          return null;
        }
        return Arrays.equals((byte[]) value, new byte[] {1, 2})
            ? null
            : "expected {1,2}, got " + Arrays.toString((byte[]) value);
      case DATE:
        return "2024-02-29".equals(((Date) value).toString())
            ? null
            : "expected 2024-02-29, got " + value;
      case TIME:
        return "12:34:56".equals(((Time) value).toString())
            ? null
            : "expected 12:34:56, got " + value;
      case TIMESTAMP:
        Timestamp expected;
        if (column.sqlType() == Types.DATE) {
          expected = Timestamp.valueOf("2024-02-29 00:00:00");
        } else if (column.sqlType() == Types.TIME) {
          expected = Timestamp.valueOf("1970-01-01 12:34:56");
        } else {
          expected = Timestamp.valueOf("2024-02-29 12:34:56");
        }
        return expected.equals(value) ? null : "expected " + expected + ", got " + value;
      case OBJECT:
      default:
        return probe == null ? "no probe" : null;
    }
  }

  private static String stringMismatch(Column column, String value) {
    switch (column.sqlType()) {
      case Types.BOOLEAN:
        return value.equalsIgnoreCase("true") || value.equals("1")
            ? null
            : "expected true, got " + value;
      case Types.VARBINARY:
      case Types.TIMESTAMP:
        return value.isEmpty() ? "empty string" : null;
      case Types.DATE:
        return value.equals("2024-02-29") ? null : "expected 2024-02-29, got " + value;
      case Types.TIME:
        return value.startsWith("12:34:56") ? null : "expected 12:34:56, got " + value;
      default:
        try {
          return new BigDecimal(value.trim()).compareTo(BigDecimal.ONE) == 0
              ? null
              : "expected 1, got " + value;
        } catch (NumberFormatException e) {
          return "expected a number equal to 1, got '" + value + "'";
        }
    }
  }

  private static Column numeric(String name, int sqlType, String probe) {
    return single(name, sqlType, probe, NUMERIC_GETTERS);
  }

  private static Column single(String name, int sqlType, String probe, Set<Getter> allowed) {
    Map<Getter, String> probes = new java.util.EnumMap<>(Getter.class);
    for (Getter getter : Getter.values()) {
      probes.put(getter, probe);
    }
    return new Column(name, sqlType, Map.copyOf(probes), Set.copyOf(allowed));
  }

  private static Set<Getter> union(Set<Getter> a, Set<Getter> b) {
    EnumSet<Getter> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }
}
