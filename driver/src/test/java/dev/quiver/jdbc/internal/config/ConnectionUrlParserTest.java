package dev.quiver.jdbc.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConnectionUrlParserTest {

  /** Bad URLs, the SQLState each must raise, and a fragment of the message that explains why. */
  static Stream<Arguments> badUrls() {
    return Stream.of(
        Arguments.of("jdbc:postgresql://localhost:5432", "HY024", "must start with"),
        Arguments.of("jdbc:flightsql://", "HY024", "must give a port"),
        Arguments.of("jdbc:flightsql://localhost", "HY024", "must give a port"),
        Arguments.of("jdbc:flightsql://localhost:", "HY024", "Invalid port ''"),
        Arguments.of("jdbc:flightsql://:31337", "HY024", "must give a host"),
        Arguments.of("jdbc:flightsql://localhost:0", "HY024", "out of range"),
        Arguments.of("jdbc:flightsql://localhost:65536", "HY024", "out of range"),
        Arguments.of("jdbc:flightsql://localhost:123456", "HY024", "Invalid port"),
        Arguments.of("jdbc:flightsql://localhost:-1", "HY024", "Invalid port"),
        Arguments.of("jdbc:flightsql://localhost:abc", "HY024", "Invalid port"),
        Arguments.of("jdbc:flightsql://::1:31337", "HY024", "brackets"),
        Arguments.of("jdbc:flightsql://[::1:31337", "HY024", "closing ']'"),
        Arguments.of("jdbc:flightsql://[::1]", "HY024", "must give a port"),
        Arguments.of("jdbc:flightsql://[zz]:31337", "HY024", "Invalid IPv6"),
        Arguments.of("jdbc:flightsql://bad host:31337", "HY024", "Invalid host"),
        Arguments.of("jdbc:flightsql://user:pw@localhost:31337", "HY024", "user information"),
        Arguments.of("jdbc:flightsql://localhost:31337/db", "HY024", "must not have a path"),
        Arguments.of("jdbc:flightsql://localhost:31337?useEncryption", "HY024", "key=value"),
        Arguments.of("jdbc:flightsql://localhost:31337?=false", "HY024", "key=value"),
        Arguments.of(
            "jdbc:flightsql://localhost:31337?useEncryption=false&", "HY024", "empty parameter"),
        Arguments.of(
            "jdbc:flightsql://localhost:31337?useEncryption=false&&x=1",
            "HY024",
            "empty parameter"),
        Arguments.of("jdbc:flightsql://localhost:31337?a=%zz", "HY024", "URL-encoded"),
        Arguments.of(
            "jdbc:flightsql://localhost:31337?useEncryption=false&useEncryption=true",
            "HY024",
            "more than once"),
        Arguments.of(
            "jdbc:flightsql://localhost:31337?nosuchkey=1", "HY024", "valid properties are:"),
        Arguments.of("jdbc:flightsql://localhost:31337?useencryption=false", "HY024", "Unknown"),
        Arguments.of("jdbc:flightsql://localhost:31337?useEncryption=maybe", "22023", "maybe"),
        Arguments.of("jdbc:flightsql://localhost:31337?useEncryption=", "22023", "true, false"),
        Arguments.of("jdbc:flightsql://localhost:31337?header.=x", "HY024", "valid header"),
        Arguments.of("jdbc:flightsql://localhost:31337?header.a%20b=x", "HY024", "valid header"),
        Arguments.of("jdbc:flightsql://localhost:31337?header.grpc-timeout=1", "HY024", "grpc-"),
        Arguments.of("jdbc:flightsql://localhost:31337?header.x-bin=1", "HY024", "-bin"),
        Arguments.of(
            "jdbc:flightsql://localhost:31337?header.X-A=1&header.x-a=2",
            "HY024",
            "more than once"),
        Arguments.of("jdbc:flightsql://localhost:31337?threadPoolSize=0", "22023", "threadPool"),
        Arguments.of("jdbc:flightsql://localhost:31337?password=secret", "HY024", "without 'user'"),
        Arguments.of("jdbc:flightsql://h:1?user=a", "HY024", "without 'password'"),
        Arguments.of("jdbc:flightsql://h:1?user=a&password=b&token=t", "HY024", "token"),
        Arguments.of(
            "jdbc:flightsql://h:1?token=t&header.authorization=x", "HY024", "authorization"),
        Arguments.of(
            "jdbc:flightsql://h:1?useEncryption=false&disableCertificateVerification=true",
            "HY024",
            "useEncryption=false"),
        Arguments.of("jdbc:flightsql://h:1?trustStorePassword=x", "HY024", "without 'trustStore'"),
        Arguments.of("jdbc:flightsql://h:1?useSystemTrustStore=false", "HY024", "tlsRootCerts"),
        Arguments.of(
            "jdbc:flightsql://h:1?tlsRootCerts=/no/such/file.pem", "HY024", "cannot be read"),
        Arguments.of("jdbc:flightsql://h:1?connectTimeoutMs=0", "22023", "positive"),
        Arguments.of("jdbc:flightsql://h:1?connectTimeoutMs=soon", "22023", "positive"),
        Arguments.of("jdbc:flightsql://h:1?retainCookies=yes", "22023", "true, false"),
        Arguments.of(
            "jdbc:arrow-flight-sql://localhost:31337?useEncryption=false&USEENCRYPTION=true",
            "HY024",
            "more than once"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badUrls")
  void badUrlIsRefusedWithSqlState(String url, String sqlState, String messageFragment) {
    assertThatThrownBy(() -> ConnectionUrlParser.parse(url, new Properties()))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(messageFragment)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo(sqlState);
  }

  @Test
  void threadPoolSizeIsParsedAndDefaultsToFour() throws SQLException {
    assertThat(
            ConnectionUrlParser.parse("jdbc:flightsql://h:1?threadPoolSize=2", new Properties())
                .threadPoolSize())
        .isEqualTo(2);
    assertThat(ConnectionUrlParser.parse("jdbc:flightsql://h:1", new Properties()).threadPoolSize())
        .isEqualTo(4);
  }

  @Test
  void errorMessagesDoNotShowTheQueryString() {
    assertThatThrownBy(
            () ->
                ConnectionUrlParser.parse(
                    "jdbc:flightsql://h:99999?header.authorization=secret", new Properties()))
        .hasMessageNotContaining("secret");
  }

  @Test
  void minimalUrlUsesDefaults() throws SQLException {
    ConnectionConfig config = ConnectionUrlParser.parse("jdbc:flightsql://db.example:31337", null);
    assertThat(config.scheme()).isEqualTo(UrlScheme.FLIGHTSQL);
    assertThat(config.host()).isEqualTo("db.example");
    assertThat(config.port()).isEqualTo(31337);
    assertThat(config.useEncryption()).isTrue(); // like the official driver
    assertThat(config.headers()).isEmpty();
  }

  @Test
  void trailingSlashAndEmptyQueryAreAccepted() throws SQLException {
    assertThat(ConnectionUrlParser.parse("jdbc:flightsql://h:1/", null).port()).isEqualTo(1);
    assertThat(ConnectionUrlParser.parse("jdbc:flightsql://h:65535/?", null).port())
        .isEqualTo(65535);
  }

  @Test
  void schemeIsCaseInsensitive() throws SQLException {
    assertThat(ConnectionUrlParser.parse("JDBC:FlightSQL://h:1", null).host()).isEqualTo("h");
  }

  @Test
  void ipv6HostInBrackets() throws SQLException {
    ConnectionConfig config =
        ConnectionUrlParser.parse("jdbc:flightsql://[::1]:31337?useEncryption=false", null);
    assertThat(config.host()).isEqualTo("::1");
    assertThat(config.port()).isEqualTo(31337);
    assertThat(config.useEncryption()).isFalse();
  }

  @Test
  void booleanValuesIgnoreCase() throws SQLException {
    assertThat(
            ConnectionUrlParser.parse("jdbc:flightsql://h:1?useEncryption=FALSE", null)
                .useEncryption())
        .isFalse();
  }

  @Test
  void queryIsUrlDecoded() throws SQLException {
    ConnectionConfig config =
        ConnectionUrlParser.parse("jdbc:flightsql://h:1?header.x-tenant=a%26b%3Dc%20d", null);
    assertThat(config.headers()).containsExactly(Map.entry("x-tenant", "a&b=c d"));
  }

  @Test
  void valuesComeFromProperties() throws SQLException {
    Properties info = new Properties();
    info.setProperty("useEncryption", "false");
    info.setProperty("header.X-Trace", "on");
    ConnectionConfig config = ConnectionUrlParser.parse("jdbc:flightsql://h:1", info);
    assertThat(config.useEncryption()).isFalse();
    assertThat(config.headers()).containsExactly(Map.entry("x-trace", "on"));
  }

  @Test
  void sameValueInUrlAndPropertiesIsAccepted() throws SQLException {
    Properties info = new Properties();
    info.setProperty("useEncryption", "false");
    assertThat(
            ConnectionUrlParser.parse("jdbc:flightsql://h:1?useEncryption=false", info)
                .useEncryption())
        .isFalse();
  }

  @Test
  void conflictingValuesInUrlAndPropertiesAreAnError() {
    Properties info = new Properties();
    info.setProperty("useEncryption", "true");
    assertThatThrownBy(
            () -> ConnectionUrlParser.parse("jdbc:flightsql://h:1?useEncryption=false", info))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("both the URL and the properties");
  }

  @Test
  void nonStringPropertyIsAnError() {
    Properties info = new Properties();
    info.put("useEncryption", Boolean.FALSE);
    assertThatThrownBy(() -> ConnectionUrlParser.parse("jdbc:flightsql://h:1", info))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY024");
  }

  @Test
  void emptyNotYetSupportedValueIsIgnoredBecauseToolsSendIt() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "");
    info.setProperty("password", "");
    ConnectionConfig config = ConnectionUrlParser.parse("jdbc:flightsql://h:1", info);
    assertThat(config.headers()).isEmpty();
    assertThat(config.user()).isEmpty();
    assertThat(config.password()).isEmpty();
  }

  @Test
  void authAndSessionPropertiesAreParsed() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "alice");
    info.setProperty("password", "p@ss&word=1");
    ConnectionConfig config =
        ConnectionUrlParser.parse(
            "jdbc:flightsql://h:1?retainCookies=false&retainAuth=FALSE&catalog=memory&schema=s1"
                + "&connectTimeoutMs=2500",
            info);
    assertThat(config.user()).contains("alice");
    assertThat(config.password()).contains("p@ss&word=1");
    assertThat(config.retainCookies()).isFalse();
    assertThat(config.retainAuth()).isFalse();
    assertThat(config.catalog()).contains("memory");
    assertThat(config.schema()).contains("s1");
    assertThat(config.connectTimeoutMillis()).isEqualTo(2500);
    assertThat(config.useSystemTrustStore()).isTrue();
    assertThat(config.disableCertificateVerification()).isFalse();
  }

  @Test
  void toStringAndErrorsNeverShowSecrets() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "alice");
    info.setProperty("password", "hunter2-secret");
    ConnectionConfig config = ConnectionUrlParser.parse("jdbc:flightsql://h:1", info);
    assertThat(config.toString()).contains("alice").contains("***").doesNotContain("hunter2");
    ConnectionConfig withToken =
        ConnectionUrlParser.parse("jdbc:flightsql://h:1?token=tok-secret-1", null);
    assertThat(withToken.toString()).doesNotContain("tok-secret-1");
    assertThatThrownBy(
            () ->
                ConnectionUrlParser.parse(
                    "jdbc:flightsql://h:1?token=tok-secret-1&user=u&password=hunter2-secret", null))
        .hasMessageNotContaining("tok-secret-1")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void officialSchemesSendUnknownKeysAsHeadersAndMatchKeysIgnoringCase() throws SQLException {
    ConnectionConfig config =
        ConnectionUrlParser.parse(
            "jdbc:arrow-flight-sql://h:1?UseEncryption=false&routing_tag=blue", null);
    assertThat(config.scheme()).isEqualTo(UrlScheme.ARROW_FLIGHT_SQL);
    assertThat(config.useEncryption()).isFalse();
    assertThat(config.headers()).containsExactly(Map.entry("routing_tag", "blue"));

    ConnectionConfig older =
        ConnectionUrlParser.parse("jdbc:arrow-flight://h:1?useEncryption=false", null);
    assertThat(older.scheme()).isEqualTo(UrlScheme.ARROW_FLIGHT);
  }

  @Test
  void toStringHidesHeaderValues() throws SQLException {
    ConnectionConfig config =
        ConnectionUrlParser.parse("jdbc:flightsql://h:1?header.authorization=Bearer%20xyz", null);
    assertThat(config.toString()).contains("authorization").doesNotContain("xyz");
  }

  @Test
  void acceptsOnlyTheDriversSchemes() {
    assertThat(ConnectionUrlParser.accepts("jdbc:flightsql://h:1")).isTrue();
    assertThat(ConnectionUrlParser.accepts("jdbc:arrow-flight-sql://h:1")).isTrue();
    assertThat(ConnectionUrlParser.accepts("jdbc:arrow-flight://h:1")).isTrue();
    assertThat(ConnectionUrlParser.accepts("jdbc:duckdb:")).isFalse();
    assertThat(ConnectionUrlParser.accepts("jdbc:flightsql:h:1")).isFalse();
    assertThat(ConnectionUrlParser.accepts(null)).isFalse();
  }

  @Test
  void suppliedValuesAreBestEffort() {
    Properties info = new Properties();
    assertThat(
            ConnectionUrlParser.suppliedValues("jdbc:flightsql://h?useEncryption=false&%zz", info))
        .containsEntry(dev.quiver.jdbc.ConnectionProperty.USE_ENCRYPTION, "false");
    assertThat(ConnectionUrlParser.suppliedValues("jdbc:other://h", info)).isEmpty();
  }
}
