package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.Interval;
import dev.quiver.jdbc.internal.accessor.Conversions;
import dev.quiver.jdbc.internal.error.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.UUID;
import org.apache.arrow.vector.PeriodDuration;

/**
 * Converts a canonical parameter value (see {@link ParameterValues}) to the Java value a target
 * type needs (JDBC 4.3 table B-5, {@code setObject} conversions). Narrowing and parsing follow the
 * driver's one policy, {@link Conversions}: fractions are discarded toward zero, out-of-range
 * values fail with 22003, unparsable strings with 22018 (22007 for dates and times), and a pairing
 * the table does not allow fails with 07006.
 *
 * <p>Temporal values: a {@link ZonedDateTime} is a {@code java.sql.Timestamp} together with the
 * zone its wall-clock reading is taken in (the {@code Calendar}'s, or the JVM default), so it can
 * become both a zone-less wall-clock time and an instant. An {@link Instant} written to a zone-less
 * column is read in the JVM default zone, like a {@code java.sql.Timestamp}; a zone-less value
 * written to a zoned column is taken to be in the JVM default zone.
 */
final class ValueCoercion {

  private static final DateTimeFormatter SQL_TIMESTAMP =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .toFormatter();

  private ValueCoercion() {}

  static boolean toBoolean(Object value) throws SQLException {
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof Float || value instanceof Double) {
      return Conversions.toBoolean(((Number) value).doubleValue());
    }
    if (value instanceof BigDecimal) {
      return Conversions.toBoolean((BigDecimal) value);
    }
    if (value instanceof BigInteger) {
      return Conversions.toBoolean(new BigDecimal((BigInteger) value));
    }
    if (value instanceof Number) {
      return Conversions.toBoolean(((Number) value).longValue());
    }
    if (value instanceof String) {
      return Conversions.parseBoolean((String) value);
    }
    throw notConvertible(value, "BOOLEAN");
  }

  /** The value as an exact integer (fraction discarded); 22003 is left to the caller's range. */
  static BigInteger toBigInteger(Object value) throws SQLException {
    if (value instanceof BigInteger) {
      return (BigInteger) value;
    }
    if (value instanceof Byte
        || value instanceof Short
        || value instanceof Integer
        || value instanceof Long) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toBigInteger();
    }
    if (value instanceof Float || value instanceof Double) {
      return Conversions.toBigDecimal(((Number) value).doubleValue()).toBigInteger();
    }
    if (value instanceof Boolean) {
      return BigInteger.valueOf(Conversions.fromBoolean((Boolean) value));
    }
    if (value instanceof String) {
      return Conversions.parseBigDecimal((String) value).toBigInteger();
    }
    throw notConvertible(value, "an integer type");
  }

  /** The value as a long, 22003 when its integral part is beyond long. */
  static long toLong(Object value, String target) throws SQLException {
    if (value instanceof Byte
        || value instanceof Short
        || value instanceof Integer
        || value instanceof Long) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float || value instanceof Double) {
      return Conversions.toLong(((Number) value).doubleValue());
    }
    if (value instanceof String) {
      return Conversions.parseLong((String) value, target);
    }
    BigInteger integral = toBigInteger(value);
    if (integral.bitLength() > 63) {
      throw Conversions.outOfRange(integral.toString(), target);
    }
    return integral.longValue();
  }

  static double toDouble(Object value) throws SQLException {
    if (value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Boolean) {
      return Conversions.fromBoolean((Boolean) value);
    }
    if (value instanceof String) {
      return Conversions.parseDouble((String) value);
    }
    throw notConvertible(value, "a floating-point type");
  }

  static float toFloat(Object value) throws SQLException {
    if (value instanceof Float) {
      return (Float) value;
    }
    return Conversions.toFloat(toDouble(value));
  }

  static BigDecimal toBigDecimal(Object value) throws SQLException {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Byte
        || value instanceof Short
        || value instanceof Integer
        || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Float || value instanceof Double) {
      return Conversions.toBigDecimal(((Number) value).doubleValue());
    }
    if (value instanceof Boolean) {
      return BigDecimal.valueOf(Conversions.fromBoolean((Boolean) value));
    }
    if (value instanceof String) {
      return Conversions.parseBigDecimal((String) value);
    }
    throw notConvertible(value, "DECIMAL");
  }

  /** The value as text, as SQL would spell it (timestamps with a space, decimals plain). */
  static String toText(Object value) throws SQLException {
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Number
        || value instanceof Boolean
        || value instanceof UUID
        || value instanceof LocalDate
        || value instanceof LocalTime) {
      return value.toString();
    }
    if (value instanceof LocalDateTime) {
      return value.toString().replace('T', ' ');
    }
    if (value instanceof ZonedDateTime) {
      return ((ZonedDateTime) value).toLocalDateTime().toString().replace('T', ' ');
    }
    if (value instanceof Instant) {
      return OffsetDateTime.ofInstant((Instant) value, java.time.ZoneOffset.UTC)
          .toString()
          .replace('T', ' ');
    }
    throw notConvertible(value, "VARCHAR");
  }

  static byte[] toBytes(Object value) throws SQLException {
    if (value instanceof byte[]) {
      return (byte[]) value;
    }
    if (value instanceof UUID) {
      UUID uuid = (UUID) value;
      byte[] bytes = new byte[16];
      long msb = uuid.getMostSignificantBits();
      long lsb = uuid.getLeastSignificantBits();
      for (int i = 0; i < 8; i++) {
        bytes[i] = (byte) (msb >>> (56 - 8 * i));
        bytes[8 + i] = (byte) (lsb >>> (56 - 8 * i));
      }
      return bytes;
    }
    throw notConvertible(value, "VARBINARY");
  }

  static byte[] toUtf8(Object value) throws SQLException {
    return toText(value).getBytes(StandardCharsets.UTF_8);
  }

  static LocalDate toLocalDate(Object value) throws SQLException {
    if (value instanceof LocalDate) {
      return (LocalDate) value;
    }
    if (value instanceof String) {
      TemporalAccessor parsed = parse((String) value, "DATE");
      return LocalDate.from(parsed);
    }
    if (value instanceof LocalDateTime
        || value instanceof ZonedDateTime
        || value instanceof Instant) {
      return toLocalDateTime(value).toLocalDate();
    }
    throw notConvertible(value, "DATE");
  }

  static LocalTime toLocalTime(Object value) throws SQLException {
    if (value instanceof LocalTime) {
      return (LocalTime) value;
    }
    if (value instanceof String) {
      try {
        return LocalTime.parse(((String) value).trim());
      } catch (DateTimeException e) {
        throw invalidDateTime((String) value, "TIME");
      }
    }
    if (value instanceof LocalDateTime
        || value instanceof ZonedDateTime
        || value instanceof Instant) {
      return toLocalDateTime(value).toLocalTime();
    }
    throw notConvertible(value, "TIME");
  }

  /** The wall-clock reading of the value (for zone-less TIMESTAMP columns). */
  static LocalDateTime toLocalDateTime(Object value) throws SQLException {
    if (value instanceof LocalDateTime) {
      return (LocalDateTime) value;
    }
    if (value instanceof ZonedDateTime) {
      return ((ZonedDateTime) value).toLocalDateTime();
    }
    if (value instanceof Instant) {
      return LocalDateTime.ofInstant((Instant) value, ZoneId.systemDefault());
    }
    if (value instanceof LocalDate) {
      return ((LocalDate) value).atStartOfDay();
    }
    if (value instanceof String) {
      TemporalAccessor parsed = parse((String) value, "TIMESTAMP");
      if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
        return LocalDateTime.ofInstant(Instant.from(parsed), ZoneId.systemDefault());
      }
      return localDateTimeOf(parsed);
    }
    throw notConvertible(value, "TIMESTAMP");
  }

  /** The instant the value denotes (for TIMESTAMP WITH TIME ZONE columns). */
  static Instant toInstant(Object value) throws SQLException {
    if (value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof ZonedDateTime) {
      return ((ZonedDateTime) value).toInstant();
    }
    if (value instanceof LocalDateTime) {
      return ((LocalDateTime) value).atZone(ZoneId.systemDefault()).toInstant();
    }
    if (value instanceof LocalDate) {
      return ((LocalDate) value).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
    if (value instanceof String) {
      TemporalAccessor parsed = parse((String) value, "TIMESTAMP WITH TIME ZONE");
      if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
        return Instant.from(parsed);
      }
      return localDateTimeOf(parsed).atZone(ZoneId.systemDefault()).toInstant();
    }
    throw notConvertible(value, "TIMESTAMP WITH TIME ZONE");
  }

  static PeriodDuration toPeriodDuration(Object value) throws SQLException {
    if (value instanceof PeriodDuration) {
      return (PeriodDuration) value;
    }
    if (value instanceof Interval) {
      Interval interval = (Interval) value;
      return new PeriodDuration(
          Period.of(0, interval.getMonths(), interval.getDays()),
          Duration.ofNanos(interval.getNanos()));
    }
    if (value instanceof Period) {
      return new PeriodDuration((Period) value, Duration.ZERO);
    }
    if (value instanceof Duration) {
      return new PeriodDuration(Period.ZERO, (Duration) value);
    }
    throw notConvertible(value, "INTERVAL");
  }

  static List<?> toList(Object value) throws SQLException {
    if (value instanceof List) {
      return (List<?>) value;
    }
    throw notConvertible(value, "ARRAY");
  }

  private static LocalDateTime localDateTimeOf(TemporalAccessor parsed) {
    LocalDate date = LocalDate.from(parsed);
    LocalTime time =
        parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)
            ? LocalTime.from(parsed)
            : LocalTime.MIDNIGHT;
    return date.atTime(time);
  }

  private static TemporalAccessor parse(String text, String target) throws SQLException {
    try {
      return SQL_TIMESTAMP.parse(text.trim());
    } catch (DateTimeException e) {
      throw invalidDateTime(text, target);
    }
  }

  static SQLException invalidDateTime(String text, String target) {
    String shown = text.length() <= 64 ? text : text.substring(0, 61) + "...";
    return SqlState.INVALID_DATETIME_FORMAT.exception(
        "Cannot convert '" + shown + "' to " + target);
  }

  /** 07006: JDBC's setObject table does not allow this value for that type. */
  static SQLException notConvertible(Object value, String target) {
    return SqlState.RESTRICTED_DATA_TYPE_VIOLATION.exception(
        "Cannot convert a value of class " + value.getClass().getName() + " to " + target);
  }
}
