package dev.quiver.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** jOOQ on a Quiver connection: plain SQL, bind values, and meta() from DatabaseMetaData. */
class JooqTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @BeforeAll
  static void seed() {
    ClientFixture.seedItems(FIXTURE, "jooq_items", 5);
  }

  @AfterEach
  void noLeaks() {
    ClientFixture.assertDriverReleasedEverything();
  }

  @Test
  void fetchWithPlainSqlAndBindValues() throws Exception {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl())) {
      DSLContext ctx = DSL.using(connection, SQLDialect.DEFAULT);
      Result<Record> result =
          ctx.fetch("SELECT id, label, price FROM jooq_items WHERE id > ? ORDER BY id", 3);
      assertThat(result).hasSize(2);
      assertThat(result.getValues("label", String.class)).containsExactly("item 4", "item 5");
      assertThat(result.get(1).get("price", Double.class)).isEqualTo(7.5);
      Field<Integer> id = DSL.field(DSL.name("id"), Integer.class);
      Integer count =
          ctx.selectCount()
              .from(DSL.table(DSL.name("jooq_items")))
              .where(id.le(2))
              .fetchOne(0, Integer.class);
      assertThat(count).isEqualTo(2);
    }
  }

  @Test
  void metaReadsTablesColumnsAndPrimaryKeys() throws Exception {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl())) {
      DSLContext ctx = DSL.using(connection, SQLDialect.DEFAULT);
      List<Table<?>> tables = ctx.meta().getTables("jooq_items");
      assertThat(tables).hasSize(1);
      Table<?> table = tables.get(0);
      assertThat(table.fields()).extracting(Field::getName).containsExactly("id", "label", "price");
      assertThat(table.field("id").getDataType().getSQLDataType())
          .isEqualTo(org.jooq.impl.SQLDataType.INTEGER);
      assertThat(table.field("label").getDataType().nullable()).isFalse();
      UniqueKey<?> primaryKey = table.getPrimaryKey();
      assertThat(primaryKey).isNotNull();
      assertThat(primaryKey.getFields()).extracting(Field::getName).containsExactly("id");
      assertThat(ctx.meta().getSchemas()).extracting(s -> s.getName()).contains("main");
    }
  }
}
