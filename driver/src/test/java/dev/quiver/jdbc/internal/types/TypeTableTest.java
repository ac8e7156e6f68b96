package dev.quiver.jdbc.internal.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.IntervalUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.UnionMode;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Arrow to JDBC type table, row by row as DESIGN.md states it. */
class TypeTableTest {

  private static Field field(ArrowType type, Field... children) {
    return new Field("c", FieldType.nullable(type), List.of(children));
  }

  private static Arguments row(ArrowType type, int jdbcType, Class<?> valueClass) {
    return Arguments.of(type, jdbcType, valueClass.getName());
  }

  static Stream<Arguments> designTable() {
    return Stream.of(
        row(ArrowType.Bool.INSTANCE, Types.BOOLEAN, Boolean.class),
        row(new ArrowType.Int(8, true), Types.TINYINT, Byte.class),
        row(new ArrowType.Int(16, true), Types.SMALLINT, Short.class),
        row(new ArrowType.Int(32, true), Types.INTEGER, Integer.class),
        row(new ArrowType.Int(64, true), Types.BIGINT, Long.class),
        row(new ArrowType.Int(8, false), Types.SMALLINT, Short.class),
        row(new ArrowType.Int(16, false), Types.INTEGER, Integer.class),
        row(new ArrowType.Int(32, false), Types.BIGINT, Long.class),
        row(new ArrowType.Int(64, false), Types.NUMERIC, java.math.BigDecimal.class),
        row(new ArrowType.FloatingPoint(FloatingPointPrecision.HALF), Types.REAL, Float.class),
        row(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE), Types.REAL, Float.class),
        row(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), Types.DOUBLE, Double.class),
        row(new ArrowType.Decimal(10, 2, 128), Types.DECIMAL, java.math.BigDecimal.class),
        row(new ArrowType.Decimal(50, 2, 256), Types.DECIMAL, java.math.BigDecimal.class),
        row(ArrowType.Utf8.INSTANCE, Types.VARCHAR, String.class),
        row(ArrowType.LargeUtf8.INSTANCE, Types.LONGVARCHAR, String.class),
        row(ArrowType.Utf8View.INSTANCE, Types.VARCHAR, String.class),
        row(ArrowType.Binary.INSTANCE, Types.VARBINARY, byte[].class),
        row(ArrowType.LargeBinary.INSTANCE, Types.LONGVARBINARY, byte[].class),
        row(ArrowType.BinaryView.INSTANCE, Types.VARBINARY, byte[].class),
        row(new ArrowType.FixedSizeBinary(4), Types.BINARY, byte[].class),
        row(new ArrowType.Date(DateUnit.DAY), Types.DATE, java.sql.Date.class),
        row(new ArrowType.Date(DateUnit.MILLISECOND), Types.DATE, java.sql.Date.class),
        row(new ArrowType.Time(TimeUnit.SECOND, 32), Types.TIME, java.sql.Time.class),
        row(new ArrowType.Time(TimeUnit.NANOSECOND, 64), Types.TIME, java.sql.Time.class),
        row(
            new ArrowType.Timestamp(TimeUnit.MICROSECOND, null),
            Types.TIMESTAMP,
            java.sql.Timestamp.class),
        row(
            new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC"),
            Types.TIMESTAMP_WITH_TIMEZONE,
            java.sql.Timestamp.class),
        row(new ArrowType.Interval(IntervalUnit.YEAR_MONTH), Types.OTHER, java.time.Period.class),
        row(new ArrowType.Interval(IntervalUnit.DAY_TIME), Types.OTHER, java.time.Duration.class),
        row(
            new ArrowType.Interval(IntervalUnit.MONTH_DAY_NANO),
            Types.OTHER,
            dev.quiver.jdbc.Interval.class),
        row(new ArrowType.Duration(TimeUnit.SECOND), Types.OTHER, java.time.Duration.class),
        row(ArrowType.List.INSTANCE, Types.ARRAY, java.sql.Array.class),
        row(ArrowType.LargeList.INSTANCE, Types.ARRAY, java.sql.Array.class),
        row(new ArrowType.FixedSizeList(2), Types.ARRAY, java.sql.Array.class),
        row(ArrowType.ListView.INSTANCE, Types.ARRAY, java.sql.Array.class),
        row(ArrowType.LargeListView.INSTANCE, Types.ARRAY, java.sql.Array.class),
        row(ArrowType.Struct.INSTANCE, Types.STRUCT, java.sql.Struct.class),
        row(new ArrowType.Map(false), Types.JAVA_OBJECT, java.util.Map.class),
        row(ArrowType.Null.INSTANCE, Types.NULL, Object.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designTable")
  void mapsEachArrowTypeAsDesigned(ArrowType type, int jdbcType, String className) {
    ColumnType columnType = TypeTable.columnType(field(type));
    assertThat(columnType.jdbcType()).isEqualTo(jdbcType);
    assertThat(columnType.className()).isEqualTo(className);
  }

  @Test
  void numericSizesFollowTheirRange() {
    ColumnType int32 = TypeTable.columnType(field(new ArrowType.Int(32, true)));
    assertThat(int32.precision()).isEqualTo(10);
    assertThat(int32.displaySize()).isEqualTo(11); // "-2147483648"
    assertThat(int32.signed()).isTrue();
    ColumnType uint64 = TypeTable.columnType(field(new ArrowType.Int(64, false)));
    assertThat(uint64.precision()).isEqualTo(20); // 18446744073709551615
    assertThat(uint64.signed()).isFalse();
    ColumnType decimal = TypeTable.columnType(field(new ArrowType.Decimal(10, 3, 128)));
    assertThat(decimal.precision()).isEqualTo(10);
    assertThat(decimal.scale()).isEqualTo(3);
    assertThat(decimal.displaySize()).isEqualTo(12); // "-1234567.890"
  }

  @Test
  void temporalSizesCountTheFractionDigits() {
    ColumnType micros =
        TypeTable.columnType(field(new ArrowType.Timestamp(TimeUnit.MICROSECOND, null)));
    assertThat(micros.precision()).isEqualTo("2024-01-02 03:04:05.123456".length());
    assertThat(micros.scale()).isEqualTo(6);
    ColumnType zoned = TypeTable.columnType(field(new ArrowType.Timestamp(TimeUnit.SECOND, "UTC")));
    assertThat(zoned.displaySize()).isEqualTo("2024-01-02 03:04:05+00:00".length());
    ColumnType time = TypeTable.columnType(field(new ArrowType.Time(TimeUnit.MILLISECOND, 32)));
    assertThat(time.precision()).isEqualTo("03:04:05.123".length());
    assertThat(TypeTable.columnType(field(new ArrowType.Date(DateUnit.DAY))).precision())
        .isEqualTo(10);
  }

  @Test
  void stringsAreCaseSensitiveAndOtherTypesAreNot() {
    assertThat(TypeTable.columnType(field(ArrowType.Utf8.INSTANCE)).caseSensitive()).isTrue();
    assertThat(TypeTable.columnType(field(new ArrowType.Int(32, true))).caseSensitive()).isFalse();
  }

  @Test
  void uuidAndJsonExtensionsAreRecognisedByFieldMetadata() {
    Field uuid =
        new Field(
            "u",
            new FieldType(
                true,
                new ArrowType.FixedSizeBinary(16),
                null,
                Map.of("ARROW:extension:name", "arrow.uuid")),
            null);
    assertThat(TypeTable.columnType(uuid).className()).isEqualTo("java.util.UUID");
    assertThat(TypeTable.columnType(uuid).typeName()).isEqualTo("UUID");
    Field json =
        new Field(
            "j",
            new FieldType(
                true, ArrowType.Utf8.INSTANCE, null, Map.of("ARROW:extension:name", "arrow.json")),
            null);
    assertThat(TypeTable.columnType(json).typeName()).isEqualTo("JSON");
    assertThat(TypeTable.columnType(json).jdbcType()).isEqualTo(Types.VARCHAR);
  }

  @Test
  void unionOfOneJdbcTypeHasThatTypeAndMixedUnionsAreOther() {
    Field sameType =
        field(
            new ArrowType.Union(UnionMode.Dense, new int[] {0, 1}),
            Field.nullable("a", new ArrowType.Int(32, true)),
            Field.nullable("b", new ArrowType.Int(32, true)));
    assertThat(TypeTable.columnType(sameType).jdbcType()).isEqualTo(Types.INTEGER);
    assertThat(TypeTable.columnType(sameType).family()).isEqualTo(TypeFamily.UNION);
    Field mixed =
        field(
            new ArrowType.Union(UnionMode.Sparse, new int[] {0, 1}),
            Field.nullable("a", new ArrowType.Int(32, true)),
            Field.nullable("b", ArrowType.Utf8.INSTANCE));
    assertThat(TypeTable.columnType(mixed).jdbcType()).isEqualTo(Types.OTHER);
    assertThat(TypeTable.columnType(mixed).className()).isEqualTo("java.lang.Object");
  }

  @Test
  void runEndEncodedHasItsValuesType() {
    Field ree =
        field(
            ArrowType.RunEndEncoded.INSTANCE,
            Field.notNullable("run_ends", new ArrowType.Int(32, true)),
            Field.nullable("values", ArrowType.Utf8.INSTANCE));
    ColumnType type = TypeTable.columnType(ree);
    assertThat(type.jdbcType()).isEqualTo(Types.VARCHAR);
    assertThat(type.family()).isEqualTo(TypeFamily.RUN_END_ENCODED);
  }
}
