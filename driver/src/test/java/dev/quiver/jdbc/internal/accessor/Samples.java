package dev.quiver.jdbc.internal.accessor;

import static dev.quiver.jdbc.internal.accessor.Columns.bd;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.DenseUnionVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.LargeListVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.ListViewVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.RunEndEncodedVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.holders.NullableIntHolder;
import org.apache.arrow.vector.holders.NullableVarCharHolder;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * One non-null sample column per Arrow type, with the JDBC type DESIGN.md's table gives it. Row 0
 * holds a value every allowed getter can convert (1 for numbers, so getBoolean works); string
 * columns also have a date-time in row 1 for the temporal getters.
 */
public final class Samples {

  /** A named sample column. */
  public static final class Sample {
    final String name;
    final int jdbcType;
    final Function<Columns, FieldVector> build;

    /** The JDBC type each row's value has (a union row has its branch's type). */
    final int[] rowTypes;

    Sample(String name, int jdbcType, Function<Columns, FieldVector> build, int... rowTypes) {
      this.name = name;
      this.jdbcType = jdbcType;
      this.build = build;
      this.rowTypes = rowTypes;
    }

    /** The JDBC type of the value in {@code row}. */
    int rowType(int row) {
      return rowTypes.length == 0 ? jdbcType : rowTypes[row];
    }

    /** The JDBC type DESIGN.md's table gives this Arrow type. */
    public int jdbcType() {
      return jdbcType;
    }

    /** Builds the sample column with {@code columns}. */
    public FieldVector build(Columns columns) {
      return build.apply(columns);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final LocalDateTime TS = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000_000);
  private static final long TS_MICROS = TS.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + 600_000;

  private Samples() {}

