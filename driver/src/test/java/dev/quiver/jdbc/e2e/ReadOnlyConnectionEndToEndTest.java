package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** setReadOnly(true): reads work, everything the driver knows writes is refused with 25006. */
class ReadOnlyConnectionEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @BeforeAll
  static void createTable() throws SQLException {
    FIXTURE.server().executeAdmin("CREATE TABLE ro_t (id INTEGER)");
    FIXTURE.server().executeAdmin("INSERT INTO ro_t VALUES (1)");
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void readsWorkAndWritesAreRefusedWith25006() throws SQLException {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement()) {
      assertThat(connection.isReadOnly()).isFalse();
      connection.setReadOnly(true);
      assertThat(connection.isReadOnly()).isTrue();

      assertThat(count(statement)).isEqualTo(1);
      assertRefused(() -> statement.executeUpdate("INSERT INTO ro_t VALUES (2)"));
      assertRefused(() -> statement.execute("DELETE FROM ro_t"));
      statement.addBatch("INSERT INTO ro_t VALUES (3)");
      assertRefused(statement::executeBatch);
      statement.clearBatch();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ro_t VALUES (?)")) {
        insert.setInt(1, 4);
        assertRefused(insert::executeUpdate);
        insert.addBatch();
        assertRefused(insert::executeBatch);
      }
      try (PreparedStatement select =
          connection.prepareStatement("SELECT id FROM ro_t WHERE id = ?")) {
        select.setInt(1, 1);
        try (ResultSet rs = select.executeQuery()) {
          assertThat(rs.next()).isTrue();
        }
      }
      assertThat(count(statement)).as("nothing was written").isEqualTo(1);

      connection.setReadOnly(false);
      assertThat(statement.executeUpdate("INSERT INTO ro_t VALUES (5)")).isEqualTo(1);
      assertThat(count(statement)).isEqualTo(2);
      statement.executeUpdate("DELETE FROM ro_t WHERE id = 5");
    }
  }

  @Test
  void readOnlyBelongsToOneConnection() throws SQLException {
    try (Connection readOnly = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Connection writable = DriverManager.getConnection(FIXTURE.jdbcUrl())) {
      readOnly.setReadOnly(true);
      assertThat(writable.isReadOnly()).isFalse();
      try (Statement statement = writable.createStatement()) {
        assertThat(statement.executeUpdate("UPDATE ro_t SET id = 1 WHERE id = 1")).isEqualTo(1);
      }
    }
  }

  private static long count(Statement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM ro_t")) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
  }
}
