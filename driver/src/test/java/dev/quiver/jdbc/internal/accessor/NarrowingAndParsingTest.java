package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Narrowing (22003), parsing (22018, 22007) and the boolean rules, through the accessors. */
class NarrowingAndParsingTest extends ArrowTest {

  private static void assertState(ThrowingCallable call, String state) {
    assertThatThrownBy(call)
        .isInstanceOf(SQLDataException.class)
        .hasFieldOrPropertyWithValue("SQLState", state);
  }

  @Test
  void integerNarrowingOutOfRangeIs22003AndNeverWraps() throws SQLException {
    ColumnAccessor int32 = Accessors.create(columns().ints(32, true, 200L, -129L, 40_000L));
    assertState(() -> int32.getByte(0), "22003");
    assertState(() -> int32.getByte(1), "22003");
    assertState(() -> int32.getShort(2), "22003");
    assertThat(int32.getShort(0)).isEqualTo((short) 200);
    ColumnAccessor int64 =
        Accessors.create(columns().ints(64, true, 3_000_000_000L, Long.MIN_VALUE));
    assertState(() -> int64.getInt(0), "22003");
    assertState(() -> int64.getInt(1), "22003");
  }

  @Test
  void unsignedWidthsNarrowByTheirUnsignedValue() throws SQLException {
    ColumnAccessor u8 = Accessors.create(columns().ints(8, false, 200L));
    assertState(() -> u8.getByte(0), "22003");
    ColumnAccessor u32 = Accessors.create(columns().ints(32, false, 4_000_000_000L));
    assertState(() -> u32.getInt(0), "22003");
    assertThat(u32.getLong(0)).isEqualTo(4_000_000_000L);
  }

  @Test
  void floatingNarrowingRejectsNaNInfinityAndOutOfRange() throws SQLException {
    ColumnAccessor a =
        Accessors.create(
            columns()
                .floats(
                    FloatingPointPrecision.DOUBLE,
                    Double.NaN,
                    Double.POSITIVE_INFINITY,
                    1e20,
                    1e300,
                    -9.223372036854775808E18,
                    3e9));
    assertState(() -> a.getInt(0), "22003");
    assertState(() -> a.getLong(1), "22003");
    assertState(() -> a.getLong(2), "22003");
    assertState(() -> a.getFloat(3), "22003");
    assertState(() -> a.getBigDecimal(0), "22003");
    assertThat(a.getLong(4)).isEqualTo(Long.MIN_VALUE);
    assertState(() -> a.getInt(5), "22003");
    assertThat(a.getLong(5)).isEqualTo(3_000_000_000L);
    assertThat(a.getFloat(0)).isNaN();
    assertThat(a.getFloat(1)).isEqualTo(Float.POSITIVE_INFINITY);
  }

  @Test
  void decimalNarrowingTruncatesTheFractionAndRejectsOutOfRange() throws SQLException {
    ColumnAccessor a =
        Accessors.create(
            columns().decimals(38, 1, 128, Columns.bd("99999999999999999999.5", "-2.7", "127.9")));
    assertState(() -> a.getLong(0), "22003");
    assertState(() -> a.getInt(0), "22003");
    assertThat(a.getInt(1)).isEqualTo(-2);
    assertThat(a.getByte(2)).isEqualTo((byte) 127);
    assertThat(a.getObject(1, BigInteger.class)).isEqualTo(BigInteger.valueOf(-2));
  }

