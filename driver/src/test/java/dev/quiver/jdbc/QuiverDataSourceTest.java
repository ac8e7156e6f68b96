package dev.quiver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServer;
import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.internal.client.DriverAllocator;
import java.beans.BeanInfo;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuiverDataSourceTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @RegisterExtension
  static final FixtureServerExtension SECURED =
      new FixtureServerExtension(() -> FixtureServer.builder().user("alice", "s3cret"));

  @AfterEach
  void noLeaks() {
    assertThat(DriverAllocator.openChildAllocators()).isZero();
    assertThat(DriverAllocator.allocatedMemory()).isZero();
  }

  @Test
  void everyConnectionPropertyIsABeanPropertyOfItsType() throws Exception {
    BeanInfo info = Introspector.getBeanInfo(QuiverDataSource.class);
    Map<String, PropertyDescriptor> beans = new HashMap<>();
    for (PropertyDescriptor descriptor : info.getPropertyDescriptors()) {
      beans.put(descriptor.getName(), descriptor);
    }
    for (ConnectionProperty property : ConnectionProperty.values()) {
      PropertyDescriptor bean = beans.get(property.key());
      assertThat(bean).as("bean property for %s", property.key()).isNotNull();
      assertThat(bean.getReadMethod()).as("getter of %s", property.key()).isNotNull();
      assertThat(bean.getWriteMethod()).as("setter of %s", property.key()).isNotNull();
      assertThat(bean.getPropertyType()).as(property.key()).isEqualTo(beanType(property.type()));
    }
    for (String name : new String[] {"url", "host", "port", "user", "password"}) {
      assertThat(beans.get(name)).as(name).isNotNull();
      assertThat(beans.get(name).getWriteMethod()).as(name).isNotNull();
    }
  }

  private static Class<?> beanType(ConnectionProperty.Type type) {
    switch (type.name()) {
      case "BOOLEAN":
        return boolean.class;
      case "INTEGER":
        return int.class;
      default:
        return String.class;
    }
  }

  @Test
  void connectsWithHostAndPortAndRunsAQuery() throws SQLException {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setHost("127.0.0.1");
    dataSource.setPort(FIXTURE.server().port());
    dataSource.setUseEncryption(false);
    assertThat(queryFortyTwo(dataSource)).isEqualTo(42);
  }

  @Test
  void connectsWithAUrl() throws SQLException {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setUrl(FIXTURE.jdbcUrl());
    assertThat(queryFortyTwo(dataSource)).isEqualTo(42);
  }

  @Test
  void propertiesSetByKeyReachTheDriver() throws SQLException {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setHost("127.0.0.1");
    dataSource.setPort(FIXTURE.server().port());
    dataSource.setProperty("useEncryption", "false");
    assertThat(dataSource.isUseEncryption()).isFalse();
    assertThat(queryFortyTwo(dataSource)).isEqualTo(42);
  }

  @Test
  void defaultsComeFromConnectionProperty() {
    QuiverDataSource dataSource = new QuiverDataSource();
    assertThat(dataSource.isUseEncryption()).isTrue();
    assertThat(dataSource.getProperty("useEncryption"))
        .isEqualTo(ConnectionProperty.USE_ENCRYPTION.defaultValue().orElseThrow());
    dataSource.setUseEncryption(false);
    dataSource.setProperty("useEncryption", null);
    assertThat(dataSource.isUseEncryption()).isTrue();
  }

  @Test
  void aBadValueFailsGetConnectionWithTheDriversSqlState() {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setHost("127.0.0.1");
    dataSource.setPort(FIXTURE.server().port());
    dataSource.setProperty("useEncryption", "perhaps");
    SQLException viaUrl =
        org.junit.jupiter.api.Assertions.assertThrows(
            SQLException.class,
            () ->
                new QuiverDriver()
                    .connect(
                        "jdbc:flightsql://127.0.0.1:"
                            + FIXTURE.server().port()
                            + "?useEncryption=perhaps",
                        new java.util.Properties()));
    assertThatThrownBy(dataSource::getConnection)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("useEncryption")
        .satisfies(
            e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(viaUrl.getSQLState()));
  }

  @Test
  void unknownPropertyKeysAreRefusedNamingTheValidOnes() {
    QuiverDataSource dataSource = new QuiverDataSource();
    assertThatThrownBy(() -> dataSource.setProperty("useEncription", "false"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("useEncription")
        .hasMessageContaining("useEncryption");
    dataSource.setProperty("header.x-tenant", "acme");
    assertThat(dataSource.getProperty("header.x-tenant")).isEqualTo("acme");
  }

  @Test
  void missingOrConflictingLocationFailsWithHy024() {
    QuiverDataSource empty = new QuiverDataSource();
    assertThatThrownBy(empty::getConnection)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("host and port")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY024");

    QuiverDataSource both = new QuiverDataSource();
    both.setUrl(FIXTURE.jdbcUrl());
    both.setHost("127.0.0.1");
    assertThatThrownBy(both::getConnection)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("both url and host")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY024");
  }

  @Test
  void aUrlOfAnotherDriverFailsWith08001() {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setUrl("jdbc:duckdb:");
    assertThatThrownBy(dataSource::getConnection)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("08001");
  }

  @Test
  void userAndPasswordFromBeanPropertiesOrFromGetConnectionArguments() throws SQLException {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setUrl(SECURED.jdbcUrl());
    assertThatThrownBy(dataSource::getConnection)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("28000");
    dataSource.setUser("alice");
    dataSource.setPassword("s3cret");
    assertThat(queryFortyTwo(dataSource)).isEqualTo(42);
    QuiverDataSource arguments = new QuiverDataSource();
    arguments.setUrl(SECURED.jdbcUrl());
    try (Connection connection = arguments.getConnection("alice", "s3cret")) {
      assertThat(connection.isValid(5)).isTrue();
    }
    assertThatThrownBy(() -> arguments.getConnection("alice", "wrong").close())
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("28000");
  }

  @Test
  void loginTimeoutBecomesConnectTimeoutUnlessThatIsSet() throws SQLException {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setHost("127.0.0.1");
    dataSource.setPort(FIXTURE.server().port());
    dataSource.setUseEncryption(false);
    dataSource.setLoginTimeout(3);
    assertThat(dataSource.getLoginTimeout()).isEqualTo(3);
    assertThat(queryFortyTwo(dataSource)).isEqualTo(42);
    dataSource.setConnectTimeoutMs(1500);
    assertThat(dataSource.getConnectTimeoutMs()).isEqualTo(1500);
    assertThat(queryFortyTwo(dataSource)).isEqualTo(42);
  }

  @Test
  void negativeLoginTimeoutIsRefused() {
    QuiverDataSource dataSource = new QuiverDataSource();
    assertThatThrownBy(() -> dataSource.setLoginTimeout(-1))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY024");
  }

  @Test
  void unwrapsToItselfOnly() throws SQLException {
    QuiverDataSource dataSource = new QuiverDataSource();
    assertThat(dataSource.isWrapperFor(DataSource.class)).isTrue();
    assertThat(dataSource.unwrap(QuiverDataSource.class)).isSameAs(dataSource);
    assertThat(dataSource.isWrapperFor(Connection.class)).isFalse();
    assertThatThrownBy(() -> dataSource.unwrap(Connection.class)).isInstanceOf(SQLException.class);
  }

  private static int queryFortyTwo(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 42")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
