package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * DuckDB's scalar types with their minimum, maximum, NULL and tricky values, read through the
 * driver and compared with DuckDB in-process running the same SQL (the oracle). Each type is read
 * with the getter JDBC pairs with it, so the comparison is about values, not formats.
 */
@Capability(value = "Queries: every DuckDB type", order = 25)
class DuckDbTypeChecks {

  /** How a value is read on both sides. */
  private enum Read {
    BOOLEAN,
    LONG,
    DECIMAL,
    DOUBLE,
    FLOAT,
    STRING,
    BYTES,
    LOCAL_DATE,
    LOCAL_TIME,
    LOCAL_DATE_TIME,
    INSTANT
  }

  @Check(id = "TYPE-01", value = "BOOLEAN values equal DuckDB in-process")
  void booleans(ConformanceTarget target) throws SQLException {
    compare(target, "BOOLEAN", Read.BOOLEAN, "true", "false", "NULL");
  }

  @Check(id = "TYPE-02", value = "TINYINT/SMALLINT/INTEGER/BIGINT extremes equal DuckDB")
  void signedIntegers(ConformanceTarget target) throws SQLException {
    compare(target, "TINYINT", Read.LONG, "-128", "127", "0", "NULL");
    compare(target, "SMALLINT", Read.LONG, "-32768", "32767", "NULL");
    compare(target, "INTEGER", Read.LONG, "-2147483648", "2147483647", "NULL");
    compare(target, "BIGINT", Read.LONG, "-9223372036854775808", "9223372036854775807", "NULL");
  }

  @Check(id = "TYPE-03", value = "UTINYINT/USMALLINT/UINTEGER/UBIGINT extremes equal DuckDB")
  void unsignedIntegers(ConformanceTarget target) throws SQLException {
    compare(target, "UTINYINT", Read.LONG, "0", "255", "NULL");
    compare(target, "USMALLINT", Read.LONG, "0", "65535", "NULL");
    compare(target, "UINTEGER", Read.LONG, "0", "4294967295", "NULL");
    compare(target, "UBIGINT", Read.DECIMAL, "0", "18446744073709551615", "NULL");
  }

  @Check(id = "TYPE-04", value = "HUGEINT extremes equal DuckDB")
  void hugeint(ConformanceTarget target) throws SQLException {
    compare(
        target,
        "HUGEINT",
        Read.DECIMAL,
        "-170141183460469231731687303715884105727",
        "170141183460469231731687303715884105727",
        "NULL");
  }

  @Check(id = "TYPE-05", value = "FLOAT/DOUBLE incl. -0.0, NaN, infinities equal DuckDB")
  void floatingPoint(ConformanceTarget target) throws SQLException {
    compare(
        target,
        "FLOAT",
        Read.FLOAT,
        "-0.0",
        "'NaN'",
        "'Infinity'",
        "'-Infinity'",
        "3.4e38",
        "NULL");
    compare(
        target,
        "DOUBLE",
        Read.DOUBLE,
        "-0.0",
        "'NaN'",
        "'Infinity'",
        "'-Infinity'",
        "1.7976931348623157e308",
        "4.9e-324",
        "NULL");
  }

  @Check(id = "TYPE-06", value = "DECIMAL(4,1), (18,3), (38,10) extremes equal DuckDB")
  void decimals(ConformanceTarget target) throws SQLException {
    compare(target, "DECIMAL(4,1)", Read.DECIMAL, "-999.9", "999.9", "0.1", "NULL");
    compare(
        target,
        "DECIMAL(18,3)",
        Read.DECIMAL,
        "-999999999999999.999",
        "999999999999999.999",
        "NULL");
    compare(
        target,
        "DECIMAL(38,10)",
        Read.DECIMAL,
        "-9999999999999999999999999999.9999999999",
        "9999999999999999999999999999.9999999999",
        "NULL");
  }

  @Check(id = "TYPE-07", value = "VARCHAR: empty, multi-byte UTF-8, long strings equal DuckDB")
  void varchar(ConformanceTarget target) throws SQLException {
    compare(
        target,
        "VARCHAR",
        Read.STRING,
        "''",
        "'zwölf 字 🏹'",
        "'line\nbreak'",
        "repeat('x', 100000)",
        "NULL");
  }

  @Check(id = "TYPE-08", value = "BLOB values equal DuckDB")
  void blob(ConformanceTarget target) throws SQLException {
    compare(target, "BLOB", Read.BYTES, "''", "'\\x00\\xFF\\x10'", "NULL");
  }

  @Check(id = "TYPE-09", value = "DATE: BC, epoch, leap day, 9999-12-31 equal DuckDB")
  void dates(ConformanceTarget target) throws SQLException {
    compare(
        target,
        "DATE",
        Read.LOCAL_DATE,
        "'0001-01-01'",
        "'1969-12-31'",
        "'1970-01-01'",
        "'2024-02-29'",
        "'9999-12-31'",
        "NULL");
  }