  @Test
  void getIntOnAbcIs22018() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, "abc", ""));
    assertState(() -> a.getInt(0), "22018");
    assertState(() -> a.getLong(1), "22018");
    assertState(() -> a.getDouble(0), "22018");
    assertState(() -> a.getBigDecimal(0), "22018");
    assertState(() -> a.getObject(0, UUID.class), "22018");
  }

  @ParameterizedTest
  @CsvSource({"' 42 ',42", "+7,7", "1e3,1000", "2.9,2", "-2.9,-2", "0x10,-1"})
  void stringsParseAsDecimalNumbersAndTruncate(String text, long expected) throws SQLException {
    ColumnAccessor a = Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, text));
    if (expected == -1) {
      assertState(() -> a.getLong(0), "22018");
    } else {
      assertThat(a.getLong(0)).isEqualTo(expected);
      assertThat(a.getInt(0)).isEqualTo((int) expected);
    }
  }

  @Test
  void stringNumbersOutOfRangeAre22003() throws SQLException {
    ColumnAccessor a =
        Accessors.create(
            columns()
                .strings(ArrowType.Utf8.INSTANCE, "99999999999", "99999999999999999999", "1e39"));
    assertState(() -> a.getInt(0), "22003");
    assertState(() -> a.getLong(1), "22003");
    assertState(() -> a.getFloat(2), "22003");
    assertThat(a.getBigDecimal(1)).isEqualTo(new BigDecimal("99999999999999999999"));
  }

  @Test
  void doubleParsingRejectsJavaLiteralSuffixes() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, "1.5d", "NaN"));
    assertState(() -> a.getDouble(0), "22018");
    assertThat(a.getDouble(1)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", " t ", "yes", "Y", "on", "1"})
  void getBooleanAcceptsTrueSpellings(String text) throws SQLException {
    assertThat(Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, text)).getBoolean(0))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "F", "no", "n", "OFF", "0"})
  void getBooleanAcceptsFalseSpellings(String text) throws SQLException {
    assertThat(Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, text)).getBoolean(0))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "2", "", "tru"})
  void getBooleanOnOtherStringsIs22018(String text) throws SQLException {
    ColumnAccessor a = Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, text));
    assertState(() -> a.getBoolean(0), "22018");
  }

  @Test
  void getBooleanOnNumbersAcceptsOnlyZeroAndOne() throws SQLException {
    ColumnAccessor ints = Accessors.create(columns().ints(32, true, 0L, 1L, 2L, -1L));
    assertThat(ints.getBoolean(0)).isFalse();
    assertThat(ints.getBoolean(1)).isTrue();
    assertState(() -> ints.getBoolean(2), "22018");
    assertState(() -> ints.getBoolean(3), "22018");
    ColumnAccessor doubles =
        Accessors.create(columns().floats(FloatingPointPrecision.DOUBLE, 0.0, 1.0, 0.5));
    assertThat(doubles.getBoolean(1)).isTrue();
    assertState(() -> doubles.getBoolean(2), "22018");
    ColumnAccessor decimals = Accessors.create(columns().decimals(5, 2, 128, Columns.bd("1.00")));
    assertThat(decimals.getBoolean(0)).isTrue();
  }

  @Test
  void stringsReadAsDatesTimesAndTimestamps() throws SQLException {
    ColumnAccessor a =
        Accessors.create(
            columns()
                .strings(
                    ArrowType.Utf8.INSTANCE,
                    "2024-02-29",
                    "2024-02-29 13:14:15.123456789",
                    "2024-02-29T13:14:15+05:30",
                    "13:14",
                    "not a date",
                    "2024-02-30"));
    assertThat(a.getDate(0, null).toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(a.getTimestamp(1, null).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_789));
    assertThat(a.getObject(1, LocalDateTime.class))
        .isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_789));
    assertThat(a.getTimestamp(2, null).toInstant())
        .isEqualTo(OffsetDateTime.parse("2024-02-29T13:14:15+05:30").toInstant());
    assertThat(a.getObject(2, OffsetDateTime.class).toInstant())
        .isEqualTo(OffsetDateTime.parse("2024-02-29T13:14:15+05:30").toInstant());
    assertThat(a.getTime(3, null).toLocalTime()).isEqualTo(LocalTime.of(13, 14));
    assertThat(a.getObject(1, LocalTime.class)).isEqualTo(LocalTime.of(13, 14, 15, 123_456_789));
    assertState(() -> a.getDate(4, null), "22007");
    assertState(() -> a.getTimestamp(4, null), "22007");
    assertState(() -> a.getTime(4, null), "22007");
    assertState(() -> a.getDate(5, null), "22007"); // no silent clamp to February 29
    assertState(() -> a.getObject(5, LocalDate.class), "22007");
  }

  @Test
  void getObjectWithNullClassIsAnError() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().ints(32, true, 1L));
    assertState(() -> a.getObject(0, null), "22023");
  }

  @Test
  void getObjectWithAnUnrelatedClassIs07006() throws SQLException {
    ColumnAccessor a = Accessors.create(columns().ints(32, true, 1L));
    assertState(() -> a.getObject(0, LocalDate.class), "07006");
    assertThat(a.getObject(0, Long.class)).isEqualTo(1L);
    assertThat(a.getObject(0, String.class)).isEqualTo("1");
    assertThat(a.getObject(0, BigDecimal.class)).isEqualTo(BigDecimal.ONE);
    assertThat(a.getObject(0, Number.class)).isEqualTo(1);
  }
}
