package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Capability(value = "Connect", order = 10)
class ConnectChecks {
  private static final Pattern HOST_PORT = Pattern.compile("^(jdbc:[a-z-]+://)([^/?]+)(.*)$");

  @Check(id = "CONN-01", value = "connect returns an open connection; close closes it")
  void connectAndClose(ConformanceTarget target) throws SQLException {
    Connection connection = target.connect();
    assertThat(connection.isClosed()).isFalse();
    connection.close();
    assertThat(connection.isClosed()).isTrue();
  }

  @Check(id = "CONN-02", value = "isValid is true on an open connection, false after close")
  void isValid(ConformanceTarget target) throws SQLException {
    Connection connection = target.connect();
    assertThat(connection.isValid(5)).isTrue();
    connection.close();
    assertThat(connection.isValid(5)).isFalse();
  }

  @Check(id = "CONN-03", value = "isValid with a negative timeout throws SQLException")
  void isValidNegativeTimeout(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect()) {
      assertThatThrownBy(() -> connection.isValid(-1)).isInstanceOf(SQLException.class);
    }
  }

  @Check(id = "CONN-04", value = "no server at the address: connect fails with SQLState class 08")
  void unreachableServerFailsInConnect(ConformanceTarget target) throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    Matcher matcher = HOST_PORT.matcher(target.url());
    assertThat(matcher.matches()).as("target URL has host:port").isTrue();
    String deadUrl = matcher.group(1) + "127.0.0.1:" + freePort + matcher.group(3);
    assertThatThrownBy(() -> target.connect(deadUrl).close())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("08"));
  }

  @Check(id = "CONN-05", value = "Driver.connect returns null for another driver's URL")
  void foreignUrlReturnsNull(ConformanceTarget target) throws SQLException {
    assertThat(target.driver().acceptsURL("jdbc:postgresql://localhost/db")).isFalse();
    assertThat(target.driver().connect("jdbc:postgresql://localhost/db", target.properties()))
        .isNull();
  }

  @Check(id = "CONN-06", value = "the driver accepts its own URL")
  void acceptsOwnUrl(ConformanceTarget target) throws SQLException {
    assertThat(target.driver().acceptsURL(target.url())).isTrue();
  }

  @Check(id = "CONN-07", value = "two connections are independent: closing one keeps the other")
  void independentConnections(ConformanceTarget target) throws SQLException {
    try (Connection first = target.connect();
        Connection second = target.connect()) {
      first.close();
      assertThat(second.isClosed()).isFalse();
      try (var statement = second.createStatement();
          var rs = statement.executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }
}