  @Check(id = "TYPE-10", value = "TIME: midnight, microseconds, 23:59:59.999999 equal DuckDB")
  void times(ConformanceTarget target) throws SQLException {
    compare(
        target,
        "TIME",
        Read.LOCAL_TIME,
        "'00:00:00'",
        "'12:34:56.789012'",
        "'23:59:59.999999'",
        "NULL");
  }

  @Check(id = "TYPE-11", value = "TIMESTAMP (s, ms, us, ns) values equal DuckDB")
  void timestamps(ConformanceTarget target) throws SQLException {
    compare(
        target,
        "TIMESTAMP",
        Read.LOCAL_DATE_TIME,
        "'1969-12-31 23:59:59.999999'",
        "'2024-02-29 12:34:56.789012'",
        "'9999-12-31 23:59:59.999999'",
        "NULL");
    compare(target, "TIMESTAMP_S", Read.LOCAL_DATE_TIME, "'2024-02-29 12:34:56'", "NULL");
    compare(target, "TIMESTAMP_MS", Read.LOCAL_DATE_TIME, "'2024-02-29 12:34:56.789'", "NULL");
    compare(
        target,
        "TIMESTAMP_NS",
        Read.LOCAL_DATE_TIME,
        "'2024-02-29 12:34:56.789012345'",
        "'1677-09-22 00:00:00'",
        "NULL");
  }

  @Check(id = "TYPE-12", value = "TIMESTAMP WITH TIME ZONE instants equal DuckDB")
  void timestampsWithZone(ConformanceTarget target) throws SQLException {
    compare(
        target,
        "TIMESTAMPTZ",
        Read.INSTANT,
        "'2024-02-29 12:34:56.789012+00'",
        "'1970-01-01 00:00:00+05:30'",
        "NULL");
  }

  @Check(id = "TYPE-13", value = "UUID values equal DuckDB (as strings)")
  void uuids(ConformanceTarget target) throws SQLException {
    compare(
        target,
        "UUID",
        Read.STRING,
        "'00000000-0000-0000-0000-000000000000'",
        "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
        "NULL");
  }

  private static void compare(ConformanceTarget target, String type, Read read, String... literals)
      throws SQLException {
    target.requireSeededDuckDbFixture();
    StringBuilder sql = new StringBuilder("SELECT v FROM (VALUES ");
    for (int i = 0; i < literals.length; i++) {
      sql.append(i == 0 ? "" : ", ")
          .append('(')
          .append(i)
          .append(", CAST(")
          .append(literals[i])
          .append(" AS ")
          .append(type)
          .append("))");
    }
    sql.append(") t(n, v) ORDER BY n");
    List<Object> expected = readAll(target.oracle(), sql.toString(), read);
    List<Object> actual = readAll(target.connect(), sql.toString(), read);
    assertThat(actual).as("%s values of %s", type, Arrays.toString(literals)).isEqualTo(expected);
  }

  private static List<Object> readAll(Connection connection, String sql, Read read)
      throws SQLException {
    try (connection;
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      List<Object> values = new ArrayList<>();
      while (rs.next()) {
        Object value = read(rs, read);
        values.add(rs.wasNull() ? "<NULL>" : value);
      }
      return values;
    }
  }

  private static Object read(ResultSet rs, Read read) throws SQLException {
    switch (read) {
      case BOOLEAN:
        return rs.getBoolean(1);
      case LONG:
        return rs.getLong(1);
      case DECIMAL:
        return rs.getBigDecimal(1) == null ? null : rs.getBigDecimal(1).stripTrailingZeros();
      case DOUBLE:
        return rs.getDouble(1);
      case FLOAT:
        return rs.getFloat(1);
      case STRING:
        return rs.getString(1);
      case BYTES:
        byte[] bytes = rs.getBytes(1);
        return bytes == null ? null : Arrays.toString(bytes);
      case LOCAL_DATE:
        return rs.getObject(1, LocalDate.class);
      case LOCAL_TIME:
        // DuckDB's own driver (the oracle) returns LocalTime from getObject() but cannot convert
        // to it in getObject(int, Class); other drivers return java.sql.Time from getObject().
        Object time = rs.getObject(1);
        return time instanceof LocalTime ? time : rs.getObject(1, LocalTime.class);
      case LOCAL_DATE_TIME:
        return rs.getObject(1, LocalDateTime.class);
      case INSTANT:
      default:
        OffsetDateTime value = rs.getObject(1, OffsetDateTime.class);
        return Objects.isNull(value) ? null : value.toInstant();
    }
  }
}
