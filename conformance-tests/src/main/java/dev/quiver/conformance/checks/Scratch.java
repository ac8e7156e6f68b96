package dev.quiver.conformance.checks;

import dev.quiver.conformance.NotSupportedByServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;

/** Scratch tables that server-agnostic checks create for themselves, where the server allows. */
final class Scratch {
  /** SQLStates that mean "this server does not let you do that", not "your SQL is wrong". */
  private static final Set<String> REFUSALS = Set.of("0A000", "42501", "25006", "28000");

  private Scratch() {}

  /** A table name no other check or run uses. */
  static String tableName() {
    return "quiver_conf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /**
   * Runs DDL the check needs; a server that refuses DDL makes the check "not supported", not
   * failed.
   */
  static void ddl(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      if (e.getSQLState() != null && REFUSALS.contains(e.getSQLState())) {
        throw new NotSupportedByServer("server refuses DDL: " + e.getMessage());
      }
      throw e;
    }
  }

  /** Drops a scratch table, ignoring a failure (the check's own outcome is what matters). */
  static void dropQuietly(Connection connection, String table) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + table);
    } catch (SQLException ignored) {
      // Best effort: a leftover scratch table has a unique name and harms no other check.
    }
  }
}
