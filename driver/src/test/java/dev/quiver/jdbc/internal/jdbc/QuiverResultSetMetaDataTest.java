package dev.quiver.jdbc.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.jdbc.internal.accessor.Accessors;
import dev.quiver.jdbc.internal.accessor.ArrowTest;
import dev.quiver.jdbc.internal.accessor.Samples;
import dev.quiver.jdbc.internal.accessor.Samples.Sample;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuiverResultSetMetaDataTest extends ArrowTest {

  private static final Schema SCHEMA =
      new Schema(
          List.of(
              new Field("id", FieldType.notNullable(new ArrowType.Int(64, true)), null),
              new Field(
                  "name",
                  new FieldType(
                      true,
                      ArrowType.Utf8.INSTANCE,
                      null,
                      Map.of(
                          "ARROW:FLIGHT:SQL:TABLE_NAME", "people",
                          "ARROW:FLIGHT:SQL:TYPE_NAME", "VARCHAR",
                          "ARROW:FLIGHT:SQL:REMARKS", "full name")),
                  null),
              new Field("amount", FieldType.nullable(new ArrowType.Decimal(12, 2, 128)), null)));

  @Test
  void reportsEachColumnFromTheTypeTableAndFlightSqlMetadata() throws SQLException {
    QuiverResultSetMetaData md = new QuiverResultSetMetaData(SCHEMA);
    assertThat(md.getColumnCount()).isEqualTo(3);
    assertThat(md.getColumnName(1)).isEqualTo("id");
    assertThat(md.getColumnLabel(1)).isEqualTo("id");
    assertThat(md.getColumnType(1)).isEqualTo(Types.BIGINT);
    assertThat(md.getColumnTypeName(1)).isEqualTo("BIGINT");
    assertThat(md.isNullable(1)).isEqualTo(ResultSetMetaData.columnNoNulls);
    assertThat(md.isSigned(1)).isTrue();
    assertThat(md.getColumnClassName(1)).isEqualTo("java.lang.Long");
    assertThat(md.getTableName(2)).isEqualTo("people");
    assertThat(md.getSchemaName(2)).isEmpty();
    assertThat(md.getCatalogName(2)).isEmpty();
    assertThat(md.isCaseSensitive(2)).isTrue();
    assertThat(md.isNullable(2)).isEqualTo(ResultSetMetaData.columnNullable);
    assertThat(md.getRemarks(2)).isEqualTo("full name");
    assertThat(md.getPrecision(3)).isEqualTo(12);
    assertThat(md.getScale(3)).isEqualTo(2);
    assertThat(md.getColumnType(3)).isEqualTo(Types.DECIMAL);
    assertThat(md.isReadOnly(3)).isTrue();
    assertThat(md.isWritable(3)).isFalse();
    assertThat(md.isDefinitelyWritable(3)).isFalse();
    assertThat(md.isCurrency(3)).isFalse();
    assertThat(md.isAutoIncrement(3)).isFalse();
    assertThat(md.isSearchable(3)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 4})
  void columnIndexOutOfRangeIs07009(int column) {
    QuiverResultSetMetaData md = new QuiverResultSetMetaData(SCHEMA);
    assertThatThrownBy(() -> md.getColumnType(column))
        .isInstanceOf(SQLException.class)
        .hasFieldOrPropertyWithValue("SQLState", "07009")
        .hasMessageContaining("3 columns");
    assertThatThrownBy(() -> md.getColumnName(column))
        .hasFieldOrPropertyWithValue("SQLState", "07009");
  }

  @Test
  void unwrapsToItselfOnly() throws SQLException {
    QuiverResultSetMetaData md = new QuiverResultSetMetaData(SCHEMA);
    assertThat(md.isWrapperFor(ResultSetMetaData.class)).isTrue();
    assertThat(md.unwrap(QuiverResultSetMetaData.class)).isSameAs(md);
    assertThat(md.isWrapperFor(String.class)).isFalse();
    assertThatThrownBy(() -> md.unwrap(String.class)).isInstanceOf(SQLException.class);
  }

  static List<Sample> samples() {
    return Samples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void columnClassNameIsTheClassGetObjectReturns(Sample sample) throws Exception {
    FieldVector vector = sample.build(columns());
    QuiverResultSetMetaData md = new QuiverResultSetMetaData(new Schema(List.of(vector.getField())));
    assertThat(md.getColumnType(1)).isEqualTo(sample.jdbcType());
    Object value = Accessors.create(vector).getObject(0);
    assertThat(Class.forName(md.getColumnClassName(1))).isAssignableFrom(value.getClass());
  }

  @Test
  void dictionaryEncodedColumnsReportTheirValueType() throws SQLException {
    VarCharVector values = track(new VarCharVector("d", allocator));
    values.allocateNew();
    values.setSafe(0, "a".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    values.setValueCount(1);
    DictionaryEncoding encoding = new DictionaryEncoding(3L, false, new ArrowType.Int(32, true));
    DictionaryProvider provider =
        new DictionaryProvider.MapDictionaryProvider(new Dictionary(values, encoding));
    // in-memory form (index type) resolved through the provider
    Field memoryForm = new Field("c", new FieldType(true, encoding.getIndexType(), encoding), null);
    assertThat(new QuiverResultSetMetaData(new Schema(List.of(memoryForm)), provider).getColumnType(1))
        .isEqualTo(Types.VARCHAR);
    // IPC form (value type) needs no provider
    Field messageForm = new Field("c", new FieldType(true, ArrowType.Utf8.INSTANCE, encoding), null);
    assertThat(new QuiverResultSetMetaData(new Schema(List.of(messageForm))).getColumnType(1))
        .isEqualTo(Types.VARCHAR);
  }
}