  public static List<Sample> all() {
    return List.of(
        new Sample("Bool", Types.BOOLEAN, c -> c.bools(true)),
        new Sample("Int8", Types.TINYINT, c -> c.ints(8, true, 1L)),
        new Sample("Int16", Types.SMALLINT, c -> c.ints(16, true, 1L)),
        new Sample("Int32", Types.INTEGER, c -> c.ints(32, true, 1L)),
        new Sample("Int64", Types.BIGINT, c -> c.ints(64, true, 1L)),
        new Sample("UInt8", Types.SMALLINT, c -> c.ints(8, false, 1L)),
        new Sample("UInt16", Types.INTEGER, c -> c.ints(16, false, 1L)),
        new Sample("UInt32", Types.BIGINT, c -> c.ints(32, false, 1L)),
        new Sample("UInt64", Types.NUMERIC, c -> c.ints(64, false, 1L)),
        new Sample("Float16", Types.REAL, c -> c.floats(FloatingPointPrecision.HALF, 1.0)),
        new Sample("Float32", Types.REAL, c -> c.floats(FloatingPointPrecision.SINGLE, 1.0)),
        new Sample("Float64", Types.DOUBLE, c -> c.floats(FloatingPointPrecision.DOUBLE, 1.0)),
        new Sample("Decimal128", Types.DECIMAL, c -> c.decimals(10, 2, 128, bd("1.00"))),
        new Sample("Decimal256", Types.DECIMAL, c -> c.decimals(40, 2, 256, bd("1.00"))),
        new Sample("Utf8", Types.VARCHAR, c -> c.strings(ArrowType.Utf8.INSTANCE, "1", TS_TEXT)),
        new Sample(
            "LargeUtf8",
            Types.LONGVARCHAR,
            c -> c.strings(ArrowType.LargeUtf8.INSTANCE, "1", TS_TEXT)),
        new Sample(
            "Utf8View", Types.VARCHAR, c -> c.strings(ArrowType.Utf8View.INSTANCE, "1", TS_TEXT)),
        new Sample("Binary", Types.VARBINARY, c -> c.binaries(ArrowType.Binary.INSTANCE, BYTES)),
        new Sample(
            "LargeBinary",
            Types.LONGVARBINARY,
            c -> c.binaries(ArrowType.LargeBinary.INSTANCE, BYTES)),
        new Sample(
            "BinaryView", Types.VARBINARY, c -> c.binaries(ArrowType.BinaryView.INSTANCE, BYTES)),
        new Sample(
            "FixedSizeBinary",
            Types.BINARY,
            c -> c.binaries(new ArrowType.FixedSizeBinary(3), BYTES)),
        new Sample(
            "Uuid",
            Types.OTHER,
            c ->
                c.binaries(
                    Columns.field(
                        "u",
                        new ArrowType.FixedSizeBinary(16),
                        Map.of("ARROW:extension:name", "arrow.uuid")),
                    new byte[16])),
        new Sample("Date32", Types.DATE, c -> c.dates(DateUnit.DAY, TS.toLocalDate().toEpochDay())),
        new Sample(
            "Date64",
            Types.DATE,
            c -> c.dates(DateUnit.MILLISECOND, TS.toLocalDate().toEpochDay() * 86_400_000L)),
        new Sample("Time32s", Types.TIME, c -> c.times(TimeUnit.SECOND, 3_600L)),
        new Sample("Time32ms", Types.TIME, c -> c.times(TimeUnit.MILLISECOND, 3_600_000L)),
        new Sample("Time64us", Types.TIME, c -> c.times(TimeUnit.MICROSECOND, 3_600_000_000L)),
        new Sample(
            "Time64ns",
            Types.TIME,
            c -> c.times(TimeUnit.NANOSECOND, LocalTime.of(1, 2, 3, 4).toNanoOfDay())),
        new Sample(
            "Timestamp", Types.TIMESTAMP, c -> c.timestamps(TimeUnit.MICROSECOND, null, TS_MICROS)),
        new Sample(
            "TimestampTz",
            Types.TIMESTAMP_WITH_TIMEZONE,
            c -> c.timestamps(TimeUnit.MICROSECOND, "UTC", TS_MICROS)),
        new Sample("IntervalYearMonth", Types.OTHER, c -> c.yearMonths(13)),
        new Sample("IntervalDayTime", Types.OTHER, c -> c.dayTimes(1, 2)),
        new Sample("IntervalMonthDayNano", Types.OTHER, c -> c.monthDayNanos(1, 2, 3)),
        new Sample("Duration", Types.OTHER, c -> c.durations(TimeUnit.SECOND, 5)),
        new Sample("List", Types.ARRAY, Samples::list),
        new Sample("LargeList", Types.ARRAY, Samples::largeList),
        new Sample("FixedSizeList", Types.ARRAY, Samples::fixedSizeList),
        new Sample("ListView", Types.ARRAY, Samples::listView),
        new Sample("DenseUnion", Types.OTHER, Samples::denseUnion, Types.INTEGER, Types.VARCHAR),
        new Sample("RunEndEncoded", Types.BIGINT, Samples::runEndEncoded),
        new Sample("Struct", Types.STRUCT, Samples::struct),
        new Sample("Map", Types.JAVA_OBJECT, Samples::map));
  }

  static final String TS_TEXT = "2024-01-02 03:04:05.6";
  static final byte[] BYTES = {1, 2, 3};

  /** The local date the temporal samples hold. */
  static LocalDate sampleDate() {
    return TS.toLocalDate();
  }

  private static FieldVector list(Columns c) {
    ListVector v = ListVector.empty("l", c.allocator());
    IntVector data =
        (IntVector) v.addOrGetVector(FieldType.nullable(new ArrowType.Int(32, true))).getVector();
    v.allocateNew();
    v.startNewValue(0);
    data.setSafe(0, 1);
    data.setValueCount(1);
    v.endValue(0, 1);
    v.setValueCount(1);
    return track(c, v);
  }

  private static FieldVector largeList(Columns c) {
    LargeListVector v = LargeListVector.empty("l", c.allocator());
    IntVector data =
        (IntVector) v.addOrGetVector(FieldType.nullable(new ArrowType.Int(32, true))).getVector();
    v.allocateNew();
    v.startNewValue(0);
    data.setSafe(0, 1);
    data.setValueCount(1);
    v.endValue(0, 1);
    v.setValueCount(1);
    return track(c, v);
  }

  private static FieldVector fixedSizeList(Columns c) {
    FixedSizeListVector v = FixedSizeListVector.empty("l", 1, c.allocator());
    IntVector data =
        (IntVector) v.addOrGetVector(FieldType.nullable(new ArrowType.Int(32, true))).getVector();
    v.allocateNew();
    v.setNotNull(0);
    data.setSafe(0, 1);
    data.setValueCount(1);
    v.setValueCount(1);
    return track(c, v);
  }

