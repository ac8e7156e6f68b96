package dev.quiver.jdbc.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementKindTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT 1",
        "select * from t",
        "  \n\tSelect 1",
        "(SELECT 1) UNION (SELECT 2)",
        "((select 1))",
        "WITH x AS (SELECT 1) SELECT * FROM x",
        "VALUES (1), (2)",
        "FROM range(10)",
        "TABLE t",
        "SHOW TABLES",
        "DESCRIBE t",
        "DESC t",
        "EXPLAIN SELECT 1",
        "PRAGMA version",
        "SUMMARIZE t",
        "PIVOT t ON a USING sum(b)",
        "UNPIVOT t ON a INTO NAME n VALUE v",
        "CALL pragma_version()",
        "-- a comment\nSELECT 1",
        "/* block */ SELECT 1",
        "/* outer /* nested */ still comment */ SELECT 1",
        "-- one\n-- two\n  /* three */ (SELECT 1)"
      })
  void queries(String sql) {
    assertThat(StatementKind.of(sql)).isEqualTo(StatementKind.QUERY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO t VALUES (1)",
        "insert into t select 1",
        "UPDATE t SET a = 1",
        "DELETE FROM t",
        "CREATE TABLE t (a INT)",
        "DROP TABLE t",
        "ALTER TABLE t ADD COLUMN b INT",
        "SET threads = 1",
        "COPY t TO 'x.csv'",
        "INSERT INTO t VALUES (1) RETURNING *",
        "SELECTED",
        "-- SELECT 1\nINSERT INTO t VALUES (1)",
        "/* SELECT */ DELETE FROM t",
        "/* unterminated SELECT",
        "",
        "   ",
        "123"
      })
  void updates(String sql) {
    assertThat(StatementKind.of(sql)).isEqualTo(StatementKind.UPDATE);
  }
}
