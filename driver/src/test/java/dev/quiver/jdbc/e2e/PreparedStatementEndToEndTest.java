package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.arrow.vector.PeriodDuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prepared statements against the real fixture over gRPC. Expected values come from DuckDB: either
 * DuckDB in-process ({@code jdbc:duckdb:}) evaluating the same values written as SQL literals, or
 * the server's own DuckDB generating the expected rows in SQL.
 */
class PreparedStatementEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  /** Every DuckDB type the round trip covers, as {@code name TYPE}. */
  private static final String[] TYPED_COLUMNS = {
    "c_bool BOOLEAN",
    "c_tinyint TINYINT",
    "c_smallint SMALLINT",
    "c_int INTEGER",
    "c_bigint BIGINT",
    "c_utinyint UTINYINT",
    "c_usmallint USMALLINT",
    "c_uinteger UINTEGER",
    "c_ubigint UBIGINT",
    "c_hugeint HUGEINT",
    "c_float FLOAT",
    "c_double DOUBLE",
    "c_decimal DECIMAL(18,3)",
    "c_decimal38 DECIMAL(38,10)",
    "c_varchar VARCHAR",
    "c_blob BLOB",
    "c_date DATE",
    "c_time TIME",
    "c_ts TIMESTAMP",
    "c_ts_s TIMESTAMP_S",
    "c_ts_ms TIMESTAMP_MS",
    "c_ts_ns TIMESTAMP_NS",
    "c_tstz TIMESTAMPTZ",
    "c_uuid UUID",
    "c_interval INTERVAL",
    "c_list INTEGER[]"
  };

  /** The same values as DuckDB SQL literals, in column order. */
  private static final String LITERAL_ROW =
      "true, -128, 32767, -2147483648, 9223372036854775807, 255, 65535, 4294967295,"
          + " 18446744073709551615, 12345678901234567890123456789012345678, 1.5::FLOAT,"
          + " 3.141592653589793::DOUBLE, 123456789012345.678, 1234567890123456789012345678.0123456789,"
          + " 'h\u00e9llo ''quoted'' \u2713', '\\x00\\x01\\xFF'::BLOB, DATE '2024-02-29',"
          + " TIME '23:59:59.123456', TIMESTAMP '2020-01-01 00:00:09.123456',"
          + " TIMESTAMP_S '2020-01-01 00:00:09', TIMESTAMP_MS '2020-01-01 00:00:09.123',"
          + " TIMESTAMP_NS '2020-01-01 00:00:09.123456789',"
          + " TIMESTAMPTZ '2024-01-02 03:04:05.123456+02',"
          + " UUID '123e4567-e89b-12d3-a456-426614174000',"
          + " INTERVAL '1 year 2 months 3 days 4.000005 seconds', [1, 2, NULL]";

  private static Connection duckDb;

  @BeforeAll
  static void seed() throws SQLException {
    String create = "CREATE TABLE types_rt (id INTEGER, " + String.join(", ", TYPED_COLUMNS) + ")";
    FIXTURE.server().executeAdmin(create);
    FIXTURE
        .server()
        .executeAdmin(
            "CREATE TABLE people AS SELECT i::INTEGER AS id, 'name-' || i AS name"
                + " FROM range(10000) r(i)");
    FIXTURE.server().executeAdmin("CREATE TABLE texts (id INTEGER, s VARCHAR, b BLOB)");
    FIXTURE.server().executeAdmin("CREATE TABLE bulk (id BIGINT, s VARCHAR, ts TIMESTAMP)");
    FIXTURE.server().executeAdmin("CREATE TABLE keyed (id INTEGER PRIMARY KEY, note VARCHAR)");
    FIXTURE.server().executeAdmin("INSERT INTO keyed VALUES (5, 'already here')");
    FIXTURE
        .server()
        .executeAdmin("CREATE TABLE precise (id INTEGER, ts TIMESTAMP, ns TIMESTAMP_NS)");
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckDb.createStatement()) {
      statement.execute(create);
      statement.execute("INSERT INTO types_rt VALUES (1, " + LITERAL_ROW + ")");
      statement.execute("INSERT INTO types_rt (id) VALUES (2)"); // the all-NULL row
    }
  }

  @AfterAll
  static void closeDuckDb() throws SQLException {
    duckDb.close();
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(FIXTURE.jdbcUrl());
  }

  private static String sqlState(Throwable failure) {
    return ((SQLException) failure).getSQLState();
  }

  // ---- every type round trip ----

  @Test
  void everyDuckDbTypeRoundTripsAsDuckDbStoresItsLiteral() throws SQLException {
    String insert = "INSERT INTO types_rt VALUES (?" + ", ?".repeat(TYPED_COLUMNS.length) + ")";
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(insert)) {
      int i = 1;
      statement.setInt(i++, 1);
      statement.setBoolean(i++, true);
      statement.setByte(i++, (byte) -128);
      statement.setShort(i++, (short) 32767);
      statement.setInt(i++, Integer.MIN_VALUE);
      statement.setLong(i++, Long.MAX_VALUE);
      statement.setShort(i++, (short) 255);
      statement.setInt(i++, 65535);
      statement.setLong(i++, 4294967295L);
      statement.setObject(i++, new BigInteger("18446744073709551615"));
      statement.setObject(i++, new BigInteger("12345678901234567890123456789012345678"));
      statement.setFloat(i++, 1.5f);
      statement.setDouble(i++, 3.141592653589793);
      statement.setBigDecimal(i++, new BigDecimal("123456789012345.678"));
      statement.setBigDecimal(i++, new BigDecimal("1234567890123456789012345678.0123456789"));
      statement.setString(i++, "h\u00e9llo 'quoted' \u2713");
      statement.setBytes(i++, new byte[] {0, 1, (byte) 0xff});
      statement.setDate(i++, Date.valueOf("2024-02-29"));
      statement.setObject(i++, LocalTime.of(23, 59, 59, 123_456_000));
      statement.setTimestamp(i++, Timestamp.valueOf("2020-01-01 00:00:09.123456"));
      statement.setObject(i++, LocalDateTime.of(2020, 1, 1, 0, 0, 9));
      statement.setObject(i++, LocalDateTime.of(2020, 1, 1, 0, 0, 9, 123_000_000));
      // every nanosecond arrives (see the nanosecond test below)
      statement.setObject(i++, LocalDateTime.of(2020, 1, 1, 0, 0, 9, 123_456_789));
      statement.setObject(i++, OffsetDateTime.parse("2024-01-02T03:04:05.123456+02:00"));
      statement.setObject(i++, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
      statement.setObject(
          i++, new PeriodDuration(Period.of(1, 2, 3), Duration.ofSeconds(4, 5_000)));
      statement.setObject(i++, new Integer[] {1, 2, null});
      assertThat(statement.executeUpdate()).isEqualTo(1);

      statement.setInt(1, 2);
      int[] nullTypes = {
        Types.BOOLEAN,
        Types.TINYINT,
        Types.SMALLINT,
        Types.INTEGER,
        Types.BIGINT,
        Types.SMALLINT,
        Types.INTEGER,
        Types.BIGINT,
        Types.NUMERIC,
        Types.NUMERIC,
        Types.REAL,
        Types.DOUBLE,
        Types.DECIMAL,
        Types.DECIMAL,
        Types.VARCHAR,
        Types.VARBINARY,
        Types.DATE,
        Types.TIME,
        Types.TIMESTAMP,
        Types.TIMESTAMP,
        Types.TIMESTAMP,
        Types.TIMESTAMP,
        Types.TIMESTAMP_WITH_TIMEZONE,
        Types.OTHER,
        Types.OTHER,
        Types.ARRAY
      };
      for (int p = 0; p < nullTypes.length; p++) {
        statement.setNull(p + 2, nullTypes[p]);
      }
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }

    List<List<String>> expected = renderTypesTable(duckDb);
    List<List<String>> actual;
    try (Connection connection = connect()) {
      actual = renderTypesTable(connection);
    }
    assertThat(actual).hasSize(2);
    for (int row = 0; row < expected.size(); row++) {
      for (int column = 0; column < expected.get(row).size(); column++) {
        assertThat(actual.get(row).get(column))
            .as("row %d column %s", row + 1, column == 0 ? "id" : TYPED_COLUMNS[column - 1])
            .isEqualTo(expected.get(row).get(column));
      }
    }
  }

  /** Every column of types_rt as DuckDB renders it (TIMESTAMPTZ as epoch microseconds). */
  private static List<List<String>> renderTypesTable(Connection connection) throws SQLException {
    StringBuilder select = new StringBuilder("SELECT CAST(id AS VARCHAR)");
    for (String column : TYPED_COLUMNS) {
      String name = column.substring(0, column.indexOf(' '));
      String expression = name.equals("c_tstz") ? "epoch_us(" + name + ")" : name;
      select.append(", CAST(").append(expression).append(" AS VARCHAR)");
    }
    select.append(" FROM types_rt ORDER BY id");
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(select.toString())) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          row.add(result.getString(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  // ---- reuse, injection, metadata ----

  @Test
  void tenThousandLookupsOnOneHandleEachFindTheirRow() throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT id, name FROM people WHERE id = ?")) {
      for (int id = 0; id < 10_000; id++) {
        statement.setInt(1, id);
        try (ResultSet result = statement.executeQuery()) {
          assertThat(result.next()).isTrue();
          if (result.getInt(1) != id || !result.getString(2).equals("name-" + id)) {
            throw new AssertionError("id " + id + " returned " + result.getString(2));
          }
          assertThat(result.next()).isFalse();
        }
      }
    }
  }

  @Test
  void injectionStringsAreStoredAndMatchedLiterally() throws SQLException {
    String[] hostile = {
      "'; DROP TABLE texts; --",
      "Robert'); DROP TABLE people;--",
      "' OR '1'='1",
      "?",
      "$1",
      "\\'; SELECT 1; --",
      "\u0000nul"
    };
    try (Connection connection = connect()) {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO texts (id, s) VALUES (?, ?)")) {
        for (int i = 0; i < hostile.length; i++) {
          insert.setInt(1, 1000 + i);
          insert.setString(2, hostile[i]);
          insert.addBatch();
        }
        assertThat(insert.executeBatch()).hasSize(hostile.length);
      }
      try (PreparedStatement find =
          connection.prepareStatement("SELECT id FROM texts WHERE s = ? AND id >= 1000")) {
        for (int i = 0; i < hostile.length; i++) {
          find.setString(1, hostile[i]);
          try (ResultSet result = find.executeQuery()) {
            assertThat(result.next()).as(hostile[i]).isTrue();
            assertThat(result.getInt(1)).isEqualTo(1000 + i);
            assertThat(result.next()).isFalse();
          }
        }
        find.setString(1, "anything' OR '1'='1");
        try (ResultSet result = find.executeQuery()) {
          assertThat(result.next()).isFalse();
        }
      }
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT count(*) FROM people")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).isEqualTo(10_000);
      }
    }
  }

  @Test
  void metadataIsKnownBeforeExecution() throws SQLException {
    try (Connection connection = connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT id, name FROM people WHERE id = ? AND name <> ?");
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO texts (id, s) VALUES (?, ?)")) {
      ParameterMetaData parameters = query.getParameterMetaData();
      assertThat(parameters.getParameterCount()).isEqualTo(2);
      assertThat(parameters.getParameterType(1)).isEqualTo(Types.INTEGER);
      assertThat(parameters.getParameterType(2)).isEqualTo(Types.VARCHAR);
      assertThat(parameters.getParameterMode(1)).isEqualTo(ParameterMetaData.parameterModeIn);
      assertThatThrownBy(() -> parameters.getParameterType(3))
          .satisfies(e -> assertThat(sqlState(e)).isEqualTo("07009"));
      ResultSetMetaData columns = query.getMetaData();
      assertThat(columns.getColumnCount()).isEqualTo(2);
      assertThat(columns.getColumnLabel(1)).isEqualTo("id");
      assertThat(columns.getColumnType(2)).isEqualTo(Types.VARCHAR);
      assertThat(insert.getMetaData()).as("no result set for an INSERT").isNull();
      assertThat(insert.getParameterMetaData().getParameterCount()).isEqualTo(2);
    }
  }

  @Test
  void untypedParametersAreSentAsTheirValuesNaturalType() throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT ? AS a, ? AS b, ? AS c, ? AS d")) {
      assertThat(statement.getParameterMetaData().getParameterType(1)).isEqualTo(Types.OTHER);
      statement.setLong(1, 42L);
      statement.setString(2, "text");
      statement.setBigDecimal(3, new BigDecimal("12.345"));
      statement.setTimestamp(4, Timestamp.valueOf("2021-06-07 08:09:10.111213"));
      try (ResultSet result = statement.executeQuery()) {
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).isEqualTo(42L);
        assertThat(result.getString(2)).isEqualTo("text");
        assertThat(result.getBigDecimal(3)).isEqualByComparingTo("12.345");
        assertThat(result.getTimestamp(4))
            .isEqualTo(Timestamp.valueOf("2021-06-07 08:09:10.111213"));
      }
    }
  }

  // ---- parameters state ----

  @Test
  void unsetParametersFailWith07001AndClearParametersReallyClears() throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT name FROM people WHERE id = ? OR id = ?")) {
      statement.setInt(1, 1);
      assertThatThrownBy(statement::executeQuery)
          .satisfies(e -> assertThat(sqlState(e)).isEqualTo("07001"));
      statement.setInt(2, 2);
      assertThat(names(statement)).containsExactlyInAnyOrder("name-1", "name-2");
      statement.clearParameters();
      assertThatThrownBy(statement::executeQuery)
          .satisfies(e -> assertThat(sqlState(e)).isEqualTo("07001"));
      statement.setInt(1, 3);
      statement.setInt(2, 4);
      assertThat(names(statement)).containsExactlyInAnyOrder("name-3", "name-4");
    }
  }

  private static List<String> names(PreparedStatement statement) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        names.add(result.getString(1));
      }
    }
    return names;
  }

  @Test
  void wrongExecuteMethodFailsBeforeAnyRpc() throws SQLException {
    try (Connection connection = connect();
        PreparedStatement query = connection.prepareStatement("SELECT 1");
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO texts (id, s) VALUES (1, 'x')")) {
      assertThatThrownBy(query::executeUpdate)
          .satisfies(e -> assertThat(sqlState(e)).isEqualTo("07003"));
      assertThatThrownBy(insert::executeQuery)
          .satisfies(e -> assertThat(sqlState(e)).isEqualTo("07005"));
      assertThatThrownBy(() -> query.executeQuery("SELECT 2")).isInstanceOf(SQLException.class);
      assertThat(query.execute()).isTrue();
      assertThat(query.getResultSet().next()).isTrue();
    }
  }

  // ---- time precision ----

  @Test
  void microsecondTimestampsAreExact() throws SQLException {
    LocalDateTime micros = LocalDateTime.of(2020, 1, 1, 0, 0, 9, 123_456_000);
    try (Connection connection = connect()) {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO precise (id, ts) VALUES (?, ?)")) {
        insert.setInt(1, 1);
        insert.setTimestamp(2, Timestamp.valueOf(micros));
        assertThat(insert.executeUpdate()).isEqualTo(1);
      }
      try (PreparedStatement find =
          connection.prepareStatement("SELECT epoch_us(ts) FROM precise WHERE ts = ?")) {
        // the official driver sent milliseconds here and found nothing (ARROW-FACTS addendum B)
        find.setTimestamp(1, Timestamp.valueOf(micros));
        try (ResultSet result = find.executeQuery()) {
          assertThat(result.next()).isTrue();
          assertThat(result.getLong(1)).isEqualTo(1_577_836_809_123_456L);
          assertThat(result.next()).isFalse();
        }
      }
    }
  }

  /**
   * The driver sends nanoseconds in a TIMESTAMP_NS parameter (checked on the vector in
   * ParameterBindingsTest) and the fixture binds them exactly (DuckDB's own JDBC {@code setObject}
   * would truncate them to microseconds), so the stored value is DuckDB's for the same literal.
   */
  @Test
  void nanosecondTimestampsArriveExactly() throws SQLException {
    LocalDateTime nanos = LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_999);
    long expected;
    try (Statement oracle = duckDb.createStatement();
        ResultSet result =
            oracle.executeQuery("SELECT epoch_ns(TIMESTAMP_NS '1969-12-31 23:59:59.999999999')")) {
      assertThat(result.next()).isTrue();
      expected = result.getLong(1);
    }
    try (Connection connection = connect();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO precise (id, ns) VALUES (?, ?)");
        PreparedStatement read =
            connection.prepareStatement("SELECT epoch_ns(ns) FROM precise WHERE id = ?")) {
      insert.setInt(1, 2);
      insert.setObject(2, nanos);
      assertThat(insert.executeUpdate()).isEqualTo(1);
      read.setInt(1, 2);
      try (ResultSet result = read.executeQuery()) {
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).isEqualTo(expected);
      }
    }
  }

  @Test
  void calendarsChooseTheZoneOfZonelessValues() throws SQLException {
    Calendar tokyo = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
    Timestamp instant = Timestamp.from(java.time.Instant.parse("2024-05-06T07:08:09.123456Z"));
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT CAST(CAST(? AS TIMESTAMP) AS VARCHAR)")) {
      statement.setTimestamp(1, instant, tokyo);
      try (ResultSet result = statement.executeQuery()) {
        assertThat(result.next()).isTrue();
        assertThat(result.getString(1)).isEqualTo("2024-05-06 16:08:09.123456");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Kolkata", "America/St_Johns", "Europe/Berlin"})
  void wallClockValuesAreTheSameInEveryDefaultZone(String zone) throws SQLException {
    TimeZone original = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT CAST(CAST(? AS TIMESTAMP) AS VARCHAR), CAST(CAST(? AS DATE) AS VARCHAR),"
                    + " CAST(CAST(? AS TIME) AS VARCHAR), CAST(? AS VARCHAR)")) {
      statement.setTimestamp(1, Timestamp.valueOf("2021-03-14 12:30:00.123456"));
      statement.setDate(2, Date.valueOf("2021-03-14"));
      statement.setTime(3, java.sql.Time.valueOf("23:59:59"));
      statement.setObject(4, LocalDateTime.of(2021, 10, 31, 2, 30, 0, 1_000));
      try (ResultSet result = statement.executeQuery()) {
        assertThat(result.next()).isTrue();
        assertThat(result.getString(1)).isEqualTo("2021-03-14 12:30:00.123456");
        assertThat(result.getString(2)).isEqualTo("2021-03-14");
        assertThat(result.getString(3)).isEqualTo("23:59:59");
        assertThat(result.getString(4)).isEqualTo("2021-10-31 02:30:00.000001");
      }
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void preparingBadSqlFailsWithTheServersErrorAndLeaksNothing() throws SQLException {
    try (Connection connection = connect()) {
      assertThatThrownBy(() -> connection.prepareStatement("SELEKT 1"))
          .isInstanceOf(java.sql.SQLSyntaxErrorException.class);
      assertThatThrownBy(() -> connection.prepareStatement("SELECT * FROM no_such_table"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(sqlState(e)).isNotNull());
      try (PreparedStatement ok = connection.prepareStatement("SELECT 1")) {
        assertThat(ok.execute()).isTrue();
      }
    }
  }

  // ---- streams ----

  @Test
  void streamsAndReadersAreReadIntoTheirParameters() throws SQLException {
    byte[] bytes = {1, 2, 3, 4, 5};
    try (Connection connection = connect()) {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO texts (id, s, b) VALUES (?, ?, ?)")) {
        insert.setInt(1, 2001);
        insert.setCharacterStream(2, new StringReader("reader \u00e9"));
        insert.setBinaryStream(3, new ByteArrayInputStream(bytes));
        insert.addBatch();
        insert.setInt(1, 2002);
        insert.setCharacterStream(2, new StringReader("reader cut here"), 10);
        insert.setBinaryStream(3, new ByteArrayInputStream(bytes), 3);
        insert.addBatch();
        insert.setInt(1, 2003);
        insert.setAsciiStream(
            2, new ByteArrayInputStream("ascii".getBytes(StandardCharsets.US_ASCII)));
        insert.setBlob(3, new ByteArrayInputStream(bytes), 2L);
        insert.addBatch();
        insert.setInt(1, 2004);
        insert.setClob(2, new StringReader("clob"));
        insert.setBlob(3, new ByteArrayInputStream(bytes));
        insert.addBatch();
        assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO).hasSize(4);
        insert.setInt(1, 2005);
        assertThatThrownBy(() -> insert.setBinaryStream(3, new ByteArrayInputStream(bytes), 9))
            .satisfies(e -> assertThat(sqlState(e)).isEqualTo("22023"));
      }
      try (Statement statement = connection.createStatement();
          ResultSet result =
              statement.executeQuery(
                  "SELECT s, b FROM texts WHERE id BETWEEN 2001 AND 2004 ORDER BY id")) {
        String[] strings = {"reader \u00e9", "reader cut", "ascii", "clob"};
        int[] lengths = {5, 3, 2, 5};
        for (int i = 0; i < strings.length; i++) {
          assertThat(result.next()).isTrue();
          assertThat(result.getString(1)).isEqualTo(strings[i]);
          assertThat(result.getBytes(2)).isEqualTo(java.util.Arrays.copyOf(bytes, lengths[i]));
        }
      }
    }
  }

  // ---- batches ----

  @Test
  void hundredThousandRowBatchLandsCompletelyAndExactly() throws SQLException {
    int rows = 100_000;
    LocalDateTime base = LocalDateTime.of(2020, 1, 1, 0, 0);
    try (Connection connection = connect()) {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO bulk VALUES (?, ?, ?)")) {
        for (int i = 0; i < rows; i++) {
          insert.setLong(1, i);
          insert.setString(2, "row-" + i);
          insert.setObject(3, base.plusNanos(i * 7_000L));
          insert.addBatch();
        }
        long[] counts = insert.executeLargeBatch();
        assertThat(counts).hasSize(rows).containsOnly(Statement.SUCCESS_NO_INFO);
      }
      // the server's DuckDB generates the expected rows; every one must match exactly once
      String check =
          "SELECT count(*), count(DISTINCT b.id) FROM bulk b JOIN ("
              + " SELECT i AS id, 'row-' || i AS s,"
              + " TIMESTAMP '2020-01-01' + to_microseconds(i * 7) AS ts FROM range(100000) r(i)"
              + ") g ON b.id = g.id AND b.s = g.s AND b.ts = g.ts";
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery(check)) {
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).isEqualTo(rows);
        assertThat(result.getLong(2)).isEqualTo(rows);
      }
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT count(*) FROM bulk")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).isEqualTo(rows);
      }
    }
  }

  @Test
  void batchWithADuplicateKeyLandsNothingAndReportsTheServersState() throws SQLException {
    try (Connection connection = connect()) {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO keyed VALUES (?, ?)")) {
        for (int id = 1; id <= 10; id++) {
          insert.setInt(1, id);
          insert.setString(2, "batch");
          insert.addBatch();
        }
        assertThatThrownBy(insert::executeBatch)
            .isInstanceOfSatisfying(
                BatchUpdateException.class,
                e -> {
                  assertThat(e.getLargeUpdateCounts()).isEmpty();
                  assertThat(e.getSQLState()).isNotNull();
                  assertThat(e.getSQLState())
                      .isEqualTo(((SQLException) e.getCause()).getSQLState());
                });
        // the batch is empty afterwards, and the statement still works
        assertThat(insert.executeBatch()).isEmpty();
      }
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT count(*), min(note) FROM keyed")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).as("the fixture runs the batch in one transaction").isOne();
        assertThat(result.getString(2)).isEqualTo("already here");
      }
    }
  }

  @Test
  void oneRowBatchReportsTheRealCount() throws SQLException {
    try (Connection connection = connect();
        PreparedStatement update =
            connection.prepareStatement("UPDATE people SET name = name WHERE id < ?")) {
      update.setInt(1, 7);
      update.addBatch();
      assertThat(update.executeBatch()).containsExactly(7);
      update.setInt(1, 3);
      assertThat(update.executeUpdate()).isEqualTo(3);
    }
  }

  // ---- life cycle ----

  @Test
  void closingTheConnectionClosesItsPreparedStatements() throws SQLException {
    Connection connection = connect();
    PreparedStatement statement =
        connection.prepareStatement("SELECT name FROM people WHERE id = ?");
    statement.setInt(1, 1);
    ResultSet result = statement.executeQuery();
    assertThat(result.next()).isTrue();
    connection.close();
    assertThat(statement.isClosed()).isTrue();
    assertThat(result.isClosed()).isTrue();
    assertThatThrownBy(() -> statement.setInt(1, 2))
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo("HY010"));
  }

  @Test
  void reExecutionClosesThePreviousResult() throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT id FROM people WHERE id < ? ORDER BY id")) {
      statement.setInt(1, 5);
      ResultSet first = statement.executeQuery();
      statement.setInt(1, 2);
      ResultSet second = statement.executeQuery();
      assertThat(first.isClosed()).isTrue();
      assertThat(second.next()).isTrue();
      assertThat(second.getStatement()).isSameAs(statement);
    }
  }
}
