package dev.quiver.jdbc.internal.accessor;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import org.apache.arrow.vector.types.TimeUnit;

/**
 * Date and time rules shared by the temporal accessors (JDBC 4.3 section 15.2 and table B-6).
 *
 * <p>A value without a zone (DATE, TIME, TIMESTAMP) is a wall-clock reading: it becomes the
 * {@code java.sql} object that shows the same wall-clock reading in the {@code Calendar}'s zone,
 * or in the JVM default zone when no calendar is given, so it reads the same in every zone. A
 * value with a zone is an instant; calendars do not move it. In a daylight-saving gap a wall time
 * moves forward by the length of the gap, in an overlap it takes the earlier offset (the rules of
 * {@link ZonedDateTime#of}).
 */
public final class DateTimes {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long SECONDS_PER_DAY = 86_400L;

  /** {@code yyyy-mm-dd[( |T)hh:mm[:ss[.fffffffff]]][offset]}. */
  private static final DateTimeFormatter LENIENT_TIMESTAMP =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral(' ')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:mm", "Z")
          .optionalEnd()
          .optionalEnd()
          .toFormatter();

  private DateTimes() {}

  /** The number of {@code unit}s in one second. */
  static long unitsPerSecond(TimeUnit unit) {
    switch (unit) {
      case SECOND:
        return 1;
      case MILLISECOND:
        return 1_000;
      case MICROSECOND:
        return 1_000_000;
      case NANOSECOND:
      default:
        return NANOS_PER_SECOND;
    }
  }

  /** Whole seconds of a value counted in {@code unit}s (floor, so negatives work). */
  static long seconds(long value, long unitsPerSecond) {
    return Math.floorDiv(value, unitsPerSecond);
  }

  /** The nanosecond of the second of a value counted in {@code unit}s. */
  static int nanos(long value, long unitsPerSecond) {
    return (int) (Math.floorMod(value, unitsPerSecond) * (NANOS_PER_SECOND / unitsPerSecond));
  }

  /** The zone a zone-less value is read in: the calendar's, else the JVM default. */
  static ZoneId zoneOf(Calendar calendar) {
    return calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
  }

  /** The epoch second at which the wall clock in {@code zone} shows {@code localEpochSecond}. */
  static long instantOfLocal(long localEpochSecond, ZoneId zone) {
    if (zone instanceof ZoneOffset) {
      return localEpochSecond - ((ZoneOffset) zone).getTotalSeconds();
    }
    LocalDateTime local = LocalDateTime.ofEpochSecond(localEpochSecond, 0, ZoneOffset.UTC);
    return ZonedDateTime.of(local, zone).toEpochSecond();
  }

  /** A timestamp for an instant (zoned Arrow timestamps). */
  static Timestamp timestampOfInstant(long epochSecond, int nanos) {
    Timestamp timestamp = new Timestamp(Math.multiplyExact(epochSecond, 1000L));
    timestamp.setNanos(nanos);
    return timestamp;
  }

  /** A timestamp showing a wall-clock reading in the calendar's (or default) zone. */
  static Timestamp timestampOfLocal(long localEpochSecond, int nanos, Calendar calendar) {
    return timestampOfInstant(instantOfLocal(localEpochSecond, zoneOf(calendar)), nanos);
  }

  /** A date at midnight of {@code epochDay} in the calendar's (or default) zone. */
  static Date dateOfLocal(long epochDay, Calendar calendar) {
    return new Date(instantOfLocal(epochDay * SECONDS_PER_DAY, zoneOf(calendar)) * 1000);
  }

  /** A time on 1970-01-01 in the calendar's (or default) zone; millisecond precision. */
  static Time timeOfLocal(long nanoOfDay, Calendar calendar) {
    long second = nanoOfDay / NANOS_PER_SECOND;
    long millis = (nanoOfDay % NANOS_PER_SECOND) / 1_000_000;
    return new Time(instantOfLocal(second, zoneOf(calendar)) * 1000 + millis);
  }

  /** The wall-clock epoch second an instant shows in the calendar's (or default) zone. */
  static long localOfInstant(long epochSecond, Calendar calendar) {
    ZoneId zone = zoneOf(calendar);
    if (zone instanceof ZoneOffset) {
      return epochSecond + ((ZoneOffset) zone).getTotalSeconds();
    }
    return epochSecond
        + zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
  }

  static LocalDateTime localDateTime(long localEpochSecond, int nanos) {
    return LocalDateTime.ofEpochSecond(localEpochSecond, nanos, ZoneOffset.UTC);
  }

  /** {@code yyyy-mm-dd hh:mm:ss[.f]}, the fraction without trailing zeros (JDBC escape form). */
  static String formatLocal(long localEpochSecond, int nanos) {
    StringBuilder out = new StringBuilder(29);
    LocalDateTime value = localDateTime(localEpochSecond, 0);
    out.append(value.toLocalDate()).append(' ');
    appendTime(out, value.getHour(), value.getMinute(), value.getSecond(), nanos);
    return out.toString();
  }

