package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import dev.quiver.conformance.NotApplicable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Authentication, when the target is reached with a user and password (the embedded fixture always
 * is; other servers when run with --user/--password).
 */
@Capability(value = "Authentication", order = 15)
class AuthChecks {

  @Check(id = "AUTH-01", value = "a wrong password fails in connect with SQLState 28000")
  void wrongPassword(ConformanceTarget target) {
    Properties properties = credentials(target);
    properties.setProperty("password", properties.getProperty("password") + "-wrong");
    SQLException failure = connectFailure(target, properties);
    assertThat(failure.getSQLState()).isEqualTo("28000");
  }

  @Check(id = "AUTH-02", value = "no credentials against an authenticating server: 28000")
  void noCredentials(ConformanceTarget target) {
    Properties properties = credentials(target);
    properties.remove("user");
    properties.remove("password");
    SQLException failure = connectFailure(target, properties);
    assertThat(failure.getSQLState()).isEqualTo("28000");
  }

  @Check(id = "AUTH-03", value = "the password appears in no exception message or cause")
  void secretsStayOutOfErrors(ConformanceTarget target) {
    Properties properties = credentials(target);
    String wrong = properties.getProperty("password") + "-Wr0ngSecret";
    properties.setProperty("password", wrong);
    SQLException failure = connectFailure(target, properties);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(wrong);
      assertThat(t.toString()).doesNotContain(wrong);
    }
  }

  @Check(id = "AUTH-04", value = "queries, prepared statements (incl. close), metadata: authorised")
  void everyCallCarriesCredentials(ConformanceTarget target) throws SQLException {
    credentials(target);
    try (Connection connection = target.connect()) {
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
      }
      PreparedStatement prepared = connection.prepareStatement("SELECT CAST(? AS INTEGER)");
      prepared.setInt(1, 3);
      try (ResultSet rs = prepared.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(3);
      }
      prepared.close();
      try (ResultSet rs = connection.getMetaData().getTableTypes()) {
        assertThat(rs.next()).isTrue();
      }
      assertThat(connection.isValid(5)).isTrue();
    }
  }

  private static Properties credentials(ConformanceTarget target) {
    Properties properties = target.properties();
    if (properties.getProperty("user") == null || properties.getProperty("password") == null) {
      throw new NotApplicable("the target is reached without user and password");
    }
    return properties;
  }

  private static SQLException connectFailure(ConformanceTarget target, Properties properties) {
    try (Connection connection = target.driver().connect(target.url(), properties)) {
      // Some drivers connect lazily; the first call must then fail the same way.
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT 1")) {
        rs.next();
      }
    } catch (SQLException e) {
      return e;
    }
    throw new AssertionError("connecting with bad credentials succeeded");
  }
}
