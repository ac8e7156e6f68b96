package dev.quiver.jdbc.internal.accessor;

import static dev.quiver.jdbc.internal.accessor.Columns.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.jdbc.Interval;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.Test;

/** One test per scalar Arrow type, on hand-built vectors; expected values from the JDBC spec. */
class ScalarAccessorTest extends ArrowTest {

  private static final UUID SAMPLE_UUID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

  @Test
  void boolReadsAsBooleanAndAsOneOrZero() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().bools(true, false, null));
    assertThat(a.getBoolean(0)).isTrue();
    assertThat(a.getObject(0)).isEqualTo(Boolean.TRUE);
    assertThat(a.getInt(0)).isEqualTo(1);
    assertThat(a.getLong(1)).isZero();
    assertThat(a.getDouble(0)).isEqualTo(1.0);
    assertThat(a.getBigDecimal(0)).isEqualByComparingTo("1");
    assertThat(a.getString(1)).isEqualTo("false");
    assertThat(a.isNull(2)).isTrue();
    assertThat(a.isNull(0)).isFalse();
  }

  @Test
  void signedIntegersReadAtEveryWidthWithTheirBoxedClass() throws SQLException {
    assertThat(Accessors.create(columns().ints(8, true, -128L)).getObject(0))
        .isEqualTo((byte) -128);
    assertThat(Accessors.create(columns().ints(16, true, -300L)).getObject(0))
        .isEqualTo((short) -300);
    assertThat(Accessors.create(columns().ints(32, true, 70000L)).getObject(0)).isEqualTo(70000);
    ColumnAccessor big = Accessors.create(columns().ints(64, true, Long.MIN_VALUE, null));
    assertThat(big.getObject(0)).isEqualTo(Long.MIN_VALUE);
    assertThat(big.getLong(0)).isEqualTo(Long.MIN_VALUE);
    assertThat(big.getString(0)).isEqualTo("-9223372036854775808");
    assertThat(big.getBigDecimal(0)).isEqualTo(BigDecimal.valueOf(Long.MIN_VALUE));
    assertThat(big.getDouble(0)).isEqualTo(-9.223372036854775808E18);
    assertThat(big.isNull(1)).isTrue();
  }

  @Test
  void unsignedIntegersAreWidenedNotWrapped() throws SQLException {
    ColumnAccessor u8 = Accessors.create(columns().ints(8, false, 200L));
    assertThat(u8.getObject(0)).isEqualTo((short) 200);
    assertThat(u8.getInt(0)).isEqualTo(200);
    ColumnAccessor u16 = Accessors.create(columns().ints(16, false, 65535L));
    assertThat(u16.getObject(0)).isEqualTo(65535);
    ColumnAccessor u32 = Accessors.create(columns().ints(32, false, 4294967295L));
    assertThat(u32.getObject(0)).isEqualTo(4294967295L);
    assertThat(u32.getString(0)).isEqualTo("4294967295");
  }

  @Test
  void uint64AboveLongMaxIsExactAsBigDecimalAndStringAndOutOfRangeAsLong() throws SQLException {
    // -1 is the bit pattern of 2^64 - 1
    ColumnAccessor a = Accessors.create(columns().ints(64, false, -1L, 42L));
    BigDecimal max = new BigDecimal(new BigInteger("18446744073709551615"));
    assertThat(a.getBigDecimal(0)).isEqualTo(max);
    assertThat(a.getObject(0)).isEqualTo(max);
    assertThat(a.getString(0)).isEqualTo("18446744073709551615");
    assertThat(a.getDouble(0)).isEqualTo(1.8446744073709552E19);
    assertThat(a.getObject(0, BigInteger.class)).isEqualTo(new BigInteger("18446744073709551615"));
    assertThatThrownBy(() -> a.getLong(0))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22003");
    assertThat(a.getLong(1)).isEqualTo(42L);
    assertThat(a.getObject(1)).isEqualTo(BigDecimal.valueOf(42));
  }

  @Test
  void float16ReadsAsFloat() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().floats(FloatingPointPrecision.HALF, 1.5, -2.0));
    assertThat(a.getObject(0)).isEqualTo(1.5f);
    assertThat(a.getFloat(1)).isEqualTo(-2.0f);
    assertThat(a.getString(0)).isEqualTo("1.5");
  }

  @Test
  void float32ReadsAsFloatAndItsShortestDecimal() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().floats(FloatingPointPrecision.SINGLE, 0.1));
    assertThat(a.getObject(0)).isEqualTo(0.1f);
    assertThat(a.getBigDecimal(0)).isEqualByComparingTo("0.1");
    assertThat(a.getString(0)).isEqualTo("0.1");
    assertThat(a.getDouble(0)).isEqualTo((double) 0.1f);
  }

  @Test
  void float64ReadsAsDoubleAndTruncatesTowardZeroForIntegralGetters() throws SQLException {
    ColumnAccessor a =
        Accessors.create(columns().floats(FloatingPointPrecision.DOUBLE, 2.9, -2.9, 1e10));
    assertThat(a.getObject(0)).isEqualTo(2.9);
    assertThat(a.getInt(0)).isEqualTo(2);
    assertThat(a.getInt(1)).isEqualTo(-2);
    assertThat(a.getLong(2)).isEqualTo(10_000_000_000L);
    assertThat(a.getBigDecimal(0)).isEqualByComparingTo("2.9");
  }

  @Test
  void decimal128ReadsAsBigDecimalWithItsScale() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().decimals(10, 2, 128, bd("12345678.90", "-0.05")));
    assertThat(a.getObject(0)).isEqualTo(new BigDecimal("12345678.90"));
    assertThat(a.getString(0)).isEqualTo("12345678.90");
    assertThat(a.getLong(0)).isEqualTo(12345678L);
    assertThat(a.getInt(1)).isZero();
    assertThat(a.getDouble(1)).isEqualTo(-0.05);
  }

  @Test
  void decimal256ReadsAsBigDecimalBeyondLongRange() throws SQLException {
    String big = "123456789012345678901234567890123456789012345.123";
    ColumnAccessor a = Accessors.create(columns().decimals(60, 3, 256, bd(big)));
    assertThat(a.getBigDecimal(0)).isEqualTo(new BigDecimal(big));
    assertThat(a.getObject(0, BigInteger.class))
        .isEqualTo(new BigInteger("123456789012345678901234567890123456789012345"));
    assertThatThrownBy(() -> a.getLong(0)).hasFieldOrPropertyWithValue("SQLState", "22003");
  }

  @Test
  void utf8ReadsAsStringIncludingMultiByteCharacters() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, "héllo ✓", ""));
    assertThat(a.getString(0)).isEqualTo("héllo ✓");
    assertThat(a.getObject(0)).isEqualTo("héllo ✓");
    assertThat(a.getString(1)).isEmpty();
  }

  @Test
  void largeUtf8ReadsAsString() throws Exception {
    String longText = "x".repeat(1000) + "é";
    ColumnAccessor a =
        Accessors.create(columns().strings(ArrowType.LargeUtf8.INSTANCE, "short", longText));
    assertThat(a.getString(0)).isEqualTo("short");
    assertThat(a.getString(1)).isEqualTo(longText);
    try (Reader reader = a.getCharacterStream(0)) {
      char[] buffer = new char[16];
      int n = reader.read(buffer);
      assertThat(new String(buffer, 0, n)).isEqualTo("short");
    }
  }

  @Test
  void utf8ViewReadsInlinedAndOutOfLineStrings() throws SQLException {
    String outOfLine = "longer than twelve bytes";
    ColumnAccessor a =
        Accessors.create(columns().strings(ArrowType.Utf8View.INSTANCE, "tiny", outOfLine));
    assertThat(a.getString(0)).isEqualTo("tiny");
    assertThat(a.getString(1)).isEqualTo(outOfLine);
  }

  @Test
  void binaryReadsAsBytesAndHexString() throws Exception {
    byte[] value = {0x00, 0x7f, (byte) 0xff};
    ColumnAccessor a = Accessors.create(columns().binaries(ArrowType.Binary.INSTANCE, value));
    assertThat(a.getBytes(0)).containsExactly(value);
    assertThat(a.getObject(0)).isEqualTo(value);
    assertThat(a.getString(0)).isEqualTo("007fff");
    try (InputStream in = a.getBinaryStream(0)) {
      assertThat(in.readAllBytes()).containsExactly(value);
    }
  }

  @Test
  void largeBinaryAndBinaryViewReadAsBytes() throws SQLException {
    byte[] value = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
    assertThat(
            Accessors.create(columns().binaries(ArrowType.LargeBinary.INSTANCE, value)).getBytes(0))
        .containsExactly(value);
    assertThat(
            Accessors.create(columns().binaries(ArrowType.BinaryView.INSTANCE, value)).getBytes(0))
        .containsExactly(value);
  }

  @Test
  void fixedSizeBinaryReadsAsBytesAndSixteenBytesAsUuid() throws SQLException {
    byte[] bytes = uuidBytes(SAMPLE_UUID);
    ColumnAccessor a =
        Accessors.create(columns().binaries(new ArrowType.FixedSizeBinary(16), bytes));
    assertThat(a.getBytes(0)).containsExactly(bytes);
    assertThat(a.getObject(0, UUID.class)).isEqualTo(SAMPLE_UUID);
  }

  @Test
  void uuidExtensionTaggedByMetadataReadsAsUuid() throws SQLException {
    FieldVector vector =
        columns()
            .binaries(
                Columns.field(
                    "u",
                    new ArrowType.FixedSizeBinary(16),
                    Map.of("ARROW:extension:name", "arrow.uuid")),
                uuidBytes(SAMPLE_UUID));
    ColumnAccessor a = Accessors.create(vector);
    assertThat(a.getObject(0)).isEqualTo(SAMPLE_UUID);
    assertThat(a.getString(0)).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    assertThat(a.getObject(0, UUID.class)).isEqualTo(SAMPLE_UUID);
  }

  @Test
  void uuidSentAsUtf8ReadsAsUuidThroughGetObjectWithClass() throws SQLException {
    // DuckDB exports UUID as plain Utf8 (ARROW-FACTS section 6)
    ColumnAccessor a =
        Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, SAMPLE_UUID.toString()));
    assertThat(a.getObject(0, UUID.class)).isEqualTo(SAMPLE_UUID);
  }

  @Test
  void jsonExtensionReadsAsString() throws SQLException {
    FieldVector vector =
        columns()
            .strings(
                Columns.field(
                    "j", ArrowType.Utf8.INSTANCE, Map.of("ARROW:extension:name", "arrow.json")),
                "{\"a\":1}");
    assertThat(Accessors.create(vector).getObject(0)).isEqualTo("{\"a\":1}");
  }

  @Test
  void date32ReadsAsDateAndLocalDate() throws SQLException {
    long epochDay = LocalDate.of(2024, 2, 29).toEpochDay();
    ColumnAccessor a = Accessors.create(columns().dates(DateUnit.DAY, epochDay, -1L));
    assertThat(a.getObject(0, LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(a.getDate(0, null).toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(a.getString(0)).isEqualTo("2024-02-29");
    assertThat(a.getString(1)).isEqualTo("1969-12-31");
    assertThat(a.getTimestamp(0, null).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
    assertThat(a.getObject(0)).isInstanceOf(java.sql.Date.class);
  }

  @Test
  void date64ReadsAsDate() throws SQLException {
    long millis = LocalDate.of(1999, 12, 31).toEpochDay() * 86_400_000L;
    ColumnAccessor a = Accessors.create(columns().dates(DateUnit.MILLISECOND, millis));
    assertThat(a.getObject(0, LocalDate.class)).isEqualTo(LocalDate.of(1999, 12, 31));
    assertThat(a.getDate(0, null).toString()).isEqualTo("1999-12-31");
  }

  @Test
  void timeReadsInEveryUnitKeepingTheFractionInLocalTimeAndString() throws SQLException {
    LocalTime t = LocalTime.of(13, 45, 7, 123_456_789);
    long nanoOfDay = t.toNanoOfDay();
    ColumnAccessor sec =
        Accessors.create(columns().times(TimeUnit.SECOND, nanoOfDay / 1_000_000_000L));
    ColumnAccessor ms =
        Accessors.create(columns().times(TimeUnit.MILLISECOND, nanoOfDay / 1_000_000L));
    ColumnAccessor us = Accessors.create(columns().times(TimeUnit.MICROSECOND, nanoOfDay / 1_000L));
    ColumnAccessor ns = Accessors.create(columns().times(TimeUnit.NANOSECOND, nanoOfDay));
    assertThat(sec.getObject(0, LocalTime.class)).isEqualTo(LocalTime.of(13, 45, 7));
    assertThat(sec.getString(0)).isEqualTo("13:45:07");
    assertThat(ms.getObject(0, LocalTime.class)).isEqualTo(LocalTime.of(13, 45, 7, 123_000_000));
    assertThat(ms.getString(0)).isEqualTo("13:45:07.123");
    assertThat(us.getString(0)).isEqualTo("13:45:07.123456");
    assertThat(ns.getObject(0, LocalTime.class)).isEqualTo(t);
    assertThat(ns.getString(0)).isEqualTo("13:45:07.123456789");
    assertThat(ns.getTime(0, null).toLocalTime()).isEqualTo(LocalTime.of(13, 45, 7));
    assertThat(ns.getTime(0, null).toString()).isEqualTo("13:45:07");
    assertThat(ns.getObject(0)).isInstanceOf(java.sql.Time.class);
  }

  @Test
  void timestampReadsInEveryUnitWithNanosecondsKept() throws SQLException {
    LocalDateTime ldt = LocalDateTime.of(2021, 3, 4, 5, 6, 7, 123_456_789);
    long epochSecond = ldt.toEpochSecond(java.time.ZoneOffset.UTC);
    long nanos = epochSecond * 1_000_000_000L + ldt.getNano();
    ColumnAccessor s = Accessors.create(columns().timestamps(TimeUnit.SECOND, null, epochSecond));
    ColumnAccessor ms =
        Accessors.create(columns().timestamps(TimeUnit.MILLISECOND, null, nanos / 1_000_000));
    ColumnAccessor us =
        Accessors.create(columns().timestamps(TimeUnit.MICROSECOND, null, nanos / 1_000));
    ColumnAccessor ns = Accessors.create(columns().timestamps(TimeUnit.NANOSECOND, null, nanos));
    assertThat(s.getObject(0, LocalDateTime.class)).isEqualTo(ldt.withNano(0));
    assertThat(ms.getObject(0, LocalDateTime.class)).isEqualTo(ldt.withNano(123_000_000));
    assertThat(us.getObject(0, LocalDateTime.class)).isEqualTo(ldt.withNano(123_456_000));
    assertThat(ns.getObject(0, LocalDateTime.class)).isEqualTo(ldt);
    assertThat(ns.getTimestamp(0, null).getNanos()).isEqualTo(123_456_789);
    assertThat(ns.getTimestamp(0, null).toLocalDateTime()).isEqualTo(ldt);
    assertThat(ns.getString(0)).isEqualTo("2021-03-04 05:06:07.123456789");
    assertThat(s.getString(0)).isEqualTo("2021-03-04 05:06:07");
    assertThat(ns.getObject(0)).isInstanceOf(java.sql.Timestamp.class);
  }

  @Test
  void timestampBeforeTheEpochKeepsAPositiveFraction() throws SQLException {
    // 1969-12-31 23:59:59.5 is -500 ms
    ColumnAccessor a = Accessors.create(columns().timestamps(TimeUnit.MILLISECOND, null, -500L));
    assertThat(a.getObject(0, LocalDateTime.class))
        .isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 500_000_000));
    assertThat(a.getString(0)).isEqualTo("1969-12-31 23:59:59.5");
  }

  @Test
  void timestampBeyondJavaRangeIs22003NotAWrappedValue() throws SQLException {
    ColumnAccessor a =
        Accessors.create(columns().timestamps(TimeUnit.SECOND, null, Long.MAX_VALUE / 2));
    assertThatThrownBy(() -> a.getTimestamp(0, null))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
    assertThatThrownBy(() -> a.getString(0)).hasFieldOrPropertyWithValue("SQLState", "22003");
    assertThatThrownBy(() -> a.getObject(0, LocalDateTime.class))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
    ColumnAccessor zoned =
        Accessors.create(columns().timestamps(TimeUnit.SECOND, "UTC", Long.MAX_VALUE / 2));
    assertThatThrownBy(() -> zoned.getTimestamp(0, null))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
    ColumnAccessor time = Accessors.create(columns().times(TimeUnit.SECOND, 90_000L));
    assertThatThrownBy(() -> time.getObject(0, LocalTime.class))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
  }

  @Test
  void zonedTimestampReadsAsInstantInEveryUnit() throws SQLException {
    java.time.Instant instant = java.time.Instant.parse("2021-03-04T05:06:07.123456789Z");
    long nanos = instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    ColumnAccessor ns =
        Accessors.create(columns().timestamps(TimeUnit.NANOSECOND, "Asia/Kolkata", nanos));
    assertThat(ns.getObject(0, java.time.Instant.class)).isEqualTo(instant);
    assertThat(ns.getTimestamp(0, null).toInstant()).isEqualTo(instant);
    assertThat(ns.getObject(0, java.time.OffsetDateTime.class))
        .isEqualTo(java.time.OffsetDateTime.parse("2021-03-04T10:36:07.123456789+05:30"));
    assertThat(ns.getString(0)).isEqualTo("2021-03-04 10:36:07.123456789+05:30");
    ColumnAccessor s =
        Accessors.create(columns().timestamps(TimeUnit.SECOND, "UTC", instant.getEpochSecond()));
    assertThat(s.getString(0)).isEqualTo("2021-03-04 05:06:07+00:00");
    ColumnAccessor us =
        Accessors.create(columns().timestamps(TimeUnit.MICROSECOND, "+01:00", nanos / 1000));
    assertThat(us.getObject(0, java.time.ZonedDateTime.class).toInstant())
        .isEqualTo(instant.minusNanos(789));
  }

  @Test
  void zonedTimestampWithUnknownZoneFailsWhenTheAccessorIsCreated() {
    FieldVector vector = columns().timestamps(TimeUnit.SECOND, "Mars/Olympus", 0L);
    assertThatThrownBy(() -> Accessors.create(vector))
        .hasFieldOrPropertyWithValue("SQLState", "22007")
        .hasMessageContaining("Mars/Olympus");
  }

  @Test
  void intervalYearMonthReadsAsPeriod() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().yearMonths(14, -3));
    assertThat(a.getObject(0)).isEqualTo(Period.of(1, 2, 0));
    assertThat(a.getString(0)).isEqualTo("P1Y2M");
    assertThat(a.getObject(1)).isEqualTo(Period.ofMonths(-3));
  }

  @Test
  void intervalDayTimeReadsAsDuration() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().dayTimes(2, 1500));
    assertThat(a.getObject(0)).isEqualTo(Duration.ofDays(2).plusMillis(1500));
    assertThat(a.getString(0)).isEqualTo("PT48H1.5S");
  }

  @Test
  void intervalMonthDayNanoReadsAsTheDriversIntervalClass() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().monthDayNanos(1, 2, 3_000_000_000L));
    assertThat(a.getObject(0)).isEqualTo(Interval.of(1, 2, 3_000_000_000L));
    assertThat(a.getObject(0, Interval.class)).isEqualTo(Interval.of(1, 2, 3_000_000_000L));
    assertThat(a.getString(0)).isEqualTo("P1M2DT3S");
    assertThatThrownBy(() -> a.getObject(0, Period.class))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
    ColumnAccessor days = Accessors.create(columns().monthDayNanos(0, 1, 5L));
    assertThat(days.getObject(0, Duration.class)).isEqualTo(Duration.ofDays(1).plusNanos(5));
    ColumnAccessor months = Accessors.create(columns().monthDayNanos(5, 0, 0L));
    assertThat(months.getObject(0, Period.class)).isEqualTo(Period.ofMonths(5));
  }

  @Test
  void durationReadsAsDurationInEveryUnit() throws SQLException {
    assertThat(Accessors.create(columns().durations(TimeUnit.SECOND, 90)).getObject(0))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(Accessors.create(columns().durations(TimeUnit.MILLISECOND, -1500)).getObject(0))
        .isEqualTo(Duration.ofMillis(-1500));
    assertThat(Accessors.create(columns().durations(TimeUnit.MICROSECOND, 7)).getObject(0))
        .isEqualTo(Duration.ofNanos(7000));
    ColumnAccessor ns = Accessors.create(columns().durations(TimeUnit.NANOSECOND, 1_000_000_001L));
    assertThat(ns.getObject(0)).isEqualTo(Duration.ofSeconds(1, 1));
    assertThat(ns.getString(0)).isEqualTo("PT1.000000001S");
  }

  @Test
  void nullTypeIsAlwaysNull() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().nulls(3));
    assertThat(a.isNull(0)).isTrue();
    assertThat(a.isNull(2)).isTrue();
    assertThat(a.getObject(1)).isNull();
  }

  static byte[] uuidBytes(UUID uuid) {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
    buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    return buffer.array();
  }
}
