package dev.quiver.jdbc.internal.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The parameter unit on its own: values set through the bindings come out of the Arrow roots as the
 * numbers the Arrow format defines (expected values computed by hand from the spec, e.g.
 * microseconds since the epoch), with the driver's SQLStates for bad values.
 */
class ParameterBindingsTest {

  private BufferAllocator allocator;

  @BeforeEach
  void open() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void noLeak() {
    assertThat(allocator.getAllocatedMemory()).as("bytes left allocated").isZero();
    allocator.close();
  }

  private static Schema schema(ArrowType... types) {
    Field[] fields = new Field[types.length];
    for (int i = 0; i < types.length; i++) {
      fields[i] = Field.nullable("parameter_" + (i + 1), types[i]);
    }
    return new Schema(Arrays.asList(fields));
  }

  private VectorSchemaRoot currentRoot(ParameterBindings bindings) throws SQLException {
    ParameterRoots roots = ParameterRoots.ofCurrentRow(bindings);
    VectorSchemaRoot root = roots.nextRoot(allocator);
    assertThat(roots.hasNext()).isFalse();
    return root;
  }

  @Test
  void microsecondTimestampIsWrittenInMicroseconds() throws SQLException {
    // ARROW-FACTS addendum B: the official driver sent milliseconds here
    ParameterBindings bindings =
        new ParameterBindings(schema(new ArrowType.Timestamp(TimeUnit.MICROSECOND, null)));
    bindings.set(1, LocalDateTime.of(2020, 1, 1, 0, 0, 9, 123_456_000));
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      // 2020-01-01T00:00:00Z = 1577836800 s
      assertThat(((TimeStampVector) root.getVector(0)).get(0)).isEqualTo(1_577_836_809_123_456L);
    }
  }

  @Test
  void nanosecondTimestampKeepsNanosAndMicrosecondColumnTruncatesThem() throws SQLException {
    ParameterBindings bindings =
        new ParameterBindings(
            schema(
                new ArrowType.Timestamp(TimeUnit.NANOSECOND, null),
                new ArrowType.Timestamp(TimeUnit.MICROSECOND, null),
                new ArrowType.Timestamp(TimeUnit.SECOND, null)));
    LocalDateTime value = LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_999);
    bindings.set(1, value);
    bindings.set(2, value);
    bindings.set(3, value);
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      assertThat(((TimeStampVector) root.getVector(0)).get(0)).isEqualTo(-1L);
      assertThat(((TimeStampVector) root.getVector(1)).get(0)).isEqualTo(-1L);
      assertThat(((TimeStampVector) root.getVector(2)).get(0)).isEqualTo(-1L);
    }
  }

  @Test
  void sqlTimestampWithCalendarIsReadInTheCalendarsZone() throws SQLException {
    ParameterBindings bindings =
        new ParameterBindings(
            schema(
                new ArrowType.Timestamp(TimeUnit.MICROSECOND, null),
                new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC")));
    Instant instant = Instant.parse("2024-03-10T12:00:00.000001Z");
    Timestamp timestamp = Timestamp.from(instant);
    Calendar kolkata = Calendar.getInstance(TimeZone.getTimeZone("Asia/Kolkata"));
    bindings.set(1, ParameterValues.timestampOf(timestamp, kolkata));
    bindings.set(2, ParameterValues.timestampOf(timestamp, kolkata));
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      long utcMicros = instant.getEpochSecond() * 1_000_000L + 1;
      long kolkataWallMicros = utcMicros + (5 * 3600 + 30 * 60) * 1_000_000L;
      assertThat(((TimeStampVector) root.getVector(0)).get(0)).isEqualTo(kolkataWallMicros);
      assertThat(((TimeStampVector) root.getVector(1)).get(0)).isEqualTo(utcMicros);
    }
  }

  @Test
  void dateAndTimeUseEpochDaysAndMicrosOfDay() throws SQLException {
    ParameterBindings bindings =
        new ParameterBindings(
            schema(new ArrowType.Date(DateUnit.DAY), new ArrowType.Time(TimeUnit.MICROSECOND, 64)));
    Calendar auckland = Calendar.getInstance(TimeZone.getTimeZone("Pacific/Auckland"));
    // 2024-06-30T20:00Z is 2024-07-01 08:00 in Auckland (UTC+12 in winter)
    java.sql.Date date = new java.sql.Date(Instant.parse("2024-06-30T20:00:00Z").toEpochMilli());
    bindings.set(1, ParameterValues.dateOf(date, auckland));
    bindings.set(2, LocalTime.of(13, 14, 15, 16_000));
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      assertThat(((DateDayVector) root.getVector(0)).get(0))
          .isEqualTo((int) LocalDate.of(2024, 7, 1).toEpochDay());
      assertThat(((TimeMicroVector) root.getVector(1)).get(0))
          .isEqualTo((13 * 3600 + 14 * 60 + 15) * 1_000_000L + 16);
    }
  }

  @Test
  void decimalIsRescaledExactlyOrRefusedWith22003() throws SQLException {
    ParameterBindings bindings = new ParameterBindings(schema(new ArrowType.Decimal(5, 2, 128)));
    bindings.set(1, new BigDecimal("1.5"));
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      assertThat(((DecimalVector) root.getVector(0)).getObject(0))
          .isEqualTo(new BigDecimal("1.50"));
    }
    assertThatThrownBy(() -> bindings.set(1, new BigDecimal("1.234")))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("Parameter 1")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22003");
    assertThatThrownBy(() -> bindings.set(1, new BigDecimal("1234.5")))
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22003");
    assertThatThrownBy(() -> bindings.set(1, Double.NaN))
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22003");
  }

  @Test
  void integersAreRangeCheckedForTheColumnWidth() throws SQLException {
    ParameterBindings bindings =
        new ParameterBindings(schema(new ArrowType.Int(8, true), new ArrowType.Int(64, false)));
    assertThatThrownBy(() -> bindings.set(1, 128))
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22003");
    assertThatThrownBy(() -> bindings.set(1, "twelve"))
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22018");
    assertThatThrownBy(() -> bindings.set(2, -1L))
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22003");
    bindings.set(1, "-128");
    BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    bindings.set(2, max);
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      assertThat(root.getVector(0).getObject(0)).isEqualTo((byte) -128);
      assertThat(((UInt8Vector) root.getVector(1)).getObjectNoOverflow(0)).isEqualTo(max);
    }
  }

  @Test
  void untypedParametersTakeTheNaturalTypeOfTheirValues() throws SQLException {
    ParameterBindings bindings = new ParameterBindings(schema(ArrowType.Null.INSTANCE));
    assertThat(bindings.countKnown()).isTrue();
    bindings.set(
        1,
        ParameterValues.canonical(
            OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6_000, ZoneOffset.ofHours(2))));
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      assertThat(root.getSchema().getFields().get(0).getType())
          .isEqualTo(new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC"));
      assertThat(((TimeStampVector) root.getVector(0)).get(0))
          .isEqualTo(
              Instant.parse("2024-01-02T01:04:05.000006Z").getEpochSecond() * 1_000_000L + 6);
    }
  }

  @Test
  void withoutASchemaTheCountIsTheHighestIndexSet() throws SQLException {
    ParameterBindings bindings = new ParameterBindings(new Schema(List.of()));
    assertThat(bindings.countKnown()).isFalse();
    bindings.set(2, "two");
    assertThat(bindings.parameterCount()).isEqualTo(2);
    assertThatThrownBy(bindings::checkComplete)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("07001");
    bindings.set(1, UUID.fromString("00000000-0000-0000-0000-000000000001"));
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      assertThat(root.getSchema().getFields()).hasSize(2);
      assertThat(((VarCharVector) root.getVector(0)).getObject(0).toString())
          .isEqualTo("00000000-0000-0000-0000-000000000001");
      assertThat(((VarCharVector) root.getVector(1)).getObject(0).toString()).isEqualTo("two");
    }
  }

  @Test
  void batchRowsWidenInferredIntegersAndKeepNulls() throws SQLException {
    ParameterBindings bindings = new ParameterBindings(new Schema(List.of()));
    bindings.set(1, 7);
    bindings.addBatch();
    bindings.setNull(1, NaturalTypes.ofSqlType("x", Types.INTEGER, 0));
    bindings.addBatch();
    bindings.set(1, Long.MAX_VALUE);
    bindings.addBatch();
    ParameterRoots roots = ParameterRoots.ofBatch(bindings, ParameterRoots.DEFAULT_CHUNK_BYTES);
    try (VectorSchemaRoot root = roots.nextRoot(allocator)) {
      assertThat(roots.hasNext()).isFalse();
      assertThat(root.getRowCount()).isEqualTo(3);
      BigIntVector vector = (BigIntVector) root.getVector(0);
      assertThat(vector.get(0)).isEqualTo(7L);
      assertThat(vector.isNull(1)).isTrue();
      assertThat(vector.get(2)).isEqualTo(Long.MAX_VALUE);
    }
  }

  @Test
  void largeBatchesAreCutIntoChunksWithOneSchema() throws SQLException {
    ParameterBindings bindings = new ParameterBindings(new Schema(List.of()));
    for (int i = 0; i < 10; i++) {
      bindings.set(1, "value-" + i);
      bindings.addBatch();
    }
    ParameterRoots roots = ParameterRoots.ofBatch(bindings, 40);
    int rows = 0;
    int chunks = 0;
    while (roots.hasNext()) {
      try (VectorSchemaRoot root = roots.nextRoot(allocator)) {
        assertThat(root.getSchema()).isEqualTo(roots.schema());
        for (int i = 0; i < root.getRowCount(); i++) {
          assertThat(root.getVector(0).getObject(i).toString()).isEqualTo("value-" + (rows + i));
        }
        rows += root.getRowCount();
        chunks++;
      }
    }
    assertThat(rows).isEqualTo(10);
    assertThat(chunks).isGreaterThan(1);
  }

  @Test
  void clearParametersUnsetsTheCurrentRowButKeepsTheBatch() throws SQLException {
    ParameterBindings bindings = new ParameterBindings(schema(new ArrowType.Int(32, true)));
    bindings.set(1, 1);
    bindings.addBatch();
    bindings.clearParameters();
    assertThat(bindings.batchSize()).isEqualTo(1);
    assertThatThrownBy(bindings::checkComplete)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("07001");
    assertThatThrownBy(bindings::addBatch)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("07001");
  }

  @Test
  void indexesOutsideTheStatementFailWith07009() throws SQLException {
    ParameterBindings bindings = new ParameterBindings(schema(new ArrowType.Int(32, true)));
    assertThatThrownBy(() -> bindings.set(0, 1))
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("07009");
    assertThatThrownBy(() -> bindings.set(2, 1))
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("07009");
  }

  @Test
  void listsWriteTheirElementsThroughTheElementConverter() throws SQLException {
    Field list =
        new Field(
            "parameter_1",
            org.apache.arrow.vector.types.pojo.FieldType.nullable(ArrowType.List.INSTANCE),
            List.of(Field.nullable("item", new ArrowType.Int(64, true))));
    ParameterBindings bindings = new ParameterBindings(new Schema(List.of(list)));
    bindings.set(1, ParameterValues.canonical(new int[] {1, 2, 3}));
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      assertThat(
              (List<Object>)
                  new java.util.ArrayList<Object>(((ListVector) root.getVector(0)).getObject(0)))
          .containsExactly(1L, 2L, 3L);
    }
    bindings.set(1, ParameterValues.canonical(new Object[] {1, null}));
    try (VectorSchemaRoot root = currentRoot(bindings)) {
      assertThat(
              (List<Object>)
                  new java.util.ArrayList<Object>(((ListVector) root.getVector(0)).getObject(0)))
          .containsExactly(1L, null);
    }
  }

  @Test
  void setObjectWithATargetTypeConvertsFirst() throws SQLException {
    assertThat(NaturalTypes.coerce("42", Types.INTEGER, 0)).isEqualTo(42);
    assertThat(NaturalTypes.coerce(1.25, Types.DECIMAL, 3)).isEqualTo(new BigDecimal("1.250"));
    assertThatThrownBy(() -> NaturalTypes.coerce(1.2345, Types.DECIMAL, 2))
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22003");
    assertThat(NaturalTypes.coerce(LocalDate.of(2024, 2, 29), Types.VARCHAR, 0))
        .isEqualTo("2024-02-29");
    assertThat(NaturalTypes.ofSqlType("p", Types.REAL, 0).getType())
        .isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE));
  }

  @Test
  void unbindableClassesFailWith07006() {
    assertThatThrownBy(() -> ParameterValues.canonical(new StringBuilder("x")))
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("07006");
  }
}
