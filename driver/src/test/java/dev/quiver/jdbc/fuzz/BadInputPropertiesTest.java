package dev.quiver.jdbc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServer;
import dev.quiver.jdbc.QuiverDriver;
import dev.quiver.jdbc.internal.client.DriverAllocator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated bad (and good) input: URLs, property sets, SQL text and parameter values. Whatever the
 * input, the driver answers with a result or a {@link SQLException}; never another exception type
 * (NullPointerException, IllegalArgumentException, IndexOutOfBoundsException, ...), and the
 * connection keeps working. 4,000 URLs + 3,000 property sets + 1,500 SQL strings + 1,500 parameter
 * values = 10,000 generated cases.
 */
class BadInputPropertiesTest {

  private static final QuiverDriver DRIVER = new QuiverDriver();
  private static FixtureServer server;
  private static Connection connection;

  @BeforeContainer
  static void start() throws SQLException {
    server = FixtureServer.builder().build().start();
    server.executeAdmin(
        "CREATE TABLE fuzz AS SELECT i AS id, 'n' || i AS name FROM range(10) t(i)");
    connection = DriverManager.getConnection(server.jdbcUrl());
  }

  @AfterContainer
  static void stop() throws SQLException {
    try {
      connection.close();
      assertThat(DriverAllocator.allocatedMemory()).isZero();
    } finally {
      server.close();
    }
  }

  // ---- URLs ----