  private static FieldVector listView(Columns c) {
    ListViewVector v = ListViewVector.empty("l", c.allocator());
    IntVector data =
        (IntVector) v.addOrGetVector(FieldType.nullable(new ArrowType.Int(32, true))).getVector();
    v.allocateNew();
    data.setSafe(0, 1);
    data.setValueCount(1);
    v.setValidity(0, 1);
    v.setOffset(0, 0);
    v.setSize(0, 1);
    v.setValueCount(1);
    return track(c, v);
  }

  /** Row 0 the number 1 (an int branch), row 1 a timestamp's text (a string branch). */
  private static FieldVector denseUnion(Columns c) {
    DenseUnionVector v = DenseUnionVector.empty("u", c.allocator());
    track(c, v);
    v.allocateNew();
    byte intId = v.registerNewTypeId(Field.nullable("i", new ArrowType.Int(32, true)));
    byte textId = v.registerNewTypeId(Field.nullable("s", ArrowType.Utf8.INSTANCE));
    NullableIntHolder one = new NullableIntHolder();
    one.isSet = 1;
    one.value = 1;
    v.setTypeId(0, intId);
    v.setSafe(0, one);
    v.setTypeId(1, textId);
    byte[] text = TS_TEXT.getBytes(StandardCharsets.UTF_8);
    ArrowBuf buffer = c.allocator().buffer(text.length);
    c.track(buffer);
    buffer.setBytes(0, text);
    NullableVarCharHolder holder = new NullableVarCharHolder();
    holder.isSet = 1;
    holder.buffer = buffer;
    holder.start = 0;
    holder.end = text.length;
    v.setSafe(1, holder);
    v.setValueCount(2);
    return v;
  }

  private static FieldVector runEndEncoded(Columns c) {
    Field field =
        new Field(
            "r",
            FieldType.nullable(ArrowType.RunEndEncoded.INSTANCE),
            List.of(
                Field.notNullable("run_ends", new ArrowType.Int(32, true)),
                Field.nullable("values", new ArrowType.Int(64, true))));
    RunEndEncodedVector v = (RunEndEncodedVector) c.vector(field);
    v.allocateNew();
    ((IntVector) v.getRunEndsVector()).setSafe(0, 2);
    v.getRunEndsVector().setValueCount(1);
    ((BigIntVector) v.getValuesVector()).setSafe(0, 1);
    v.getValuesVector().setValueCount(1);
    v.setValueCount(2);
    return v;
  }

  private static FieldVector struct(Columns c) {
    StructVector v = StructVector.empty("s", c.allocator());
    IntVector a = v.addOrGet("a", FieldType.nullable(new ArrowType.Int(32, true)), IntVector.class);
    v.allocateNew();
    v.setIndexDefined(0);
    a.setSafe(0, 1);
    a.setValueCount(1);
    v.setValueCount(1);
    return track(c, v);
  }

  private static FieldVector map(Columns c) {
    MapVector v = MapVector.empty("m", c.allocator(), false);
    StructVector entries =
        (StructVector)
            v.addOrGetVector(FieldType.notNullable(ArrowType.Struct.INSTANCE)).getVector();
    IntVector keys =
        entries.addOrGet(
            MapVector.KEY_NAME,
            FieldType.notNullable(new ArrowType.Int(32, true)),
            IntVector.class);
    VarCharVector values =
        entries.addOrGet(
            MapVector.VALUE_NAME, FieldType.nullable(ArrowType.Utf8.INSTANCE), VarCharVector.class);
    v.allocateNew();
    v.startNewValue(0);
    entries.setIndexDefined(0);
    keys.setSafe(0, 1);
    values.setSafe(0, "x".getBytes(StandardCharsets.UTF_8));
    v.endValue(0, 1);
    keys.setValueCount(1);
    values.setValueCount(1);
    entries.setValueCount(1);
    v.setValueCount(1);
    return track(c, v);
  }

  private static FieldVector track(Columns c, FieldVector v) {
    c.track(v);
    return v;
  }
}
