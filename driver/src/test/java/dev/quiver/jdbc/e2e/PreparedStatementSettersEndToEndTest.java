package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each setter, through the fixture, gives the value DuckDB in-process computes from the equivalent
 * SQL literal: {@code template} is run by Quiver with {@code ?} and by DuckDB with the literal in
 * its place.
 */
class PreparedStatementSettersEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private static Connection duckDb;

  @BeforeAll
  static void openDuckDb() throws SQLException {
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void closeDuckDb() throws SQLException {
    duckDb.close();
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  @FunctionalInterface
  interface Setter {
    void set(PreparedStatement statement) throws Exception;
  }

  private static Arguments setter(String name, String template, String literal, Setter setter) {
    return Arguments.of(name, template, literal, setter);
  }

  private static final String AS_VARCHAR = "SELECT CAST(CAST(%s AS %s) AS VARCHAR)";

  private static String cast(String type) {
    return String.format(AS_VARCHAR, "%s", type);
  }

  private static final String EPOCH_US =
      "SELECT CAST(epoch_us(CAST(%s AS TIMESTAMPTZ)) AS VARCHAR)";

  static Stream<Arguments> setters() throws SQLException {
    byte[] bytes = {1, 2, (byte) 0xfe};
    Calendar tokyo = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
    Calendar auckland = Calendar.getInstance(TimeZone.getTimeZone("Pacific/Auckland"));
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    Instant instant = Instant.parse("2024-01-02T03:04:05.678901Z");
    return Stream.of(
        setter(
            "setObject String as INTEGER",
            cast("INTEGER"),
            "42",
            s -> s.setObject(1, "42", Types.INTEGER)),
        setter(
            "setObject Boolean as INTEGER",
            cast("INTEGER"),
            "1",
            s -> s.setObject(1, true, Types.INTEGER)),
        setter(
            "setObject Double as DECIMAL scale 3",
            cast("DECIMAL(10,3)"),
            "1.250",
            s -> s.setObject(1, 1.25, Types.DECIMAL, 3)),
        setter(
            "setObject SQLType DECIMAL scale 2",
            cast("DECIMAL(10,2)"),
            "7.50",
            s -> s.setObject(1, new BigDecimal("7.5"), JDBCType.DECIMAL, 2)),
        setter(
            "setObject String as DATE",
            cast("DATE"),
            "DATE '2024-02-29'",
            s -> s.setObject(1, "2024-02-29", Types.DATE)),
        setter(
            "setObject LocalDate",
            cast("DATE"),
            "DATE '1900-01-01'",
            s -> s.setObject(1, LocalDate.of(1900, 1, 1))),
        setter(
            "setDate with Calendar",
            cast("DATE"),
            "DATE '2024-07-01'",
            s ->
                s.setDate(
                    1, new Date(Instant.parse("2024-06-30T20:00:00Z").toEpochMilli()), auckland)),
        setter(
            "setTime with Calendar",
            cast("TIME"),
            "TIME '10:11:12.345'",
            s ->
                s.setTime(
                    1, new Time(Instant.parse("1970-01-01T10:11:12.345Z").toEpochMilli()), utc)),
        setter(
            "setTimestamp with Calendar into TIMESTAMPTZ",
            EPOCH_US,
            "TIMESTAMPTZ '2024-01-02 03:04:05.678901+00'",
            s -> s.setTimestamp(1, Timestamp.from(instant), tokyo)),
        setter(
            "setTimestamp with Calendar into TIMESTAMP",
            cast("TIMESTAMP"),
            "TIMESTAMP '2024-01-02 12:04:05.678901'",
            s -> s.setTimestamp(1, Timestamp.from(instant), tokyo)),
        setter(
            "setObject Instant",
            EPOCH_US,
            "TIMESTAMPTZ '2024-01-02 03:04:05.678901+00'",
            s -> s.setObject(1, instant)),
        setter(
            "setObject ZonedDateTime",
            EPOCH_US,
            "TIMESTAMPTZ '2024-01-02 03:04:05.678901+00'",
            s ->
                s.setObject(
                    1, ZonedDateTime.parse("2024-01-02T08:34:05.678901+05:30[Asia/Kolkata]"))),
        setter(
            "setObject Duration",
            cast("INTERVAL"),
            "INTERVAL '1.5 seconds'",
            s -> s.setObject(1, Duration.ofMillis(1500))),
        setter(
            "setObject UUID",
            cast("UUID"),
            "UUID '123e4567-e89b-12d3-a456-426614174000'",
            s -> s.setObject(1, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))),
        setter("setObject Character", cast("VARCHAR"), "'x'", s -> s.setObject(1, 'x')),
        setter(
            "setArray",
            cast("INTEGER[]"),
            "[4, 5, NULL]",
            s -> s.setArray(1, new IntegerArray(new Integer[] {4, 5, null}))),
        setter(
            "setObject int[]", cast("BIGINT[]"), "[7, 8]", s -> s.setObject(1, new long[] {7, 8})),
        setter(
            "setNull with type name",
            cast("VARCHAR"),
            "NULL",
            s -> s.setNull(1, Types.VARCHAR, "VARCHAR")),
        setter("setObject null", cast("INTEGER"), "NULL", s -> s.setObject(1, null)),
        setter(
            "setNString",
            cast("VARCHAR"),
            "'\u00f1and\u00fa'",
            s -> s.setNString(1, "\u00f1and\u00fa")),
        setter(
            "setUnicodeStream",
            cast("VARCHAR"),
            "'uni \u2713'",
            s -> {
              byte[] utf8 = "uni \u2713".getBytes(StandardCharsets.UTF_8);
              setUnicode(s, utf8);
            }),
        setter(
            "setNCharacterStream with length",
            cast("VARCHAR"),
            "'abc'",
            s -> s.setNCharacterStream(1, new StringReader("abcdef"), 3)),
        setter(
            "setNClob reader",
            cast("VARCHAR"),
            "'nclob'",
            s -> s.setNClob(1, new StringReader("nclob"))),
        setter(
            "setClob Clob",
            cast("VARCHAR"),
            "'clob value'",
            s -> s.setClob(1, new SerialClob("clob value".toCharArray()))),
        setter(
            "setBlob Blob",
            cast("BLOB"),
            "'\\x01\\x02\\xFE'::BLOB",
            s -> s.setBlob(1, new SerialBlob(bytes))),
        setter(
            "setAsciiStream with length",
            cast("VARCHAR"),
            "'asc'",
            s ->
                s.setAsciiStream(
                    1, new ByteArrayInputStream("ascii".getBytes(StandardCharsets.US_ASCII)), 3)),
        setter(
            "setBinaryStream int length",
            cast("BLOB"),
            "'\\x01\\x02'::BLOB",
            s -> s.setBinaryStream(1, new ByteArrayInputStream(bytes), 2)),
        setter("setFloat into DOUBLE", cast("DOUBLE"), "0.5::DOUBLE", s -> s.setFloat(1, 0.5f)),
        setter("setString into INTEGER column", cast("INTEGER"), "-17", s -> s.setString(1, "-17")),
        setter("setLong into DECIMAL", cast("DECIMAL(20,2)"), "123.00", s -> s.setLong(1, 123L)));
  }

  @SuppressWarnings("deprecation")
  private static void setUnicode(PreparedStatement statement, byte[] utf8) throws SQLException {
    statement.setUnicodeStream(1, new ByteArrayInputStream(utf8), utf8.length);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setters")
  void setterGivesWhatDuckDbGivesForTheLiteral(
      String name, String template, String literal, Setter setter) throws Exception {
    String expected;
    try (Statement oracle = duckDb.createStatement();
        ResultSet result = oracle.executeQuery(String.format(template, literal))) {
      assertThat(result.next()).isTrue();
      expected = result.getString(1);
    }
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        PreparedStatement statement = connection.prepareStatement(String.format(template, "?"))) {
      setter.set(statement);
      try (ResultSet result = statement.executeQuery()) {
        assertThat(result.next()).isTrue();
        assertThat(result.getString(1)).isEqualTo(expected);
      }
    }
  }

  @Test
  void narrowingAndBadStringsFailAtTheSetterWithTheirSqlStates() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT CAST(? AS TINYINT), CAST(? AS DECIMAL(5,2)), CAST(? AS DATE)")) {
      assertThatThrownBy(() -> statement.setInt(1, 200))
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22003"));
      assertThatThrownBy(() -> statement.setObject(1, 200, Types.TINYINT))
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22003"));
      assertThatThrownBy(() -> statement.setBigDecimal(2, new BigDecimal("1.005")))
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22003"));
      assertThatThrownBy(() -> statement.setBigDecimal(2, new BigDecimal("1000.5")))
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22003"));
      assertThatThrownBy(() -> statement.setString(1, "seven"))
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22018"));
      assertThatThrownBy(() -> statement.setString(3, "not a date"))
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22007"));
      assertThatThrownBy(() -> statement.setBytes(1, new byte[] {1}))
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07006"));
      assertThatThrownBy(() -> statement.setURL(1, null))
          .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class);
      assertThatThrownBy(() -> statement.setInt(4, 1))
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07009"));
    }
  }

  /** A minimal {@link Array} over Java values, as an application or pool might pass. */
  private static final class IntegerArray implements Array {
    private final Integer[] values;

    IntegerArray(Integer[] values) {
      this.values = values;
    }

    @Override
    public String getBaseTypeName() {
      return "INTEGER";
    }

    @Override
    public int getBaseType() {
      return Types.INTEGER;
    }

    @Override
    public Object getArray() {
      return values.clone();
    }

    @Override
    public Object getArray(Map<String, Class<?>> map) {
      return getArray();
    }

    @Override
    public Object getArray(long index, int count) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ResultSet getResultSet() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ResultSet getResultSet(long index, int count) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void free() {}
  }
}
