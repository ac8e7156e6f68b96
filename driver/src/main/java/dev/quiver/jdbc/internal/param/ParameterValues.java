package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.Interval;
import dev.quiver.jdbc.internal.error.SqlState;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.arrow.vector.PeriodDuration;

/**
 * Turns the arguments of the JDBC setters into canonical parameter values: one Java class per kind
 * of value, so the converters ({@link ParameterConverter}) have a short list of inputs. Canonical
 * classes: Boolean, Byte, Short, Integer, Long, Float, Double, BigDecimal, BigInteger, String,
 * byte[], UUID, LocalDate, LocalTime, LocalDateTime, ZonedDateTime (a {@code java.sql.Timestamp}
 * and the zone its wall clock is read in), Instant, PeriodDuration/Period/Duration, and List (of
 * canonical values).
 */
public final class ParameterValues {

  private ParameterValues() {}

  /** The canonical form of a {@code setObject} argument; 07006 for classes JDBC cannot bind. */
  public static Object canonical(Object value) throws SQLException {
    if (value == null
        || value instanceof Boolean
        || value instanceof Byte
        || value instanceof Short
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Float
        || value instanceof Double
        || value instanceof BigInteger
        || value instanceof String
        || value instanceof UUID
        || value instanceof LocalDate
        || value instanceof LocalTime
        || value instanceof LocalDateTime
        || value instanceof Instant
        || value instanceof Duration
        || value instanceof Period
        || value instanceof PeriodDuration
        || value instanceof Interval) {
      return value;
    }
    if (value instanceof BigDecimal) {
      BigDecimal decimal = (BigDecimal) value;
      // a negative scale (1E+3) is an integer; Arrow decimals have scale >= 0
      return decimal.scale() < 0 ? decimal.setScale(0, RoundingMode.UNNECESSARY) : decimal;
    }
    if (value instanceof byte[]) {
      return ((byte[]) value).clone(); // the caller may reuse its array before execution
    }
    if (value instanceof Character) {
      return value.toString();
    }
    if (value instanceof java.sql.Date) {
      return ((java.sql.Date) value).toLocalDate();
    }
    if (value instanceof Time) {
      return timeOf((Time) value, null);
    }
    if (value instanceof Timestamp) {
      return timestampOf((Timestamp) value, null);
    }
    if (value instanceof java.util.Date) {
      // JDBC maps java.util.Date to TIMESTAMP
      return timestampOf(new Timestamp(((java.util.Date) value).getTime()), null);
    }
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).toInstant();
    }
    if (value instanceof ZonedDateTime) {
      return ((ZonedDateTime) value).toInstant();
    }
    if (value instanceof java.sql.Array) {
      return listOf(((java.sql.Array) value).getArray());
    }
    if (value instanceof Collection) {
      return listOf(((Collection<?>) value).toArray());
    }
    if (value.getClass().isArray()) {
      return listOf(value);
    }
    if (value instanceof Blob) {
      Blob blob = (Blob) value;
      return readBytes(blob.getBinaryStream(), -1);
    }
    if (value instanceof Clob) {
      Clob clob = (Clob) value;
      return readChars(clob.getCharacterStream(), -1);
    }
    throw SqlState.RESTRICTED_DATA_TYPE_VIOLATION.exception(
        "Cannot bind a parameter value of class " + value.getClass().getName());
  }

  /** A {@code java.sql.Date}'s day, read in the calendar's zone (JVM default when null). */
  public static LocalDate dateOf(java.sql.Date date, Calendar calendar) {
    if (calendar == null) {
      return date.toLocalDate();
    }
    return Instant.ofEpochMilli(date.getTime()).atZone(zoneOf(calendar)).toLocalDate();
  }

  /** A {@code java.sql.Time}'s time of day (milliseconds kept), read in the calendar's zone. */
  public static LocalTime timeOf(Time time, Calendar calendar) {
    return Instant.ofEpochMilli(time.getTime()).atZone(zoneOf(calendar)).toLocalTime();
  }

  /** A {@code java.sql.Timestamp} (nanoseconds kept) with the zone its wall clock is read in. */
  public static ZonedDateTime timestampOf(Timestamp timestamp, Calendar calendar) {
    return timestamp.toInstant().atZone(zoneOf(calendar));
  }

  /** The elements of a Java array (primitive or not) as canonical values. */
  static List<Object> listOf(Object array) throws SQLException {
    int length = Array.getLength(array);
    List<Object> elements = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      elements.add(canonical(Array.get(array, i)));
    }
    return Collections.unmodifiableList(elements);
  }

  /**
   * Reads a stream to its end, or {@code length} bytes when {@code length >= 0}; 22023 when the
   * stream ends before {@code length} bytes.
   */
  public static byte[] readBytes(InputStream in, long length) throws SQLException {
    if (length > Integer.MAX_VALUE - 8) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("Stream length too large: " + length);
    }
    try {
      if (length < 0) {
        return in.readAllBytes();
      }
      byte[] bytes = in.readNBytes((int) length);
      if (bytes.length < length) {
        throw shortStream(bytes.length, length);
      }
      return bytes;
    } catch (IOException e) {
      throw SqlState.GENERAL_ERROR.exception("Cannot read the parameter stream", e);
    }
  }

  /** Reads an ASCII stream as a string (JDBC setAsciiStream). */
  public static String readAscii(InputStream in, long length) throws SQLException {
    return new String(readBytes(in, length), StandardCharsets.US_ASCII);
  }

  /** Reads a character stream to its end, or {@code length} characters when {@code length >= 0}. */
  public static String readChars(Reader reader, long length) throws SQLException {
    if (length > Integer.MAX_VALUE - 8) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("Reader length too large: " + length);
    }
    StringBuilder out = new StringBuilder(length < 0 ? 256 : (int) length);
    char[] buffer = new char[8192];
    try {
      while (length < 0 || out.length() < length) {
        int want =
            length < 0 ? buffer.length : (int) Math.min(buffer.length, length - out.length());
        int read = reader.read(buffer, 0, want);
        if (read < 0) {
          break;
        }
        out.append(buffer, 0, read);
      }
    } catch (IOException e) {
      throw SqlState.GENERAL_ERROR.exception("Cannot read the parameter reader", e);
    }
    if (length >= 0 && out.length() < length) {
      throw shortStream(out.length(), length);
    }
    return out.toString();
  }

  private static SQLException shortStream(long read, long length) {
    return SqlState.INVALID_PARAMETER_VALUE.exception(
        "The stream ended after " + read + " of the " + length + " declared units");
  }

  private static ZoneId zoneOf(Calendar calendar) {
    return calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
  }
}
