package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.Interval;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseLargeVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthViewVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.IntervalDayVector;
import org.apache.arrow.vector.IntervalMonthDayNanoVector;
import org.apache.arrow.vector.IntervalYearVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeSecVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.DenseUnionVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.LargeListVector;
import org.apache.arrow.vector.complex.ListViewVector;
import org.apache.arrow.vector.complex.RunEndEncodedVector;
import org.apache.arrow.vector.complex.UnionVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.IntervalUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.UnionMode;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arrow types DuckDB never produces, built by hand, served by the fixture ({@code
 * registerArrowTable}) over real gRPC and read through the driver. Expected values are what JDBC
 * (and the driver's documented type table) says the getters return, written here from the values
 * put into the vectors, never read back from the driver.
 */
class ArrowTypesEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private static BufferAllocator dataAllocator;

  @BeforeAll
  static void openAllocator() {
    dataAllocator = new RootAllocator();
  }

  @AfterAll
  static void closeAllocator() {
    assertThat(dataAllocator.getAllocatedMemory()).as("test data leaked").isZero();
    dataAllocator.close();
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  /** Fills a column's vector and sets its value count. */
  interface Filler {
    void fill(FieldVector vector);
  }

  /** Reads column 1 of the current row, null when SQL NULL. */
  interface Getter {
    Object get(ResultSet result) throws SQLException;
  }

  /** One Arrow type: its field, its rows, how they are read and what they must read as. */
  record ArrowCase(
      String name, Field field, Filler filler, Getter getter, int jdbcType, List<Object> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Getter OBJECT = result -> result.getObject(1);
  private static final Getter BYTES = result -> hex(result.getBytes(1));
  private static final Getter LOCAL_DATE = result -> result.getObject(1, LocalDate.class);
  private static final Getter LOCAL_TIME = result -> result.getObject(1, LocalTime.class);
  private static final Getter LOCAL_DATE_TIME = result -> result.getObject(1, LocalDateTime.class);
  private static final Getter INSTANT =
      result -> {
        OffsetDateTime value = result.getObject(1, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
      };

  private static final LocalDateTime LEAP_DAY = LocalDateTime.of(2024, 2, 29, 12, 34, 56);
  private static final LocalDateTime BC = LocalDateTime.of(-44, 3, 15, 0, 0);

  /** Nanoseconds since the epoch in an int64 reach back to 1677 only. */
  private static final LocalDateTime EARLIEST_NANOS = LocalDateTime.of(1677, 9, 22, 0, 12, 44);

  private static final LocalDateTime BEFORE_EPOCH =
      LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_999);
  private static final String LONG_TEXT = "h\u00e9llo w\u00f6rld, longer than twelve \u2713";

  static Stream<ArrowCase> cases() {
    List<ArrowCase> cases = new ArrayList<>();
    cases.add(
        new ArrowCase(
            "Float16",
            field(new ArrowType.FloatingPoint(FloatingPointPrecision.HALF)),
            vector -> {
              Float2Vector v = (Float2Vector) vector;
              v.allocateNew(4);
              v.setWithPossibleTruncate(0, 1.5f);
              v.setWithPossibleTruncate(1, 65504f);
              v.setWithPossibleTruncate(2, -0.0f);
              v.setNull(3);
              v.setValueCount(4);
            },
            OBJECT,
            Types.REAL,
            list(1.5f, 65504f, -0.0f, null)));
    BigDecimal wide =
        new BigDecimal(
            "123456789012345678901234567890123456789012345678901234567890123456.0123456789");
    cases.add(
        new ArrowCase(
            "Decimal256(76,10)",
            field(new ArrowType.Decimal(76, 10, 256)),
            vector -> {
              Decimal256Vector v = (Decimal256Vector) vector;
              v.allocateNew(4);
              v.set(0, wide);
              v.set(1, wide.negate());
              v.set(2, BigDecimal.ZERO.setScale(10));
              v.setNull(3);
              v.setValueCount(4);
            },
            OBJECT,
            Types.DECIMAL,
            list(wide, wide.negate(), BigDecimal.ZERO.setScale(10), null)));
    cases.add(text("Utf8View", ArrowType.Utf8View.INSTANCE, Types.VARCHAR, Map.of()));
    cases.add(text("LargeUtf8", ArrowType.LargeUtf8.INSTANCE, Types.LONGVARCHAR, Map.of()));
    cases.add(
        text(
            "Utf8 arrow.json",
            ArrowType.Utf8.INSTANCE,
            Types.VARCHAR,
            Map.of("ARROW:extension:name", "arrow.json", "ARROW:extension:metadata", "")));
    cases.add(binary("BinaryView", ArrowType.BinaryView.INSTANCE, Types.VARBINARY));
    cases.add(binary("LargeBinary", ArrowType.LargeBinary.INSTANCE, Types.LONGVARBINARY));
    cases.add(
        new ArrowCase(
            "FixedSizeBinary(3)",
            field(new ArrowType.FixedSizeBinary(3)),
            vector -> {
              FixedSizeBinaryVector v = (FixedSizeBinaryVector) vector;
              v.allocateNew(3);
              v.set(0, new byte[] {0, (byte) 0xff, 0x7f});
              v.set(1, new byte[] {1, 2, 3});
              v.setNull(2);
              v.setValueCount(3);
            },
            BYTES,
            Types.BINARY,
            list("0x00ff7f", "0x010203", null)));
    UUID uuid = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    cases.add(
        new ArrowCase(
            "FixedSizeBinary(16) arrow.uuid",
            new Field(
                "v",
                new FieldType(
                    true,
                    new ArrowType.FixedSizeBinary(16),
                    null,
                    Map.of("ARROW:extension:name", "arrow.uuid", "ARROW:extension:metadata", "")),
                null),
            vector -> {
              FixedSizeBinaryVector v = (FixedSizeBinaryVector) vector;
              v.allocateNew(2);
              v.set(0, uuidBytes(uuid));
              v.setNull(1);
              v.setValueCount(2);
            },
            OBJECT,
            Types.OTHER,
            list(uuid, null)));
    cases.add(
        new ArrowCase(
            "Date64",
            field(new ArrowType.Date(DateUnit.MILLISECOND)),
            vector -> {
              DateMilliVector v = (DateMilliVector) vector;
              v.allocateNew(4);
              v.set(0, LocalDate.of(2024, 2, 29).toEpochDay() * 86_400_000L);
              v.set(1, LocalDate.of(-44, 3, 15).toEpochDay() * 86_400_000L);
              v.set(2, LocalDate.of(9999, 12, 31).toEpochDay() * 86_400_000L);
              v.setNull(3);
              v.setValueCount(4);
            },
            LOCAL_DATE,
            Types.DATE,
            list(
                LocalDate.of(2024, 2, 29),
                LocalDate.of(-44, 3, 15),
                LocalDate.of(9999, 12, 31),
                null)));
    cases.add(
        new ArrowCase(
            "Time32(SECOND)",
            field(new ArrowType.Time(TimeUnit.SECOND, 32)),
            vector -> {
              TimeSecVector v = (TimeSecVector) vector;
              v.allocateNew(3);
              v.set(0, 0);
              v.set(1, 86_399);
              v.setNull(2);
              v.setValueCount(3);
            },
            LOCAL_TIME,
            Types.TIME,
            list(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59), null)));
    cases.add(
        new ArrowCase(
            "Time32(MILLISECOND)",
            field(new ArrowType.Time(TimeUnit.MILLISECOND, 32)),
            vector -> {
              TimeMilliVector v = (TimeMilliVector) vector;
              v.allocateNew(3);
              v.set(0, 1);
              v.set(1, 86_399_999);
              v.setNull(2);
              v.setValueCount(3);
            },
            LOCAL_TIME,
            Types.TIME,
            list(LocalTime.of(0, 0, 0, 1_000_000), LocalTime.of(23, 59, 59, 999_000_000), null)));
    cases.add(
        new ArrowCase(
            "Time64(NANOSECOND)",
            field(new ArrowType.Time(TimeUnit.NANOSECOND, 64)),
            vector -> {
              TimeNanoVector v = (TimeNanoVector) vector;
              v.allocateNew(3);
              v.set(0, 1);
              v.set(1, 86_399_999_999_999L);
              v.setNull(2);
              v.setValueCount(3);
            },
            LOCAL_TIME,
            Types.TIME,
            list(LocalTime.of(0, 0, 0, 1), LocalTime.of(23, 59, 59, 999_999_999), null)));
    for (TimeUnit unit : List.of(TimeUnit.SECOND, TimeUnit.MILLISECOND, TimeUnit.NANOSECOND)) {
      List<LocalDateTime> wallClocks =
          List.of(LEAP_DAY, earliest(unit), truncate(BEFORE_EPOCH, unit));
      cases.add(
          new ArrowCase(
              "Timestamp(" + unit + ")",
              field(new ArrowType.Timestamp(unit, null)),
              timestamps(wallClocks.stream().map(t -> t.toInstant(ZoneOffset.UTC)).toList(), unit),
              LOCAL_DATE_TIME,
              Types.TIMESTAMP,
              list(wallClocks.get(0), wallClocks.get(1), wallClocks.get(2), null)));
    }
    Map<TimeUnit, String> zones =
        Map.of(
            TimeUnit.SECOND, "America/New_York",
            TimeUnit.MILLISECOND, "+05:30",
            TimeUnit.NANOSECOND, "UTC");
    for (TimeUnit unit : List.of(TimeUnit.SECOND, TimeUnit.MILLISECOND, TimeUnit.NANOSECOND)) {
      List<Instant> instants =
          Stream.of(LEAP_DAY, earliest(unit), truncate(BEFORE_EPOCH, unit))
              .map(t -> t.toInstant(ZoneOffset.UTC))
              .toList();
      cases.add(
          new ArrowCase(
              "Timestamp(" + unit + ", " + zones.get(unit) + ")",
              field(new ArrowType.Timestamp(unit, zones.get(unit))),
              timestamps(instants, unit),
              INSTANT,
              Types.TIMESTAMP_WITH_TIMEZONE,
              list(instants.get(0), instants.get(1), instants.get(2), null)));
    }
    cases.add(
        new ArrowCase(
            "Interval(YEAR_MONTH)",
            field(new ArrowType.Interval(IntervalUnit.YEAR_MONTH)),
            vector -> {
              IntervalYearVector v = (IntervalYearVector) vector;
              v.allocateNew(3);
              v.set(0, 14);
              v.set(1, -3);
              v.setNull(2);
              v.setValueCount(3);
            },
            OBJECT,
            Types.OTHER,
            list(Period.of(1, 2, 0), Period.ofMonths(-3), null)));
    cases.add(
        new ArrowCase(
            "Interval(DAY_TIME)",
            field(new ArrowType.Interval(IntervalUnit.DAY_TIME)),
            vector -> {
              IntervalDayVector v = (IntervalDayVector) vector;
              v.allocateNew(3);
              v.set(0, 2, 1500);
              v.set(1, -1, -1);
              v.setNull(2);
              v.setValueCount(3);
            },
            OBJECT,
            Types.OTHER,
            list(Duration.ofDays(2).plusMillis(1500), Duration.ofDays(-1).minusMillis(1), null)));
    cases.add(
        new ArrowCase(
            "Interval(MONTH_DAY_NANO)",
            field(new ArrowType.Interval(IntervalUnit.MONTH_DAY_NANO)),
            vector -> {
              IntervalMonthDayNanoVector v = (IntervalMonthDayNanoVector) vector;
              v.allocateNew(3);
              v.set(0, 14, 3, 4_000_000_005L);
              v.set(1, -1, 31, -1);
              v.setNull(2);
              v.setValueCount(3);
            },
            OBJECT,
            Types.OTHER,
            list(Interval.of(14, 3, 4_000_000_005L), Interval.of(-1, 31, -1), null)));
    for (TimeUnit unit : TimeUnit.values()) {
      long perSecond = unitsPerSecond(unit);
      cases.add(
          new ArrowCase(
              "Duration(" + unit + ")",
              field(new ArrowType.Duration(unit)),
              vector -> {
                DurationVector v = (DurationVector) vector;
                v.allocateNew(3);
                v.set(0, 90 * perSecond + (perSecond > 1 ? 1 : 0));
                v.set(1, -perSecond);
                v.setNull(2);
                v.setValueCount(3);
              },
              OBJECT,
              Types.OTHER,
              list(
                  Duration.ofSeconds(90).plusNanos(perSecond > 1 ? 1_000_000_000L / perSecond : 0),
                  Duration.ofSeconds(-1),
                  null)));
    }
    cases.add(
        new ArrowCase(
            "LargeList<Int32>",
            listField(ArrowType.LargeList.INSTANCE),
            vector -> {
              LargeListVector v = (LargeListVector) vector;
              v.allocateNew();
              IntVector elements = (IntVector) v.getDataVector();
              fillList(v::startNewValue, v::endValue, elements, 0, 1, null, 3);
              fillList(v::startNewValue, v::endValue, elements, 1);
              v.setNull(2);
              v.setValueCount(3);
            },
            result -> arrayOf(result),
            Types.ARRAY,
            list(list(1, null, 3), list(), null)));
    cases.add(
        new ArrowCase(
            "ListView<Int32>",
            listField(ArrowType.ListView.INSTANCE),
            vector -> {
              ListViewVector v = (ListViewVector) vector;
              v.allocateNew();
              IntVector elements = (IntVector) v.getDataVector();
              fillList(v::startNewValue, v::endValue, elements, 0, 1, null, 3);
              fillList(v::startNewValue, v::endValue, elements, 1);
              v.setNull(2);
              v.setValueCount(3);
            },
            result -> arrayOf(result),
            Types.ARRAY,
            list(list(1, null, 3), list(), null)));
    cases.add(
        new ArrowCase(
            "FixedSizeList(2)<Int32>",
            listField(new ArrowType.FixedSizeList(2)),
            vector -> {
              FixedSizeListVector v = (FixedSizeListVector) vector;
              v.allocateNew();
              IntVector elements = (IntVector) v.getDataVector();
              elements.allocateNew(6);
              elements.set(0, 7);
              elements.setNull(1);
              elements.set(2, -1);
              elements.set(3, 0);
              elements.setValueCount(6);
              v.setNotNull(0);
              v.setNotNull(1);
              v.setNull(2);
              v.setValueCount(3);
            },
            result -> arrayOf(result),
            Types.ARRAY,
            list(list(7, null), list(-1, 0), null)));
    cases.add(
        new ArrowCase(
            "Union(Dense, [3, 9])",
            unionField(UnionMode.Dense, 3, 9),
            vector -> {
              DenseUnionVector v = (DenseUnionVector) vector;
              v.allocateNew();
              IntVector ints = (IntVector) v.getChildrenFromFields().get(0);
              VarCharVector strings = (VarCharVector) v.getChildrenFromFields().get(1);
              ints.allocateNew(2);
              ints.set(0, 42);
              ints.setNull(1);
              ints.setValueCount(2);
              strings.allocateNew(1);
              strings.set(0, "x".getBytes(StandardCharsets.UTF_8));
              strings.setValueCount(1);
              int[][] rows = {{3, 0}, {9, 0}, {3, 1}};
              for (int row = 0; row < rows.length; row++) {
                v.setTypeId(row, (byte) rows[row][0]);
                v.getOffsetBuffer()
                    .setInt((long) row * DenseUnionVector.OFFSET_WIDTH, rows[row][1]);
              }
              v.setValueCount(3);
            },
            OBJECT,
            Types.OTHER,
            list(42, "x", null)));
    cases.add(
        new ArrowCase(
            "Union(Sparse, [5, 7])",
            unionField(UnionMode.Sparse, 5, 7),
            vector -> {
              UnionVector v = (UnionVector) vector;
              v.allocateNew();
              IntVector ints = (IntVector) v.getChildrenFromFields().get(0);
              VarCharVector strings = (VarCharVector) v.getChildrenFromFields().get(1);
              ints.allocateNew(3);
              strings.allocateNew(3);
              ints.set(0, 42);
              ints.setNull(1);
              ints.setNull(2);
              strings.setNull(0);
              strings.set(1, "x".getBytes(StandardCharsets.UTF_8));
              strings.setNull(2);
              ints.setValueCount(3);
              strings.setValueCount(3);
              // UnionVector.setType writes Arrow Java's MinorType ordinals; write the ids directly
              v.getTypeBuffer().setByte(0, 5);
              v.getTypeBuffer().setByte(1, 7);
              v.getTypeBuffer().setByte(2, 5);
              v.setValueCount(3);
            },
            OBJECT,
            Types.OTHER,
            list(42, "x", null)));
    cases.add(
        new ArrowCase(
            "RunEndEncoded<Int32, Int64>",
            new Field(
                "v",
                FieldType.nullable(ArrowType.RunEndEncoded.INSTANCE),
                List.of(
                    new Field("run_ends", FieldType.notNullable(new ArrowType.Int(32, true)), null),
                    new Field("values", FieldType.nullable(new ArrowType.Int(64, true)), null))),
            vector -> {
              RunEndEncodedVector v = (RunEndEncodedVector) vector;
              v.allocateNew();
              IntVector runEnds = (IntVector) v.getRunEndsVector();
              BigIntVector values = (BigIntVector) v.getValuesVector();
              runEnds.allocateNew(3);
              values.allocateNew(3);
              runEnds.set(0, 2);
              runEnds.set(1, 3);
              runEnds.set(2, 5);
              values.set(0, 7L);
              values.setNull(1);
              values.set(2, -9L);
              runEnds.setValueCount(3);
              values.setValueCount(3);
              v.setValueCount(5);
            },
            OBJECT,
            Types.BIGINT,
            list(7L, 7L, null, -9L, -9L)));
    cases.add(
        new ArrowCase(
            "Null",
            field(ArrowType.Null.INSTANCE),
            vector -> ((NullVector) vector).setValueCount(2),
            OBJECT,
            Types.NULL,
            list(null, null)));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsAsJdbcSays(ArrowCase arrowCase) throws Exception {
    String table = register(arrowCase);
    List<Object> actual = new ArrayList<>();
    List<Boolean> wasNull = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM quiver_arrow." + table)) {
      assertThat(result.getMetaData().getColumnType(1))
          .as("%s column type", arrowCase)
          .isEqualTo(arrowCase.jdbcType());
      while (result.next()) {
        actual.add(arrowCase.getter().get(result));
        wasNull.add(result.wasNull());
        Object object = result.getObject(1);
        if (object != null) {
          String className = result.getMetaData().getColumnClassName(1);
          assertThat(object)
              .as("%s getObject vs getColumnClassName", arrowCase)
              .isInstanceOf(Class.forName(className));
        }
      }
    }
    assertThat(actual).as("%s values", arrowCase).isEqualTo(arrowCase.expected());
    for (int row = 0; row < actual.size(); row++) {
      assertThat(wasNull.get(row))
          .as("%s wasNull of row %s", arrowCase, row)
          .isEqualTo(actual.get(row) == null);
    }
  }

  @Test
  void dictionaryOfIntegersReadsAndDescribesItsValues() throws Exception {
    DictionaryEncoding encoding = new DictionaryEncoding(7L, false, new ArrowType.Int(8, true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BigIntVector dictionaryValues = new BigIntVector("values", dataAllocator)) {
      dictionaryValues.allocateNew(2);
      dictionaryValues.set(0, 10L);
      dictionaryValues.set(1, Long.MIN_VALUE);
      dictionaryValues.setValueCount(2);
      DictionaryProvider.MapDictionaryProvider provider =
          new DictionaryProvider.MapDictionaryProvider();
      provider.put(new Dictionary(dictionaryValues, encoding));
      Schema schema =
          new Schema(
              List.of(
                  new Field("v", new FieldType(true, new ArrowType.Int(8, true), encoding), null)));
      try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, dataAllocator);
          ArrowStreamWriter writer = new ArrowStreamWriter(root, provider, out)) {
        TinyIntVector indices = (TinyIntVector) root.getVector(0);
        indices.allocateNew(3);
        indices.set(0, 1);
        indices.set(1, 0);
        indices.setNull(2);
        indices.setValueCount(3);
        root.setRowCount(3);
        writer.start();
        writer.writeBatch();
        writer.end();
      }
    }
    byte[] bytes = out.toByteArray();
    FIXTURE
        .server()
        .registerArrowTable(
            "dictionary_of_bigint",
            () -> new ArrowStreamReader(new ByteArrayInputStream(bytes), dataAllocator));
    List<Object> values = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT * FROM quiver_arrow.dictionary_of_bigint")) {
      // before the first row too: the driver looks at the stream's dictionaries
      assertThat(result.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
      assertThat(result.getMetaData().getColumnClassName(1)).isEqualTo(Long.class.getName());
      while (result.next()) {
        values.add(result.getObject(1));
        assertThat(result.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
        assertThat(result.getMetaData().getColumnClassName(1)).isEqualTo(Long.class.getName());
      }
    }
    assertThat(values).containsExactly(Long.MIN_VALUE, 10L, null);
  }

  // ---- building the data ----

  private static String register(ArrowCase arrowCase) throws IOException {
    String table = arrowCase.name().replaceAll("[^A-Za-z0-9]+", "_").toLowerCase();
    Schema schema = new Schema(List.of(arrowCase.field()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, dataAllocator);
        ArrowStreamWriter writer = new ArrowStreamWriter(root, null, out)) {
      FieldVector vector = root.getVector(0);
      arrowCase.filler().fill(vector);
      root.setRowCount(vector.getValueCount());
      writer.start();
      writer.writeBatch();
      writer.end();
    }
    byte[] bytes = out.toByteArray();
    FIXTURE
        .server()
        .registerArrowTable(
            table, () -> new ArrowStreamReader(new ByteArrayInputStream(bytes), dataAllocator));
    return table;
  }

  private static ArrowCase text(
      String name, ArrowType type, int jdbcType, Map<String, String> metadata) {
    return new ArrowCase(
        name,
        new Field("v", new FieldType(true, type, null, metadata.isEmpty() ? null : metadata), null),
        vector -> {
          byte[][] values = {
            new byte[0],
            "a".getBytes(StandardCharsets.UTF_8),
            LONG_TEXT.getBytes(StandardCharsets.UTF_8)
          };
          vector.setInitialCapacity(4);
          vector.allocateNew();
          for (int i = 0; i < values.length; i++) {
            setBytes(vector, i, values[i]);
          }
          setNullBytes(vector, 3);
          vector.setValueCount(4);
        },
        OBJECT,
        jdbcType,
        list("", "a", LONG_TEXT, null));
  }

  private static ArrowCase binary(String name, ArrowType type, int jdbcType) {
    byte[] longValue = new byte[40];
    for (int i = 0; i < longValue.length; i++) {
      longValue[i] = (byte) (i * 7);
    }
    return new ArrowCase(
        name,
        field(type),
        vector -> {
          vector.setInitialCapacity(4);
          vector.allocateNew();
          setBytes(vector, 0, new byte[0]);
          setBytes(vector, 1, new byte[] {0, (byte) 0xff});
          setBytes(vector, 2, longValue);
          setNullBytes(vector, 3);
          vector.setValueCount(4);
        },
        BYTES,
        jdbcType,
        list("0x", "0x00ff", hex(longValue), null));
  }

  private static void setBytes(FieldVector vector, int row, byte[] value) {
    if (vector instanceof BaseVariableWidthVector) {
      ((BaseVariableWidthVector) vector).setSafe(row, value);
    } else if (vector instanceof BaseLargeVariableWidthVector) {
      ((BaseLargeVariableWidthVector) vector).setSafe(row, value);
    } else {
      ((BaseVariableWidthViewVector) vector).setSafe(row, value);
    }
  }

  private static void setNullBytes(FieldVector vector, int row) {
    if (vector instanceof BaseVariableWidthVector) {
      ((BaseVariableWidthVector) vector).setNull(row);
    } else if (vector instanceof BaseLargeVariableWidthVector) {
      ((BaseLargeVariableWidthVector) vector).setNull(row);
    } else {
      ((BaseVariableWidthViewVector) vector).setNull(row);
    }
  }

  /** Rows: the instants in {@code unit} since the epoch, then NULL. */
  private static Filler timestamps(List<Instant> instants, TimeUnit unit) {
    long perSecond = unitsPerSecond(unit);
    return vector -> {
      TimeStampVector v = (TimeStampVector) vector;
      v.allocateNew(instants.size() + 1);
      for (int i = 0; i < instants.size(); i++) {
        Instant instant = instants.get(i);
        v.set(
            i,
            Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), perSecond),
                instant.getNano() / (1_000_000_000L / perSecond)));
      }
      v.setNull(instants.size());
      v.setValueCount(instants.size() + 1);
    };
  }

  private static LocalDateTime earliest(TimeUnit unit) {
    return unit == TimeUnit.NANOSECOND ? EARLIEST_NANOS : BC;
  }

  private static LocalDateTime truncate(LocalDateTime time, TimeUnit unit) {
    long nanosPerUnit = 1_000_000_000L / unitsPerSecond(unit);
    return time.withNano((int) (time.getNano() / nanosPerUnit * nanosPerUnit));
  }

  private static long unitsPerSecond(TimeUnit unit) {
    switch (unit) {
      case SECOND:
        return 1;
      case MILLISECOND:
        return 1_000;
      case MICROSECOND:
        return 1_000_000;
      case NANOSECOND:
      default:
        return 1_000_000_000;
    }
  }

  /** Appends one list of {@code elements} (nulls allowed) at {@code row}. */
  private static void fillList(
      java.util.function.IntToLongFunction start,
      ListEnd end,
      IntVector elements,
      int row,
      Integer... values) {
    int offset = (int) start.applyAsLong(row);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        elements.setNull(offset + i);
      } else {
        elements.setSafe(offset + i, values[i]);
      }
    }
    elements.setValueCount(offset + values.length);
    end.end(row, values.length);
  }

  /** {@code endValue(row, size)} of a list vector. */
  interface ListEnd {
    void end(int row, int size);
  }

  private static Object arrayOf(ResultSet result) throws SQLException {
    java.sql.Array array = result.getArray(1);
    if (array == null) {
      return null;
    }
    Object[] elements = (Object[]) array.getArray();
    array.free();
    return Arrays.asList(elements);
  }

  private static Field field(ArrowType type) {
    return Field.nullable("v", type);
  }

  private static Field listField(ArrowType type) {
    return new Field(
        "v",
        FieldType.nullable(type),
        List.of(Field.nullable("element", new ArrowType.Int(32, true))));
  }

  private static Field unionField(UnionMode mode, int intTypeId, int stringTypeId) {
    return new Field(
        "v",
        FieldType.nullable(new ArrowType.Union(mode, new int[] {intTypeId, stringTypeId})),
        List.of(
            Field.nullable("i", new ArrowType.Int(32, true)),
            Field.nullable("s", ArrowType.Utf8.INSTANCE)));
  }

  private static byte[] uuidBytes(UUID uuid) {
    return java.nio.ByteBuffer.allocate(16)
        .putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits())
        .array();
  }

  private static String hex(byte[] bytes) {
    return bytes == null ? null : "0x" + HexFormat.of().formatHex(bytes);
  }

  /** A list that may hold nulls (List.of may not). */
  private static List<Object> list(Object... values) {
    return Arrays.asList(values);
  }
}
