package dev.quiver.jdbc.internal.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;

/** Flight SQL column metadata (FlightSql.proto, CommandStatementQuery) refines the type table. */
class ColumnDescriptionTest {

  private static Field field(ArrowType type, boolean nullable, Map<String, String> metadata) {
    return new Field("price", new FieldType(nullable, type, null, metadata), null);
  }

  @Test
  void flightSqlMetadataOverridesNameSizesAndFlags() {
    Map<String, String> metadata =
        Map.ofEntries(
            Map.entry("ARROW:FLIGHT:SQL:TYPE_NAME", "VARCHAR(20)"),
            Map.entry("ARROW:FLIGHT:SQL:PRECISION", "20"),
            Map.entry("ARROW:FLIGHT:SQL:SCALE", "0"),
            Map.entry("ARROW:FLIGHT:SQL:CATALOG_NAME", "memory"),
            Map.entry("ARROW:FLIGHT:SQL:DB_SCHEMA_NAME", "main"),
            Map.entry("ARROW:FLIGHT:SQL:TABLE_NAME", "items"),
            Map.entry("ARROW:FLIGHT:SQL:IS_AUTO_INCREMENT", "1"),
            Map.entry("ARROW:FLIGHT:SQL:IS_CASE_SENSITIVE", "0"),
            Map.entry("ARROW:FLIGHT:SQL:IS_READ_ONLY", "false"),
            Map.entry("ARROW:FLIGHT:SQL:IS_SEARCHABLE", "0"),
            Map.entry("ARROW:FLIGHT:SQL:REMARKS", "the price"));
    ColumnDescription d = ColumnDescription.of(field(ArrowType.Utf8.INSTANCE, false, metadata));
    assertThat(d.name()).isEqualTo("price");
    assertThat(d.type().typeName()).isEqualTo("VARCHAR(20)");
    assertThat(d.type().precision()).isEqualTo(20);
    assertThat(d.catalogName()).isEqualTo("memory");
    assertThat(d.schemaName()).isEqualTo("main");
    assertThat(d.tableName()).isEqualTo("items");
    assertThat(d.autoIncrement()).isTrue();
    assertThat(d.caseSensitive()).isFalse();
    assertThat(d.readOnly()).isFalse();
    assertThat(d.searchable()).isFalse();
    assertThat(d.remarks()).isEqualTo("the price");
    assertThat(d.nullable()).isFalse();
  }

  @Test
  void arrowJavasSchemaNameKeyIsAcceptedToo() {
    ColumnDescription d =
        ColumnDescription.of(
            field(ArrowType.Utf8.INSTANCE, true, Map.of("ARROW:FLIGHT:SQL:SCHEMA_NAME", "s1")));
    assertThat(d.schemaName()).isEqualTo("s1");
  }

  @Test
  void withoutMetadataTheDefaultsComeFromTheTypeTable() {
    ColumnDescription d = ColumnDescription.of(field(new ArrowType.Decimal(9, 2, 128), true, null));
    assertThat(d.type().typeName()).isEqualTo("DECIMAL");
    assertThat(d.type().precision()).isEqualTo(9);
    assertThat(d.type().scale()).isEqualTo(2);
    assertThat(d.catalogName()).isEmpty();
    assertThat(d.schemaName()).isEmpty();
    assertThat(d.tableName()).isEmpty();
    assertThat(d.autoIncrement()).isFalse();
    assertThat(d.readOnly()).isTrue();
    assertThat(d.searchable()).isTrue();
    assertThat(d.remarks()).isNull();
    assertThat(d.nullable()).isTrue();
  }

  @Test
  void malformedPrecisionFromTheServerIsIgnored() {
    ColumnDescription d =
        ColumnDescription.of(
            field(new ArrowType.Int(32, true), true, Map.of("ARROW:FLIGHT:SQL:PRECISION", "ten")));
    assertThat(d.type().precision()).isEqualTo(10);
  }
}
