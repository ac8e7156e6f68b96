package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.Interval;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every column type DuckDB 1.4.4 has, with its minimum, maximum, NULL and tricky values, read
 * through Quiver over gRPC from the fixture and compared value for value with the same query run on
 * DuckDB in-process ({@code jdbc:duckdb:}), the oracle.
 *
 * <p>Comparisons are about values, not about either driver's formats: exact numbers as {@link
 * BigDecimal}, floating point with {@link Double#equals} (so -0.0 and NaN count), temporal values
 * as java.time, NULL through {@code wasNull} (DuckDB's {@code getDouble} on NULL gives NaN), nested
 * values normalised recursively from {@code java.sql.Array}, {@code java.sql.Struct} and {@code
 * Map} on both sides. DuckDB's own JDBC quirks are worked around on the oracle side: TIME is read
 * with {@code getObject()} (its {@code getObject(i, LocalTime.class)} fails), INTERVAL is a string
 * there, so its parts are taken with {@code datepart} in SQL instead.
 */
class DuckDbTypeMatrixEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  /** A half-hour offset, and one with daylight saving. */
  private static final List<String> OTHER_ZONES = List.of("Asia/Kolkata", "America/New_York");

  private static Connection duckdb;

  @BeforeAll
  static void openOracle() throws SQLException {
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void closeOracle() throws SQLException {
    duckdb.close();
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  /** How one type's values are read and compared on both sides. */
  enum Compare {
    BOOLEAN,
    EXACT_NUMBER,
    FLOAT,
    DOUBLE,
    STRING,
    BYTES,
    DATE,
    TIME,
    TIMESTAMP,
    INSTANT,
    UUID_VALUE,
    INTERVAL,
    /**
     * TIMETZ: DuckDB's Arrow export sends the wall-clock time and drops the offset (Arrow has no
     * time-with-zone type), so Quiver's LocalTime is compared with the oracle's {@code
     * OffsetTime.toLocalTime()}.
     */
    TIMETZ_WALL_CLOCK,
    /**
     * Types DuckDB's Arrow export sends as raw bytes in its own storage layout (BIT as plain
     * Binary; UHUGEINT and VARINT/BIGNUM as the {@code arrow.opaque} extension, vendor DuckDB),
     * which the driver, knowing no such type, returns as bytes. No DuckDB JDBC getter gives those
     * bytes, so the test decodes DuckDB's layout and compares with the oracle's {@code CAST(v AS
     * VARCHAR)}: this checks that every byte arrived, not a value the driver could give.
     */
    DUCKDB_STORAGE,
    NESTED
  }

  /** A DuckDB type, the SQL expressions of its test values (each cast to the type), and how. */
  record TypeCase(String type, Compare compare, List<String> values) {
    TypeCase {
      if (compare == Compare.DUCKDB_STORAGE && !STORAGE_DECODERS.containsKey(type)) {
        throw new IllegalArgumentException("No storage decoder for " + type);
      }
    }

    @Override
    public String toString() {
      return type;
    }
  }

  static Stream<TypeCase> types() {
    return Stream.of(
        c("BOOLEAN", Compare.BOOLEAN, "true", "false"),
        c("TINYINT", Compare.EXACT_NUMBER, "-128", "127", "0"),
        c("SMALLINT", Compare.EXACT_NUMBER, "-32768", "32767", "0"),
        c("INTEGER", Compare.EXACT_NUMBER, "-2147483648", "2147483647", "0"),
        c("BIGINT", Compare.EXACT_NUMBER, "-9223372036854775808", "9223372036854775807", "0"),
        c(
            "HUGEINT",
            Compare.EXACT_NUMBER,
            "'-170141183460469231731687303715884105728'",
            "'170141183460469231731687303715884105727'",
            "0",
            "'-1'"),
        c("UTINYINT", Compare.EXACT_NUMBER, "0", "255", "128"),
        c("USMALLINT", Compare.EXACT_NUMBER, "0", "65535", "32768"),
        c("UINTEGER", Compare.EXACT_NUMBER, "0", "4294967295", "2147483648"),
        c("UBIGINT", Compare.EXACT_NUMBER, "0", "'18446744073709551615'", "'9223372036854775808'"),
        c(
            "UHUGEINT",
            Compare.DUCKDB_STORAGE,
            "0",
            "'340282366920938463463374607431768211455'",
            "'170141183460469231731687303715884105728'"),
        c(
            "FLOAT",
            Compare.FLOAT,
            "0",
            "'-0.0'",
            "'nan'",
            "'inf'",
            "'-inf'",
            "'1.4e-45'",
            "'3.4028235e38'",
            "'-3.4028235e38'",
            "'1.1'"),
        c(
            "DOUBLE",
            Compare.DOUBLE,
            "0",
            "'-0.0'",
            "'nan'",
            "'inf'",
            "'-inf'",
            "'4.9e-324'",
            "'1.7976931348623157e308'",
            "'-1.7976931348623157e308'",
            "'0.1'"),
        c("DECIMAL(4,1)", Compare.EXACT_NUMBER, "'-999.9'", "'999.9'", "'0'", "'-0.1'"),
        c(
            "DECIMAL(18,3)",
            Compare.EXACT_NUMBER,
            "'-999999999999999.999'",
            "'999999999999999.999'",
            "'0.001'",
            "'0'"),
        c(
            "DECIMAL(38,10)",
            Compare.EXACT_NUMBER,
            "'-9999999999999999999999999999.9999999999'",
            "'9999999999999999999999999999.9999999999'",
            "'0.0000000001'",
            "'0'"),
        c(
            "VARCHAR",
            Compare.STRING,
            "''",
            "'a'",
            "'h\u00e9llo \u2713 \u4e2d\u6587 \ud83d\ude00'",
            "'quote '' and \\ backslash'",
            "repeat('x', 10000)"),
        c("BLOB", Compare.BYTES, "''", "'\\x00\\xFF\\x80'", "'abc'"),
        c("BIT", Compare.DUCKDB_STORAGE, "'0'", "'1'", "'1010110011'", "repeat('10', 50)"),
        c(
            "DATE",
            Compare.DATE,
            "'0001-01-01'",
            "'-0044-03-15'",
            "'1969-12-31'",
            "'1970-01-01'",
            "'2024-02-29'",
            "'9999-12-31'",
            "'5881580-07-10'",
            "'5877642-06-25 (BC)'",
            "'infinity'",
            "'-infinity'"),
        c(
            "TIME",
            Compare.TIME,
            "'00:00:00'",
            "'23:59:59.999999'",
            "'12:34:56.5'",
            "'00:00:00.000001'"),
        c(
            "TIMETZ",
            Compare.TIMETZ_WALL_CLOCK,
            "'00:00:00+00'",
            "'12:34:56.789+05:30'",
            "'23:59:59.999999-15:59'"),
        c(
            "TIMESTAMP",
            Compare.TIMESTAMP,
            "'0001-01-01 00:00:00'",
            "'-0044-03-15 12:00:00.5'",
            "'1969-12-31 23:59:59.999999'",
            "'1970-01-01 00:00:00'",
            "'2024-02-29 23:59:59.999999'",
            "'9999-12-31 23:59:59.999999'",
            "'294247-01-10 04:00:54.775806'",
            "'290309-12-22 (BC) 00:00:00'"),
        c(
            "TIMESTAMP_S",
            Compare.TIMESTAMP,
            "'-0044-03-15 12:00:01'",
            "'1969-12-31 23:59:59'",
            "'9999-12-31 23:59:59'"),
        c(
            "TIMESTAMP_MS",
            Compare.TIMESTAMP,
            "'-0044-03-15 12:00:00.001'",
            "'1969-12-31 23:59:59.999'",
            "'9999-12-31 23:59:59.999'"),
        c(
            "TIMESTAMP_NS",
            Compare.TIMESTAMP,
            "'1677-09-22 00:00:00.000000001'",
            "'1969-12-31 23:59:59.999999999'",
            "'2024-02-29 12:00:00.123456789'",
            "'2262-04-11 23:47:16.854775806'"),
        c(
            "TIMESTAMPTZ",
            Compare.INSTANT,
            "'2024-01-01 00:00:01+02'",
            "'-0044-03-15 01:02:03+00'",
            "'1969-12-31 23:59:59.999999+00'",
            "'9999-12-31 23:59:59.999999+00'"),
        c(
            "INTERVAL",
            Compare.INTERVAL,
            "INTERVAL '1 year 2 months 3 days 04:05:06.789'",
            "INTERVAL '-1 year'",
            "INTERVAL '0 seconds'",
            "INTERVAL '-3 days' + INTERVAL '25:00:00.000001'",
            "INTERVAL '1 month' - INTERVAL '1 microsecond'",
            "to_days(-2147483647)"),
        c(
            "UUID",
            Compare.UUID_VALUE,
            "'00000000-0000-0000-0000-000000000000'",
            "'ffffffff-ffff-ffff-ffff-ffffffffffff'",
            "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"),
        c("JSON", Compare.STRING, "'{\"a\":[1,2,{\"b\":null}]}'", "'[]'", "'\"\u00fc\"'", "'null'"),
        c("ENUM('sad', 'ok', 'h\u00e4ppy')", Compare.STRING, "'sad'", "'h\u00e4ppy'"),
        c(
            "VARINT",
            Compare.DUCKDB_STORAGE,
            "'0'",
            "'-1'",
            "'12345678901234567890123456789012345678901234567890'",
            "'-98765432109876543210987654321098765432109876543210'"),
        c("INTEGER[]", Compare.NESTED, "[]", "[NULL]", "[1, NULL, 3]", "[-2147483648]"),
        c("VARCHAR[]", Compare.NESTED, "[]", "['', NULL, '\u2713']"),
        c("INTEGER[3]", Compare.NESTED, "[1, 2, 3]", "[NULL, NULL, NULL]"),
        c(
            "STRUCT(a INTEGER, b VARCHAR)",
            Compare.NESTED,
            "{'a': 1, 'b': 'x'}",
            "{'a': NULL, 'b': NULL}",
            "{'a': -1, 'b': ''}"),
        c("MAP(VARCHAR, INTEGER)", Compare.NESTED, "MAP {}", "MAP {'k': 1, 'l': NULL}"),
        c(
            "UNION(num INTEGER, str VARCHAR)",
            Compare.NESTED,
            "union_value(num := 2)",
            "union_value(str := 'a')",
            "union_value(num := NULL)"),
        c(
            "STRUCT(a INTEGER, b VARCHAR)[]",
            Compare.NESTED,
            "[]",
            "[{'a': 1, 'b': 'x'}, NULL, {'a': NULL, 'b': NULL}]"),
        c(
            "STRUCT(l INTEGER[], s VARCHAR[])",
            Compare.NESTED,
            "{'l': [1, NULL], 's': []}",
            "{'l': NULL, 's': ['a']}"),
        c("INTEGER[][]", Compare.NESTED, "[[1], [], NULL, [NULL]]", "[]"),
        c("MAP(VARCHAR, INTEGER[])", Compare.NESTED, "MAP {'a': [1, 2], 'b': NULL, 'c': []}"),
        c("MAP(INTEGER, VARCHAR)[]", Compare.NESTED, "[MAP {1: 'x'}, NULL, MAP {}]"),
        c(
            "STRUCT(d DATE, ts TIMESTAMP, dec DECIMAL(18,3), f DOUBLE, b BLOB, u UUID, h HUGEINT)",
            Compare.NESTED,
            "{'d': DATE '2024-02-29', 'ts': TIMESTAMP '2024-02-29 23:59:59.999999',"
                + " 'dec': -1.5, 'f': -0.0, 'b': '\\x00\\xFF'::BLOB,"
                + " 'u': 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'h': 1}",
            "{'d': NULL, 'ts': NULL, 'dec': NULL, 'f': NULL, 'b': NULL, 'u': NULL, 'h': NULL}"),
        c("DECIMAL(38,10)[]", Compare.NESTED, "[0.0000000001, NULL, -1]"),
        c("DOUBLE[2]", Compare.NESTED, "['nan'::DOUBLE, '-inf'::DOUBLE]"));
  }

  private static TypeCase c(String type, Compare compare, String... values) {
    return new TypeCase(type, compare, List.of(values));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everyValueReadsAsDuckDbReadsIt(TypeCase type) throws SQLException {
    List<Object> expected = readOracle(type, valuesClause(type));
    assertSameValues(type, readThroughQuiver(type), expected);
  }

  static Stream<Arguments> temporalTypesInOtherZones() {
    Set<Compare> temporal =
        EnumSet.of(
            Compare.DATE,
            Compare.TIME,
            Compare.TIMETZ_WALL_CLOCK,
            Compare.TIMESTAMP,
            Compare.INSTANT,
            Compare.INTERVAL);
    return types()
        .filter(type -> temporal.contains(type.compare()) || type.type().contains("ts TIMESTAMP"))
        .flatMap(type -> OTHER_ZONES.stream().map(zone -> Arguments.of(zone, type)));
  }

  /**
   * The build machines run in UTC, where zone bugs hide: the same values read under a default zone
   * with a half-hour offset and one with daylight saving must be the same java.time values (the
   * oracle is read in the build's own zone).
   */
  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("temporalTypesInOtherZones")
  void temporalValuesReadTheSameInOtherDefaultZones(String zone, TypeCase type)
      throws SQLException {
    List<Object> expected = readOracle(type, valuesClause(type));
    TimeZone buildZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try {
      assertSameValues(type, readThroughQuiver(type), expected);
    } finally {
      TimeZone.setDefault(buildZone);
    }
  }

  @Test
  void intervalRoundTripsAsTheDriversIntervalClass() throws SQLException {
    Interval interval = Interval.of(-14, 40, -3_723_000_001_000L);
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        PreparedStatement statement = connection.prepareStatement("SELECT CAST(? AS INTERVAL)")) {
      statement.setObject(1, interval);
      try (ResultSet result = statement.executeQuery()) {
        assertThat(result.next()).isTrue();
        assertThat(result.getMetaData().getColumnClassName(1)).isEqualTo(Interval.class.getName());
        assertThat(result.getObject(1)).isEqualTo(interval);
        assertThat(result.getObject(1, Interval.class)).isEqualTo(interval);
        assertThat(result.getString(1)).isEqualTo("P-1Y-2M40DT-1H-2M-3.000001S");
      }
    }
  }

  private static List<Object> readThroughQuiver(TypeCase type) throws SQLException {
    String values = valuesClause(type);
    List<Object> actual = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT v FROM " + values + " ORDER BY i")) {
      // asked before the first row: a dictionary column (ENUM) must name its values' class then
      String className = result.getMetaData().getColumnClassName(1);
      while (result.next()) {
        actual.add(readQuiver(type, result));
        Object object = result.getObject(1);
        if (object != null) {
          // getColumnClassName and getObject come from the one type table: they must agree
          assertThat(object).as("getObject of %s", type).isInstanceOf(classNamed(className));
        }
      }
    }
    return actual;
  }

  private static void assertSameValues(TypeCase type, List<Object> actual, List<Object> expected) {
    assertThat(actual).as("%s values", type).hasSize(type.values().size() + 1);
    for (int row = 0; row < actual.size(); row++) {
      String what = row < type.values().size() ? type.values().get(row) : "NULL";
      assertThat(actual.get(row)).as("%s value %s", type, what).isEqualTo(expected.get(row));
    }
    assertThat(actual.get(actual.size() - 1)).as("%s NULL", type).isNull();
  }

  /** {@code (VALUES (0, CAST(v0 AS T)), ..., (n, CAST(NULL AS T))) AS t(i, v)}. */
  private static String valuesClause(TypeCase type) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < type.values().size(); i++) {
      rows.add("(" + i + ", CAST(" + type.values().get(i) + " AS " + type.type() + "))");
    }
    rows.add("(" + type.values().size() + ", CAST(NULL AS " + type.type() + "))");
    return "(VALUES " + String.join(", ", rows) + ") AS t(i, v)";
  }

  private static List<Object> readOracle(TypeCase type, String values) throws SQLException {
    String select;
    switch (type.compare()) {
      case DUCKDB_STORAGE:
        select = "CAST(v AS VARCHAR)";
        break;
      case INTERVAL:
        // DuckDB's JDBC returns INTERVAL as a String in its own format; take the parts in SQL
        select =
            "datepart('year', v) * 12 + datepart('month', v), datepart('day', v),"
                + " datepart('hour', v) * 3600000000 + datepart('minute', v) * 60000000"
                + " + datepart('microseconds', v)";
        break;
      default:
        select = "v";
    }
    List<Object> rows = new ArrayList<>();
    try (Statement statement = duckdb.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT " + select + " FROM " + values + " ORDER BY i")) {
      while (result.next()) {
        rows.add(readDuckDb(type.compare(), result));
      }
    }
    return rows;
  }

  private static Object readDuckDb(Compare compare, ResultSet result) throws SQLException {
    switch (compare) {
      case BOOLEAN:
        return nullIfWasNull(result.getBoolean(1), result);
      case FLOAT:
        return nullIfWasNull(result.getFloat(1), result);
      case DOUBLE:
        return nullIfWasNull(result.getDouble(1), result);
      case STRING:
      case DUCKDB_STORAGE:
        return result.getString(1);
      case BYTES:
        return hex(result.getBytes(1));
      case DATE:
        // DuckDB: getObject(i, LocalDate.class) turns -0044-03-15 into 0045-03-15 (the era is
        // lost);
        // getObject() is the right LocalDate
        return result.getObject(1);
      case TIMETZ_WALL_CLOCK:
        OffsetTime time = (OffsetTime) result.getObject(1);
        return time == null ? null : time.toLocalTime();
      case TIME:
        // DuckDB: getObject(i, LocalTime.class) is refused for TIME, getObject() is a LocalTime
        return result.getObject(1);
      case TIMESTAMP:
        return result.getObject(1, LocalDateTime.class);
      case INSTANT:
        OffsetDateTime instant = result.getObject(1, OffsetDateTime.class);
        return instant == null ? null : instant.toInstant();
      case UUID_VALUE:
        return result.getObject(1, UUID.class);
      case INTERVAL:
        long months = result.getLong(1);
        if (result.wasNull()) {
          return null;
        }
        return List.of(months, result.getLong(2), result.getLong(3) * 1000);
      case EXACT_NUMBER:
      case NESTED:
      default:
        return normalise(result.getObject(1));
    }
  }

  private static Object readQuiver(TypeCase type, ResultSet result) throws SQLException {
    Compare compare = type.compare();
    switch (compare) {
      case BOOLEAN:
        return nullIfWasNull(result.getBoolean(1), result);
      case FLOAT:
        return nullIfWasNull(result.getFloat(1), result);
      case DOUBLE:
        return nullIfWasNull(result.getDouble(1), result);
      case STRING:
        return result.getString(1);
      case BYTES:
        return hex(result.getBytes(1));
      case DATE:
        LocalDate date = result.getObject(1, LocalDate.class);
        if (date != null && date.getYear() > 1583 && date.getYear() < 10000) {
          assertThat(result.getDate(1).toLocalDate()).isEqualTo(date);
        }
        return date;
      case TIME:
      case TIMETZ_WALL_CLOCK:
        return result.getObject(1, LocalTime.class);
      case DUCKDB_STORAGE:
        byte[] storage = result.getBytes(1);
        return storage == null ? null : STORAGE_DECODERS.get(type.type()).apply(storage);
      case TIMESTAMP:
        LocalDateTime wallClock = result.getObject(1, LocalDateTime.class);
        if (wallClock != null && wallClock.getYear() > 1583 && wallClock.getYear() < 10000) {
          // JDBC: a TIMESTAMP is wall-clock time in the default zone (java.sql.Timestamp uses the
          // Julian calendar before 1583, so only later values compare)
          assertThat(result.getTimestamp(1).toLocalDateTime()).isEqualTo(wallClock);
        }
        return wallClock;
      case INSTANT:
        OffsetDateTime instant = result.getObject(1, OffsetDateTime.class);
        if (instant != null && instant.getYear() > 1583) {
          assertThat(result.getTimestamp(1).toInstant()).isEqualTo(instant.toInstant());
        }
        return instant == null ? null : instant.toInstant();
      case UUID_VALUE:
        String uuid = result.getString(1);
        return uuid == null ? null : UUID.fromString(uuid);
      case INTERVAL:
        Interval interval = result.getObject(1, Interval.class);
        return interval == null
            ? null
            : List.of((long) interval.getMonths(), (long) interval.getDays(), interval.getNanos());
      case EXACT_NUMBER:
      case NESTED:
      default:
        Object value = result.getObject(1);
        if (compare == Compare.EXACT_NUMBER && value != null) {
          assertThat(normalise(result.getBigDecimal(1))).isEqualTo(normalise(value));
        }
        return normalise(value);
    }
  }

  private static Object nullIfWasNull(Object value, ResultSet result) throws SQLException {
    return result.wasNull() ? null : value;
  }

  /**
   * One form for a value from either driver: arrays as lists, structs as {@link StructValue}, maps
   * as maps, exact numbers as BigDecimal without trailing zeros, float as double, binary as hex,
   * JDBC temporal classes as java.time, UUIDs and DuckDB's JSON nodes as strings.
   */
  static Object normalise(Object value) throws SQLException {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Array) {
      Object elements = ((java.sql.Array) value).getArray();
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < java.lang.reflect.Array.getLength(elements); i++) {
        list.add(normalise(java.lang.reflect.Array.get(elements, i)));
      }
      return list;
    }
    if (value instanceof java.sql.Struct) {
      List<Object> attributes = new ArrayList<>();
      for (Object attribute : ((java.sql.Struct) value).getAttributes()) {
        attributes.add(normalise(attribute));
      }
      return new StructValue(attributes);
    }
    if (value instanceof Map) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        map.put(normalise(entry.getKey()), normalise(entry.getValue()));
      }
      return map;
    }
    if (value instanceof Float) {
      return ((Float) value).doubleValue();
    }
    if (value instanceof Double) {
      return value;
    }
    if (value instanceof BigDecimal) {
      BigDecimal decimal = (BigDecimal) value;
      return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    }
    if (value instanceof BigInteger
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return normalise(new BigDecimal(value.toString()));
    }
    if (value instanceof byte[]) {
      return hex((byte[]) value);
    }
    if (value instanceof Blob) {
      Blob blob = (Blob) value;
      return hex(blob.getBytes(1, (int) blob.length()));
    }
    if (value instanceof java.sql.Timestamp) {
      return ((java.sql.Timestamp) value).toLocalDateTime();
    }
    if (value instanceof java.sql.Date) {
      return ((java.sql.Date) value).toLocalDate();
    }
    if (value instanceof java.sql.Time) {
      return ((java.sql.Time) value).toLocalTime();
    }
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).toInstant();
    }
    if (value instanceof UUID || value.getClass().getName().equals("org.duckdb.JsonNode")) {
      return value.toString();
    }
    return value;
  }

  /** A struct's attributes in order, told apart from a list of the same values. */
  record StructValue(List<Object> attributes) {
    @Override
    public String toString() {
      return attributes.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
    }
  }

  /** Decoders of DuckDB's storage layouts, by DuckDB type, into DuckDB's text form. */
  private static final Map<String, Function<byte[], String>> STORAGE_DECODERS =
      Map.of(
          "UHUGEINT", DuckDbTypeMatrixEndToEndTest::uhugeint,
          "VARINT", DuckDbTypeMatrixEndToEndTest::bignum,
          "BIT", DuckDbTypeMatrixEndToEndTest::bitString);

  /** UHUGEINT: 16 bytes, an unsigned little-endian integer. */
  private static String uhugeint(byte[] storage) {
    byte[] bigEndian = new byte[storage.length];
    for (int i = 0; i < storage.length; i++) {
      bigEndian[i] = storage[storage.length - 1 - i];
    }
    return new BigInteger(1, bigEndian).toString();
  }

  /**
   * VARINT/BIGNUM: a 3-byte header (top bit set for a non-negative value, the low 23 bits the
   * length of the magnitude) and the big-endian magnitude; a negative value has every byte, header
   * included, inverted.
   */
  private static String bignum(byte[] storage) {
    boolean negative = (storage[0] & 0x80) == 0;
    byte[] magnitude = Arrays.copyOfRange(storage, 3, storage.length);
    if (negative) {
      for (int i = 0; i < magnitude.length; i++) {
        magnitude[i] = (byte) ~magnitude[i];
      }
    }
    BigInteger value = new BigInteger(1, magnitude);
    return (negative ? value.negate() : value).toString();
  }

  /**
   * BIT: the first byte counts the padding bits that open the second byte; then bits, MSB first.
   */
  private static String bitString(byte[] storage) {
    StringBuilder bits = new StringBuilder();
    for (int i = 1; i < storage.length; i++) {
      for (int bit = 7; bit >= 0; bit--) {
        bits.append((storage[i] >> bit) & 1);
      }
    }
    return bits.substring(storage[0]);
  }

  private static String hex(byte[] bytes) {
    return bytes == null ? null : "0x" + HexFormat.of().formatHex(bytes);
  }

  private static Class<?> classNamed(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("getColumnClassName names a class that does not exist: " + name, e);
    }
  }
}
