package dev.quiver.it.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.QuiverDataSource;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Spring's JdbcTemplate over the driver: queries, updates, batches and exception translation. */
class SpringJdbcTemplateTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  record Item(int id, String label, double price) {}

  @BeforeAll
  static void seed() {
    ClientFixture.seedItems(FIXTURE, "spring_items", 10);
  }

  @AfterEach
  void noLeaks() {
    ClientFixture.assertDriverReleasedEverything();
  }

  private static QuiverDataSource dataSource() {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setUrl(FIXTURE.jdbcUrl());
    return dataSource;
  }

  @Test
  void queriesWithAndWithoutParameters() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_items", Long.class)).isEqualTo(10L);
    assertThat(jdbc.queryForObject("SELECT label FROM spring_items WHERE id = ?", String.class, 7))
        .isEqualTo("item 7");
    List<Item> items =
        jdbc.query(
            "SELECT id, label, price FROM spring_items WHERE price > ? ORDER BY id",
            (rs, row) -> new Item(rs.getInt("id"), rs.getString("label"), rs.getDouble("price")),
            12.0);
    assertThat(items).containsExactly(new Item(9, "item 9", 13.5), new Item(10, "item 10", 15.0));
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT id, label FROM spring_items WHERE id <= 2 ORDER BY id");
    assertThat(rows).extracting(row -> row.get("label")).containsExactly("item 1", "item 2");
    NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
    assertThat(
            named.queryForObject(
                "SELECT sum(id) FROM spring_items WHERE id BETWEEN :low AND :high",
                new MapSqlParameterSource().addValue("low", 3).addValue("high", 5),
                Long.class))
        .isEqualTo(12L);
  }

  @Test
  void updatesAndBatchesOnOneConnection() {
    // A single connection: the TEMP table lives in the connection's server session.
    SingleConnectionDataSource single = null;
    try {
      single = new SingleConnectionDataSource(dataSource().getConnection(), true);
      JdbcTemplate jdbc = new JdbcTemplate(single);
      jdbc.execute("CREATE TEMP TABLE spring_log(id INTEGER, note VARCHAR)");
      assertThat(jdbc.update("INSERT INTO spring_log VALUES (?, ?)", 1, "first")).isEqualTo(1);
      int[] counts =
          jdbc.batchUpdate(
              "INSERT INTO spring_log VALUES (?, ?)",
              List.of(new Object[] {2, "second"}, new Object[] {3, null}, new Object[] {4, "x"}));
      assertThat(counts).hasSize(3);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_log", Integer.class))
          .isEqualTo(4);
      assertThat(
              jdbc.queryForObject(
                  "SELECT count(*) FROM spring_log WHERE note IS NULL", Integer.class))
          .isEqualTo(1);
      assertThat(jdbc.update("UPDATE spring_log SET note = ? WHERE id >= ?", "later", 3))
          .isEqualTo(2);
      assertThat(jdbc.update("DELETE FROM spring_log WHERE note = 'later'")).isEqualTo(2);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    } finally {
      if (single != null) {
        single.destroy();
      }
    }
  }

  @Test
  void badSqlBecomesBadSqlGrammarExceptionThroughTheSqlState() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource());
    assertThatThrownBy(() -> jdbc.queryForList("SELEKT 1"))
        .isInstanceOf(BadSqlGrammarException.class)
        .cause()
        .isInstanceOf(SQLSyntaxErrorException.class)
        .satisfies(e -> assertThat(((SQLSyntaxErrorException) e).getSQLState()).startsWith("42"));
    assertThatThrownBy(() -> jdbc.queryForList("SELECT * FROM no_such_table"))
        .isInstanceOf(BadSqlGrammarException.class);
  }
}
