package dev.quiver.jdbc.internal.accessor;

import dev.quiver.jdbc.internal.error.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The one narrowing and parsing policy of the driver (JDBC 4.3 appendix B, table B-6).
 *
 * <ul>
 *   <li>Narrowing to an integral type discards the fraction (rounds toward zero, like a SQL
 *       {@code CAST} and like pgjdbc) and fails with 22003 when the integral part does not fit;
 *       NaN and infinities never fit. Nothing wraps silently.
 *   <li>{@code double} to {@code float} keeps NaN and infinities and fails with 22003 when a
 *       finite value is beyond {@code Float.MAX_VALUE}; precision loss is not an error.
 *   <li>Strings are trimmed, then parsed as a decimal number (so {@code "1e3"} and {@code "2.5"}
 *       are numbers); a string that is not a number fails with 22018, one that does not fit with
 *       22003.
 *   <li>Booleans (pgjdbc's rules): the strings {@code true t yes y on 1} and {@code false f no n
 *       off 0}, in any case and trimmed; the numbers 1 and 0. Anything else fails with 22018.
 *       Booleans read as numbers give 1 and 0.
 * </ul>
 */
public final class Conversions {

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final double TWO_POW_63 = 0x1p63;

  private Conversions() {}

  public static byte toByte(long value) throws SQLException {
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw outOfRange(Long.toString(value), "byte");
    }
    return (byte) value;
  }

  public static short toShort(long value) throws SQLException {
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw outOfRange(Long.toString(value), "short");
    }
    return (short) value;
  }

  public static int toInt(long value) throws SQLException {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw outOfRange(Long.toString(value), "int");
    }
    return (int) value;
  }

  /** The integral part of {@code value}; 22003 for NaN, infinities and values beyond long. */
  public static long toLong(double value) throws SQLException {
    // -2^63 is exactly representable; 2^63 is the first double beyond Long.MAX_VALUE.
    if (!(value >= -TWO_POW_63 && value < TWO_POW_63)) {
      throw outOfRange(Double.toString(value), "long");
    }
    return (long) value;
  }

  /** The integral part of {@code value}; 22003 when it is beyond long. */
  public static long toLong(BigDecimal value) throws SQLException {
    if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
      return value.longValue(); // discards the fraction
    }
    // e.g. 9223372036854775807.5 is beyond LONG_MAX but its integral part fits
    BigInteger integral = value.toBigInteger();
    if (integral.bitLength() > 63) {
      throw outOfRange(value.toPlainString(), "long");
    }
    return integral.longValue();
  }

  public static float toFloat(double value) throws SQLException {
    if (Double.isFinite(value) && Math.abs(value) > Float.MAX_VALUE) {
      throw outOfRange(Double.toString(value), "float");
    }
    return (float) value;
  }

  /** 22003 for NaN and infinities, which BigDecimal cannot represent. */
  public static BigDecimal toBigDecimal(double value) throws SQLException {
    if (!Double.isFinite(value)) {
      throw outOfRange(Double.toString(value), "BigDecimal");
    }
    return new BigDecimal(Double.toString(value));
  }

  /** The integral part as a BigInteger (fraction discarded, as for the integral getters). */
  public static BigInteger toBigInteger(BigDecimal value) {
    return value.toBigInteger();
  }

  /** A boolean read as a number: 1 or 0. */
  public static int fromBoolean(boolean value) {
    return value ? 1 : 0;
  }

  /** JDBC getBoolean on a number: 0 is false, 1 is true, anything else is not a boolean. */
  public static boolean toBoolean(long value) throws SQLException {
    if (value == 0) {
      return false;
    }
    if (value == 1) {
      return true;
    }
    throw notParsable(Long.toString(value), "boolean");
  }

  /** JDBC getBoolean on a fractional number: 0 is false, 1 is true, anything else fails. */
  public static boolean toBoolean(double value) throws SQLException {
    if (value == 0) {
      return false;
    }
    if (value == 1) {
      return true;
    }
    throw notParsable(Double.toString(value), "boolean");
  }

  /** JDBC getBoolean on a decimal number: 0 is false, 1 is true, anything else fails. */
  public static boolean toBoolean(BigDecimal value) throws SQLException {
    if (value.signum() == 0) {
      return false;
    }
    if (value.compareTo(BigDecimal.ONE) == 0) {
      return true;
    }
    throw notParsable(value.toPlainString(), "boolean");
  }

  /** JDBC getBoolean on a string (pgjdbc's accepted spellings). */
  public static boolean parseBoolean(String text) throws SQLException {
    String v = text.trim();
    if (v.equalsIgnoreCase("true")
        || v.equalsIgnoreCase("t")
        || v.equalsIgnoreCase("yes")
        || v.equalsIgnoreCase("y")
        || v.equalsIgnoreCase("on")
        || v.equals("1")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")
        || v.equalsIgnoreCase("f")
        || v.equalsIgnoreCase("no")
        || v.equalsIgnoreCase("n")
        || v.equalsIgnoreCase("off")
        || v.equals("0")) {
      return false;
    }
    throw notParsable(text, "boolean");
  }

  /** A string as a decimal number; 22018 when it is not one. */
  public static BigDecimal parseBigDecimal(String text) throws SQLException {
    String v = text.trim();
    if (v.isEmpty()) {
      throw notParsable(text, "number");
    }
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw notParsable(text, "number");
    }
  }

  /** A string as a long: integral strings directly, others through the decimal rules. */
  public static long parseLong(String text, String target) throws SQLException {
    String v = text.trim();
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      // "1.5", "1e3", " +7", or out of range: decide with the exact decimal value
      BigDecimal decimal = parseBigDecimal(text);
      BigInteger integral = decimal.toBigInteger();
      if (integral.bitLength() > 63) {
        throw outOfRange(text, target);
      }
      return integral.longValue();
    }
  }

  /** A string as a double; "NaN", "Infinity" and "-Infinity" are accepted as Java spells them. */
  public static double parseDouble(String text) throws SQLException {
    String v = text.trim();
    if (v.isEmpty() || v.endsWith("d") || v.endsWith("D") || v.endsWith("f") || v.endsWith("F")) {
      // Double.parseDouble would accept Java literal suffixes, which are not SQL numbers
      throw notParsable(text, "double");
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw notParsable(text, "double");
    }
  }

  /** A string as a UUID in the 8-4-4-4-12 hex form. */
  public static UUID parseUuid(String text) throws SQLException {
    String v = text.trim();
    // UUID.fromString accepts short groups such as "1-2-3-4-5"; require the canonical length.
    if (v.length() != 36) {
      throw notParsable(text, "UUID");
    }
    try {
      return UUID.fromString(v);
    } catch (IllegalArgumentException e) {
      throw notParsable(text, "UUID");
    }
  }

  /** A UUID from 16 big-endian bytes (the {@code arrow.uuid} storage layout). */
  public static UUID uuidFromBytes(byte[] bytes) {
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (bytes[i] & 0xff);
    }
    for (int i = 8; i < 16; i++) {
      lsb = (lsb << 8) | (bytes[i] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  /** Lower-case hex, two characters per byte: how binary values read as strings. */
  public static String toHex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xf, 16);
      out[2 * i + 1] = Character.forDigit(bytes[i] & 0xf, 16);
    }
    return new String(out);
  }

  /** 22003: {@code value} does not fit {@code target}. */
  public static SQLException outOfRange(String value, String target) {
    return SqlState.NUMERIC_VALUE_OUT_OF_RANGE.exception(
        "Value " + abbreviate(value) + " is out of range for " + target);
  }

  /** 22018: {@code text} cannot be read as {@code target}. */
  public static SQLException notParsable(String text, String target) {
    return SqlState.INVALID_CHARACTER_VALUE_FOR_CAST.exception(
        "Cannot convert '" + abbreviate(text) + "' to " + target);
  }

  private static String abbreviate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 61) + "...";
  }
}
