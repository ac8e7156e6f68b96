package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The narrowing and parsing policy on its own, at the edges of each range. */
class ConversionsTest {

  @Test
  void narrowingAcceptsExactlyTheTargetRange() throws SQLException {
    assertThat(Conversions.toByte(127)).isEqualTo((byte) 127);
    assertThat(Conversions.toByte(-128)).isEqualTo((byte) -128);
    assertThatThrownBy(() -> Conversions.toByte(128)).hasFieldOrPropertyWithValue("SQLState", "22003");
    assertThat(Conversions.toShort(-32768)).isEqualTo((short) -32768);
    assertThatThrownBy(() -> Conversions.toShort(32768))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
    assertThat(Conversions.toInt(Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
    assertThatThrownBy(() -> Conversions.toInt(Integer.MAX_VALUE + 1L))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
  }

  @Test
  void doubleToLongEdges() throws SQLException {
    assertThat(Conversions.toLong(-0x1p63)).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> Conversions.toLong(0x1p63))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
    assertThat(Conversions.toLong(Math.nextDown(0x1p63))).isEqualTo(9223372036854774784L);
    assertThatThrownBy(() -> Conversions.toLong(Double.NaN))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
    assertThatThrownBy(() -> Conversions.toLong(Double.NEGATIVE_INFINITY))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
    assertThat(Conversions.toLong(-0.9)).isZero();
  }

  @Test
  void bigDecimalToLongEdges() throws SQLException {
    assertThat(Conversions.toLong(new BigDecimal("9223372036854775807.9")))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(Conversions.toLong(new BigDecimal("-9223372036854775808.9")))
        .isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> Conversions.toLong(new BigDecimal("9223372036854775808")))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
    assertThat(Conversions.toLong(new BigDecimal("1E+3"))).isEqualTo(1000);
  }

  @Test
  void floatRangeKeepsNonFiniteValues() throws SQLException {
    assertThat(Conversions.toFloat(Double.NaN)).isNaN();
    assertThat(Conversions.toFloat(Double.NEGATIVE_INFINITY)).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(Conversions.toFloat(Float.MAX_VALUE)).isEqualTo(Float.MAX_VALUE);
    assertThatThrownBy(() -> Conversions.toFloat(-1e39))
        .hasFieldOrPropertyWithValue("SQLState", "22003");
  }

  @Test
  void uuidParsingRequiresTheCanonicalForm() throws SQLException {
    UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(Conversions.parseUuid(" 123E4567-E89B-12D3-A456-426614174000 ")).isEqualTo(uuid);
    assertThatThrownBy(() -> Conversions.parseUuid("1-2-3-4-5"))
        .hasFieldOrPropertyWithValue("SQLState", "22018");
  }

  @Test
  void hexIsLowerCaseTwoDigitsPerByte() {
    assertThat(Conversions.toHex(new byte[] {0, 10, (byte) 0xAB})).isEqualTo("000aab");
  }

  @Test
  void longMessagesAreAbbreviated() {
    SQLException e = Conversions.notParsable("x".repeat(500), "int");
    assertThat(e.getMessage().length()).isLessThan(120);
  }
}