  /** {@code hh:mm:ss[.f]}, the fraction without trailing zeros. */
  static String formatTime(long nanoOfDay) {
    StringBuilder out = new StringBuilder(18);
    long second = nanoOfDay / NANOS_PER_SECOND;
    appendTime(
        out,
        (int) (second / 3600),
        (int) (second / 60 % 60),
        (int) (second % 60),
        (int) (nanoOfDay % NANOS_PER_SECOND));
    return out.toString();
  }

  private static void appendTime(StringBuilder out, int hour, int minute, int second, int nanos) {
    pad2(out, hour).append(':');
    pad2(out, minute).append(':');
    pad2(out, second);
    if (nanos != 0) {
      String digits = Integer.toString(nanos + 1_000_000_000).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      out.append('.').append(digits, 0, end);
    }
  }

  private static StringBuilder pad2(StringBuilder out, int value) {
    if (value < 10) {
      out.append('0');
    }
    return out.append(value);
  }

  /** {@code yyyy-mm-dd hh:mm:ss[.f]+hh:mm}: an instant shown in the column's zone. */
  static String formatZoned(long epochSecond, int nanos, ZoneId zone) {
    ZoneOffset offset = zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond));
    String local = formatLocal(epochSecond + offset.getTotalSeconds(), nanos);
    String id = offset.getId();
    return local + ("Z".equals(id) ? "+00:00" : id);
  }

  /** A parsed date-time string: either a wall-clock reading or an instant. */
  static TemporalAccessor parseTimestamp(String text) throws SQLException {
    String v = text.trim();
    if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == 't')) {
      v = v.substring(0, 10) + ' ' + v.substring(11);
    }
    try {
      return LENIENT_TIMESTAMP.parse(v);
    } catch (DateTimeParseException e) {
      throw invalidDateTime(text, "a timestamp");
    }
  }

  /** The string as a wall-clock date-time (an instant is shown in {@code zone}). */
  static LocalDateTime parseLocalDateTime(String text, ZoneId zone) throws SQLException {
    TemporalAccessor parsed = parseTimestamp(text);
    LocalDate date = LocalDate.from(parsed);
    LocalTime time =
        parsed.isSupported(ChronoField.NANO_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
    if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      OffsetDateTime instant = OffsetDateTime.of(date, time, ZoneOffset.from(parsed));
      return instant.atZoneSameInstant(zone).toLocalDateTime();
    }
    return LocalDateTime.of(date, time);
  }

  /** The string as an instant; a zone-less string is read in {@code zone}. */
  static Instant parseInstant(String text, ZoneId zone) throws SQLException {
    TemporalAccessor parsed = parseTimestamp(text);
    LocalDate date = LocalDate.from(parsed);
    LocalTime time =
        parsed.isSupported(ChronoField.NANO_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
    if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      return OffsetDateTime.of(date, time, ZoneOffset.from(parsed)).toInstant();
    }
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  /** The string as a time of day: {@code hh:mm[:ss[.f]]}, or the time part of a timestamp. */
  static LocalTime parseTime(String text) throws SQLException {
    String v = text.trim();
    try {
      return LocalTime.parse(v, DateTimeFormatter.ISO_LOCAL_TIME);
    } catch (DateTimeParseException e) {
      try {
        return parseLocalDateTime(v, ZoneOffset.UTC).toLocalTime();
      } catch (SQLException notTimestamp) {
        throw invalidDateTime(text, "a time");
      }
    }
  }

  /** A zone named by an Arrow timestamp type ("UTC", "Etc/UTC", "+05:30", "Asia/Kolkata"). */
  static ZoneId zoneOfColumn(String timezone) throws SQLException {
    try {
      return ZoneId.of(timezone);
    } catch (DateTimeException e) {
      throw SqlState.INVALID_DATETIME_FORMAT.exception(
          "Unknown time zone '" + timezone + "' in an Arrow timestamp type", e);
    }
  }

  /**
   * 22003 for a stored value beyond what {@code java.sql}/{@code java.time} can represent
   * (e.g. a seconds timestamp near {@code Long.MAX_VALUE}), instead of a silent overflow.
   */
  static SQLException outOfRange(RuntimeException cause, String target) {
    return SqlState.NUMERIC_VALUE_OUT_OF_RANGE.exception(
        "The stored value is out of range for " + target, cause);
  }

  static SQLException invalidDateTime(String text, String what) {
    return SqlState.INVALID_DATETIME_FORMAT.exception(
        "Cannot read '" + (text.length() > 64 ? text.substring(0, 61) + "..." : text) + "' as "
            + what);
  }
}
