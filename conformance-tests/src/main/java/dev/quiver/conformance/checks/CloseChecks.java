package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

@Capability(value = "Closing and resources", order = 95)
class CloseChecks {

  @Check(id = "CLOSE-01", value = "closing a statement closes its open result set")
  void statementClosesResult(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect()) {
      Statement statement = connection.createStatement();
      ResultSet rs = statement.executeQuery("SELECT 1");
      statement.close();
      assertThat(statement.isClosed()).isTrue();
      assertThat(rs.isClosed()).isTrue();
    }
  }

  @Check(id = "CLOSE-02", value = "closing a connection closes its statements and result sets")
  void connectionClosesEverything(ConformanceTarget target) throws SQLException {
    Connection connection = target.connect();
    Statement statement = connection.createStatement();
    ResultSet rs = statement.executeQuery("SELECT 1");
    connection.close();
    assertThat(statement.isClosed()).isTrue();
    assertThat(rs.isClosed()).isTrue();
    assertThatThrownBy(() -> statement.executeQuery("SELECT 1")).isInstanceOf(SQLException.class);
    assertThatThrownBy(connection::createStatement).isInstanceOf(SQLException.class);
  }

  @Check(id = "CLOSE-03", value = "closing a connection in the middle of a large result is clean")
  void closeMidStream(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    Connection connection = target.connect();
    Statement statement = connection.createStatement();
    ResultSet rs = statement.executeQuery("SELECT * FROM range(5000000)");
    for (int i = 0; i < 1000; i++) {
      assertThat(rs.next()).isTrue();
    }
    connection.close();
    assertThat(rs.isClosed()).isTrue();
    try (Connection again = target.connect();
        Statement next = again.createStatement();
        ResultSet one = next.executeQuery("SELECT 1")) {
      assertThat(one.next()).isTrue();
    }
  }

  @Check(id = "CLOSE-04", value = "closeOnCompletion closes the statement with its result set")
  void closeOnCompletion(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect()) {
      Statement statement = connection.createStatement();
      statement.closeOnCompletion();
      assertThat(statement.isCloseOnCompletion()).isTrue();
      ResultSet rs = statement.executeQuery("SELECT 1");
      assertThat(statement.isClosed()).isFalse();
      rs.close();
      assertThat(statement.isClosed()).isTrue();
    }
  }

  @Check(id = "CLOSE-05", value = "close is idempotent on result set, statement and connection")
  void closeTwice(ConformanceTarget target) throws SQLException {
    Connection connection = target.connect();
    Statement statement = connection.createStatement();
    ResultSet rs = statement.executeQuery("SELECT 1");
    rs.close();
    rs.close();
    statement.close();
    statement.close();
    connection.close();
    connection.close();
    assertThat(connection.isClosed()).isTrue();
  }

  @Check(id = "CLOSE-06", value = "a new query on a statement closes its previous result set")
  void reexecuteClosesPrevious(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      ResultSet first = statement.executeQuery("SELECT 1");
      try (ResultSet second = statement.executeQuery("SELECT 2")) {
        assertThat(first.isClosed()).isTrue();
        assertThat(second.next()).isTrue();
        assertThat(second.getInt(1)).isEqualTo(2);
      }
    }
  }

  @Check(id = "CLOSE-07", value = "using a closed result set throws SQLException")
  void closedResultSetThrows(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      ResultSet rs = statement.executeQuery("SELECT 1");
      rs.close();
      assertThatThrownBy(rs::next).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> rs.getInt(1)).isInstanceOf(SQLException.class);
    }
  }
}