  @Property(tries = 4000)
  void anyUrlIsParsedOrRefusedWithSqlException(@ForAll("urls") String url) {
    onlySqlExceptions(
        () -> {
          DRIVER.acceptsURL(url);
          DRIVER.getPropertyInfo(url, new Properties());
          if (DRIVER.acceptsURL(url) && !mightConnect(url)) {
            try (Connection c = DRIVER.connect(url, new Properties())) {
              // a URL that parses and reaches nothing fails to connect (08001)
            }
          }
        });
  }

  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> scheme =
        Arbitraries.of(
            "jdbc:flightsql://",
            "jdbc:arrow-flight-sql://",
            "jdbc:arrow-flight://",
            "jdbc:FLIGHTSQL://",
            "jdbc:flightsql:",
            "jdbc:postgresql://",
            "",
            "flightsql://");
    Arbitrary<String> host =
        Arbitraries.oneOf(
            Arbitraries.of(
                "localhost", "127.0.0.1", "[::1]", "[::1", "::1", "", "h@st", "a b", "[zz]", "%"),
            Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> port =
        Arbitraries.oneOf(
            Arbitraries.of(":1", ":65535", ":0", ":65536", ":-1", ":", "", ":99999999999", ":1x"),
            Arbitraries.integers().between(-5, 70_000).map(p -> ":" + p));
    Arbitrary<String> path = Arbitraries.of("", "/", "/db", "//", "/?");
    Arbitrary<String> query =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            queryPart().list().ofMaxSize(4).map(parts -> "?" + String.join("&", parts)),
            Arbitraries.strings().ofMaxLength(20).map(s -> "?" + s));
    return Combinators.combine(scheme, host, port, path, query)
        .as((a, b, c, d, e) -> a + b + c + d + e);
  }

  private static Arbitrary<String> queryPart() {
    Arbitrary<String> key =
        Arbitraries.oneOf(
            Arbitraries.of(
                "useEncryption",
                "threadPoolSize",
                "user",
                "password",
                "token",
                "header.x-a",
                "header.",
                "header.grpc-x",
                "header.A_B",
                "UseEncryption",
                "%zz",
                "",
                "unknownKey"),
            Arbitraries.strings().ofMaxLength(8));
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.of("true", "false", "maybe", "", "0", "-1", "4", "2147483648", "%", "%2"),
            Arbitraries.strings().ofMaxLength(8));
    return Combinators.combine(key, value, Arbitraries.of("=", "", "=="))
        .as((k, v, eq) -> k + eq + v);
  }

  // ---- property sets ----

  @Property(tries = 3000)
  void anyPropertySetIsAcceptedOrRefusedWithSqlException(
      @ForAll("propertySets") Map<String, String> values, @ForAll("schemes") String scheme) {
    Properties properties = new Properties();
    properties.putAll(values);
    String url = scheme + "127.0.0.1:1";
    onlySqlExceptions(
        () -> {
          DRIVER.getPropertyInfo(url, properties);
          try (Connection c = DRIVER.connect(url, properties)) {
            // port 1: nothing listens, so a valid set still ends in 08001
          }
        });
  }

  @Provide
  Arbitrary<String> schemes() {
    return Arbitraries.of("jdbc:flightsql://", "jdbc:arrow-flight-sql://", "jdbc:arrow-flight://");
  }

  @Provide
  Arbitrary<Map<String, String>> propertySets() {
    Arbitrary<String> keys =
        Arbitraries.oneOf(
            Arbitraries.of(
                "useEncryption",
                "threadPoolSize",
                "catalog",
                "retainCookies",
                "header.x-tenant",
                "header.Bad Name",
                "header.x-bin",
                "useencryption",
                "connectTimeoutMs"),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(10));
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.of("true", "false", "TRUE", "", "1", "0", "-7", "65536", " 3 ", "x"),
            Arbitraries.strings().ofMaxLength(10));
    return Arbitraries.maps(keys, values).ofMaxSize(5);
  }

  // ---- SQL text ----

  @Property(tries = 1500)
  void anySqlTextGivesAResultOrSqlExceptionAndTheConnectionLivesOn(@ForAll("sql") String sql) {
    onlySqlExceptions(
        () -> {
          try (Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
              try (ResultSet result = statement.getResultSet()) {
                while (result.next()) {
                  for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    result.getObject(i);
                    result.getString(i);
                  }
                }
              }
            }
          }
        });
    onlySqlExceptions(
        () -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.getParameterMetaData().getParameterCount();
          }
        });
    onlySqlExceptions(() -> connection.nativeSQL(sql));
    assertConnectionWorks();
  }

  @Provide
  Arbitrary<String> sql() {
    Arbitrary<String> fragment =
        Arbitraries.of(
            "SELECT",
            " * ",
            "FROM fuzz",
            " WHERE id = ",
            "?",
            "'",
            "''",
            "\"",
            ";",
            "--",
            "/*",
            "*/",
            "1",
            "NULL",
            "(",
            ")",
            ",",
            "CAST(",
            " AS INTEGER",
            "x'00'",
            "\u0000",
            "\uD83D\uDE00",
            "1e999",
            "9223372036854775808",
            "range(3)",
            "DROP TABLE nothing_here",
            "UPDATE fuzz SET name = name",
            "VALUES (1, 'a')",
            "SELECT 1; SELECT 2");
    return Arbitraries.oneOf(
        fragment.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts)),
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.of("", " ", "\n"));
  }

  // ---- parameter values ----

  @Property(tries = 1500)
  void anyParameterValueIsBoundOrRefusedWithSqlException(
      @ForAll("parameters") Object value,
      @ForAll("targetTypes") int targetType,
      @ForAll("parameterQueries") String sql) {
    onlySqlExceptions(
        () -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (targetType == Integer.MIN_VALUE) {
              statement.setObject(1, value);
            } else {
              statement.setObject(1, value, targetType);
            }
            if (statement.execute()) {
              try (ResultSet result = statement.getResultSet()) {
                while (result.next()) {
                  result.getObject(1);
                }
              }
            }
          }
        });
    assertConnectionWorks();
  }

  @Provide
  Arbitrary<Object> parameters() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(Object.class::cast),
        Arbitraries.longs().map(Object.class::cast),
        Arbitraries.doubles().map(Object.class::cast),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0d, Float.MIN_VALUE)
            .map(Object.class::cast),
        Arbitraries.strings().ofMaxLength(20).map(Object.class::cast),
        Arbitraries.bigDecimals().map(Object.class::cast),
        Arbitraries.of(
            (Object) new BigDecimal("1e400"),
            new byte[] {0, 1, 2},
            new byte[0],
            Boolean.TRUE,
            'c',
            UUID.randomUUID(),
            LocalDate.MIN,
            LocalDate.of(2024, 2, 29),
            LocalTime.MAX,
            LocalDateTime.of(1, 1, 1, 0, 0),
            OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(14)),
            Instant.EPOCH,
            new java.sql.Date(0),
            new java.sql.Timestamp(-1),
            new Object(),
            List.of(1, 2),
            new int[] {1},
            Map.of("k", "v"),
            ""),
        Arbitraries.just(null));
  }

  @Provide
  Arbitrary<Integer> targetTypes() {
    return Arbitraries.of(
        Integer.MIN_VALUE, // setObject without a type
        Types.INTEGER,
        Types.BIGINT,
        Types.SMALLINT,
        Types.TINYINT,
        Types.VARCHAR,
        Types.DECIMAL,
        Types.DOUBLE,
        Types.REAL,
        Types.BOOLEAN,
        Types.DATE,
        Types.TIME,
        Types.TIMESTAMP,
        Types.TIMESTAMP_WITH_TIMEZONE,
        Types.VARBINARY,
        Types.ARRAY,
        Types.STRUCT,
        Types.OTHER,
        Types.NULL,
        12345,
        -1);
  }

  @Provide
  Arbitrary<String> parameterQueries() {
    return Arbitraries.of(
        "SELECT ?",
        "SELECT ? AS x",
        "SELECT * FROM fuzz WHERE id = ?",
        "SELECT * FROM fuzz WHERE name = ?",
        "SELECT CAST(? AS DATE)",
        "SELECT ? + 1",
        "UPDATE fuzz SET name = name WHERE id = ?");
  }

  // ---- helpers ----

  private interface SqlAction {
    void run() throws SQLException;
  }

  /**
   * Runs {@code action}; a SQLException (any SQLState) is fine, anything else fails the property.
   */
  private static void onlySqlExceptions(SqlAction action) {
    try {
      action.run();
    } catch (SQLException expected) {
      assertThat(expected.getMessage()).as("message of %s", expected).isNotNull();
    }
  }

  private static void assertConnectionWorks() {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT count(*) FROM fuzz")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getLong(1)).isEqualTo(10);
    } catch (SQLException e) {
      throw new AssertionError("the connection stopped working", e);
    }
  }

  /** Only port 1 may be connected to: the generator must not reach real services. */
  private static boolean mightConnect(String url) {
    return !url.matches(
        "(?i)^jdbc:(flightsql|arrow-flight-sql|arrow-flight)://(127\\.0\\.0\\.1|localhost|\\[::1\\]):1(/?)(\\?.*)?$");
  }
}
