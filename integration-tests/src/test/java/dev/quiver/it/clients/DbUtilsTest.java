package dev.quiver.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.QuiverDataSource;
import java.sql.Connection;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.apache.commons.dbutils.QueryRunner;
import org.apache.commons.dbutils.handlers.MapListHandler;
import org.apache.commons.dbutils.handlers.ScalarHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Apache Commons DbUtils: its QueryRunner asks {@code getParameterMetaData()} on every statement
 * with parameters (to check the count, and for the type of a null), so the driver's parameter
 * metadata must be right on every query.
 */
class DbUtilsTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @BeforeAll
  static void seed() {
    ClientFixture.seedItems(FIXTURE, "dbutils_items", 6);
  }

  @AfterEach
  void noLeaks() {
    ClientFixture.assertDriverReleasedEverything();
  }

  @Test
  void queriesUpdatesNullsAndBatchesWithParameterMetadataChecks() throws Exception {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setUrl(FIXTURE.jdbcUrl());
    QueryRunner runner = new QueryRunner(dataSource); // pmdKnownBroken = false: uses metadata
    List<Map<String, Object>> rows =
        runner.query(
            "SELECT id, label FROM dbutils_items WHERE id > ? AND label <> ? ORDER BY id",
            new MapListHandler(),
            3,
            "item 5");
    assertThat(rows).extracting(row -> row.get("id")).containsExactly(4, 6);
    Long count = runner.query("SELECT count(*) FROM dbutils_items", new ScalarHandler<Long>());
    assertThat(count).isEqualTo(6L);

    try (Connection connection = dataSource.getConnection()) {
      // The parameter types DbUtils will read for a null come from the server's schema.
      try (var statement =
          connection.prepareStatement("INSERT INTO dbutils_items VALUES (?, ?, ?)")) {
        var metadata = statement.getParameterMetaData();
        assertThat(metadata.getParameterCount()).isEqualTo(3);
        assertThat(metadata.getParameterType(3)).isEqualTo(Types.DOUBLE);
      }
      assertThat(
              runner.update(
                  connection, "INSERT INTO dbutils_items VALUES (?, ?, ?)", 7, "seven", null))
          .isEqualTo(1);
      int[] counts =
          runner.batch(
              connection,
              "INSERT INTO dbutils_items VALUES (?, ?, ?)",
              new Object[][] {{8, "eight", 12.0}, {9, "nine", null}});
      assertThat(counts).hasSize(2);
      assertThat(
              runner.query(
                  connection,
                  "SELECT count(*) FROM dbutils_items WHERE price IS NULL",
                  new ScalarHandler<Long>()))
          .isEqualTo(2L);
      assertThat(runner.update(connection, "DELETE FROM dbutils_items WHERE id >= ?", 7))
          .isEqualTo(3);
    }
  }
}
