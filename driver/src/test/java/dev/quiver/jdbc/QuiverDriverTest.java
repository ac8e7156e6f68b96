package dev.quiver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.jdbc.internal.client.DriverAllocator;
import java.net.ServerSocket;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class QuiverDriverTest {

  private final QuiverDriver driver = new QuiverDriver();

  @Test
  void registeredWithDriverManagerAndServiceLoader() throws SQLException {
    assertThat(DriverManager.getDriver("jdbc:flightsql://localhost:1"))
        .isInstanceOf(QuiverDriver.class);
    assertThat(
            StreamSupport.stream(ServiceLoader.load(Driver.class).spliterator(), false)
                .anyMatch(QuiverDriver.class::isInstance))
        .isTrue();
  }

  @Test
  void acceptsItsOwnAndTheOfficialSchemes() {
    assertThat(driver.acceptsURL("jdbc:flightsql://h:1")).isTrue();
    assertThat(driver.acceptsURL("jdbc:arrow-flight-sql://h:1")).isTrue();
    assertThat(driver.acceptsURL("jdbc:arrow-flight://h:1")).isTrue();
    assertThat(driver.acceptsURL("jdbc:postgresql://h:1/db")).isFalse();
    assertThat(driver.acceptsURL(null)).isFalse();
  }

  @Test
  void connectReturnsNullForForeignUrls() throws SQLException {
    // java.sql.Driver.connect: null when the driver is the wrong kind for the URL.
    assertThat(driver.connect("jdbc:duckdb:", new Properties())).isNull();
  }

  @Test
  void badUrlFailsInConnect() {
    assertThatThrownBy(() -> driver.connect("jdbc:flightsql://h:1?bogus=1", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("useEncryption");
  }

  @Test
  void unreachableServerFailsInConnectWith08001AndLeaksNothing() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      freePort = socket.getLocalPort();
    }
    assertThatThrownBy(
            () ->
                driver.connect(
                    "jdbc:flightsql://127.0.0.1:" + freePort + "?useEncryption=false", null))
        .isInstanceOf(SQLNonTransientConnectionException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("08001");
    assertThat(DriverAllocator.allocatedMemory()).isZero();
    assertThat(DriverAllocator.openChildAllocators()).isZero();
  }

  @Test
  void propertyInfoListsEveryPropertyWithDescription() {
    DriverPropertyInfo[] infos =
        driver.getPropertyInfo("jdbc:flightsql://h:1?useEncryption=false", new Properties());
    assertThat(infos).hasSize(ConnectionProperty.values().length);
    assertThat(Arrays.stream(infos).map(info -> info.name))
        .containsExactly(
            "user",
            "password",
            "token",
            "useEncryption",
            "disableCertificateVerification",
            "useSystemTrustStore",
            "tlsRootCerts",
            "trustStore",
            "trustStorePassword",
            "clientCertificate",
            "clientKey",
            "retainCookies",
            "retainAuth",
            "catalog",
            "schema",
            "connectTimeoutMs",
            "threadPoolSize");
    for (DriverPropertyInfo info : infos) {
      assertThat(info.description).as(info.name).isNotBlank();
      assertThat(info.required).as(info.name).isFalse();
    }
    DriverPropertyInfo useEncryption = infos[3];
    assertThat(useEncryption.name).isEqualTo("useEncryption");
    assertThat(useEncryption.value).isEqualTo("false");
    assertThat(useEncryption.description).isNotBlank();
    assertThat(useEncryption.choices).containsExactly("true", "false");
    assertThat(useEncryption.required).isFalse();
  }

  @Test
  void propertyInfoShowsDefaultsWhenNothingIsGiven() {
    DriverPropertyInfo[] infos = driver.getPropertyInfo("jdbc:flightsql://h:1", null);
    assertThat(infos[3].value).isEqualTo("true");
    assertThat(infos[0].value).as("user has no default").isNull();
    assertThat(infos[15].value).isEqualTo("10000");
    assertThat(infos[11].choices).containsExactly("true", "false");
  }

  @Test
  void propertyInfoNeverShowsSecrets() {
    Properties info = new Properties();
    info.setProperty("user", "alice");
    info.setProperty("password", "s3cret-value");
    DriverPropertyInfo[] infos =
        driver.getPropertyInfo("jdbc:flightsql://h:1?token=tok-value", info);
    assertThat(Arrays.stream(infos).map(i -> i.value))
        .doesNotContain("s3cret-value", "tok-value")
        .contains("alice");
  }

  @Test
  void propertyInfoForForeignUrlIsEmpty() {
    assertThat(driver.getPropertyInfo("jdbc:duckdb:", null)).isEmpty();
  }

  @Test
  void versionComesFromTheBuild() {
    assertThat(QuiverDriver.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(QuiverDriver.version())
        .startsWith(driver.getMajorVersion() + "." + driver.getMinorVersion() + ".");
    assertThat(driver.jdbcCompliant()).isFalse();
  }

  @Test
  void parentLoggerIsNotSupported() {
    assertThatThrownBy(driver::getParentLogger)
        .isInstanceOf(SQLFeatureNotSupportedException.class)
        .hasMessageContaining("getParentLogger");
  }

  @Test
  void connectionPropertyKeysAreUniqueAndDocumented() {
    assertThat(Arrays.stream(ConnectionProperty.values()).map(ConnectionProperty::key).distinct())
        .hasSize(ConnectionProperty.values().length);
    for (ConnectionProperty property : ConnectionProperty.values()) {
      assertThat(property.description()).as(property.key()).isNotBlank();
      property
          .defaultValue()
          .ifPresent(
              value ->
                  assertThat(property.choices().isEmpty() || property.choices().contains(value))
                      .as(property.key() + " default is one of its choices")
                      .isTrue());
      assertThat(ConnectionProperty.forKey(property.key())).contains(property);
    }
    assertThat(ConnectionProperty.forKey("USEENCRYPTION")).isEmpty();
    assertThat(ConnectionProperty.forKeyIgnoreCase("USEENCRYPTION"))
        .contains(ConnectionProperty.USE_ENCRYPTION);
    assertThat(Collections.list(DriverManager.getDrivers()))
        .anyMatch(QuiverDriver.class::isInstance);
  }
}
