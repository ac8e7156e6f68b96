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
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.arrow.vector.types.TimeUnit;

/**
 * Date and time rules shared by the temporal accessors (JDBC 4.3 section 15.2 and table B-6).
 *
 * <p>A value without a zone (DATE, TIME, TIMESTAMP) is a wall-clock reading: it becomes the {@code
 * java.sql} object that shows the same wall-clock reading in the {@code Calendar}'s zone, or in the
 * JVM default zone when no calendar is given, so it reads the same in every zone. A value with a
 * zone is an instant; calendars do not move it. In a daylight-saving gap a wall time moves forward
 * by the length of the gap, in an overlap it takes the earlier offset (the rules of {@link
 * ZonedDateTime#of}).
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
          .toFormatter()
          // STRICT: "2024-02-30" is an error, not silently February 29
          .withResolverStyle(ResolverStyle.STRICT);

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

  /** A timestamp for an instant (zoned Arrow timestamps); 22003 upstream on overflow. */
  static Timestamp timestampOfInstant(long epochSecond, int nanos) {
    Timestamp timestamp = new Timestamp(Math.multiplyExact(epochSecond, 1000L));
    timestamp.setNanos(nanos);
    return timestamp;
  }

  private static final long MILLIS_PER_DAY = SECONDS_PER_DAY * 1000;

  /**
   * Wall clocks from 1583-01-01 (the first whole Gregorian year) up to 9999-12-31 take the fast
   * path: the same offsets {@code java.util} uses, read without building calendar objects.
   */
  private static final long FAST_FIRST_SECOND =
      LocalDate.of(1583, 1, 1).toEpochDay() * SECONDS_PER_DAY;

  private static final long FAST_END_SECOND =
      LocalDate.of(10000, 1, 1).toEpochDay() * SECONDS_PER_DAY;

  /**
   * The zone a zone-less value is read in, as {@code java.util} sees it: the calendar's, else
   * {@code defaultZone} (the JVM default the accessor captured when its batch was loaded, so that
   * {@code TimeZone.getDefault()}, which copies the zone, is not paid per row), else the JVM
   * default now.
   */
  private static TimeZone timeZoneOf(Calendar calendar, TimeZone defaultZone) {
    if (calendar != null) {
      return calendar.getTimeZone();
    }
    return defaultZone != null ? defaultZone : TimeZone.getDefault();
  }

  /**
   * The UTC millisecond at which {@code zone}'s wall clock shows {@code wallMillis}, chosen as
   * {@code java.util.Date}'s field constructor (and so {@code Timestamp.valueOf}) chooses it: in a
   * gap the offset before the transition (the wall clock moves forward), in an overlap the offset
   * after it. Returns {@link Long#MIN_VALUE} when the zone changes more than once within a day of
   * the wall clock, for the caller to take the exact path.
   */
  private static long utcOfWall(long wallMillis, TimeZone zone) {
    int before = zone.getOffset(wallMillis - MILLIS_PER_DAY);
    int after = zone.getOffset(wallMillis + MILLIS_PER_DAY);
    if (before == after) {
      long utc = wallMillis - before;
      return zone.getOffset(utc) == before ? utc : Long.MIN_VALUE;
    }
    long withAfter = wallMillis - after;
    if (zone.getOffset(withAfter) == after) {
      return withAfter; // after the transition (or the later reading of an overlap)
    }
    long withBefore = wallMillis - before;
    // before the transition, or in a gap (then withBefore lies past the transition)
    return zone.getOffset(withBefore) == before || zone.getOffset(withBefore) == after
        ? withBefore
        : Long.MIN_VALUE;
  }

  private static boolean fastPath(long localEpochSecond) {
    return localEpochSecond >= FAST_FIRST_SECOND && localEpochSecond < FAST_END_SECOND;
  }

  /** Years whose midnight in milliseconds still fits a long, with margin. */
  private static final long MAX_YEAR = 290_000_000L;

  /**
   * The proleptic-Gregorian date of {@code epochDay} packed as {@code year << 9 | month << 5 |
   * day}, computed without allocating (H. Hinnant's civil-from-days algorithm).
   */
  static long civil(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long mp = (5 * dayOfYear + 2) / 153;
    long day = dayOfYear - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year > MAX_YEAR || year < -MAX_YEAR) {
      throw new ArithmeticException("year " + year + " is out of range");
    }
    return (year << 9) | (month << 5) | day;
  }

  private static int year(long civil) {
    return (int) (civil >> 9);
  }

  private static int month(long civil) {
    return (int) ((civil >> 5) & 15);
  }

  private static int day(long civil) {
    return (int) (civil & 31);
  }

  /** A calendar of the JDBC argument's zone; only the zone of the caller's calendar is used. */
  private static Calendar fieldsIn(Calendar calendar, long civil) {
    GregorianCalendar out = new GregorianCalendar(calendar.getTimeZone());
    out.clear();
    int year = year(civil);
    out.set(Calendar.ERA, year <= 0 ? GregorianCalendar.BC : GregorianCalendar.AD);
    out.set(year <= 0 ? 1 - year : year, month(civil) - 1, day(civil));
    return out;
  }

  /**
   * A timestamp whose fields in the calendar's zone (or the JVM default zone) are the wall clock
   * {@code localEpochSecond}. Without a calendar this is exactly {@code
   * Timestamp.valueOf(LocalDateTime)}, the JDK's mapping of a JDBC 4.2 TIMESTAMP, so {@code
   * toLocalDateTime()} and {@code toString()} give the stored wall clock back for every date,
   * including those before 1900 (local mean time) and before 1582 (Julian calendar). In a
   * daylight-saving gap the wall clock moves forward by the gap.
   */
  static Timestamp timestampOfLocal(long localEpochSecond, int nanos, Calendar calendar) {
    return timestampOfLocal(localEpochSecond, nanos, calendar, null);
  }

  /** As above, with the default zone captured by the accessor (see {@code timeZoneOf}). */
  @SuppressWarnings("deprecation") // the field constructor is what Timestamp.valueOf uses
  static Timestamp timestampOfLocal(
      long localEpochSecond, int nanos, Calendar calendar, TimeZone defaultZone) {
    if (fastPath(localEpochSecond)) {
      long utc = utcOfWall(localEpochSecond * 1000, timeZoneOf(calendar, defaultZone));
      if (utc != Long.MIN_VALUE) {
        Timestamp timestamp = new Timestamp(utc);
        timestamp.setNanos(nanos);
        return timestamp;
      }
    }
    long civil = civil(Math.floorDiv(localEpochSecond, SECONDS_PER_DAY));
    int secondOfDay = (int) Math.floorMod(localEpochSecond, SECONDS_PER_DAY);
    int hour = secondOfDay / 3600;
    int minute = secondOfDay / 60 % 60;
    int second = secondOfDay % 60;
    if (calendar == null) {
      return new Timestamp(
          year(civil) - 1900, month(civil) - 1, day(civil), hour, minute, second, nanos);
    }
    Calendar fields = fieldsIn(calendar, civil);
    fields.set(Calendar.HOUR_OF_DAY, hour);
    fields.set(Calendar.MINUTE, minute);
    fields.set(Calendar.SECOND, second);
    Timestamp timestamp = new Timestamp(fields.getTimeInMillis());
    timestamp.setNanos(nanos);
    return timestamp;
  }

  /** A date at midnight of {@code epochDay} in the calendar's zone; else {@code Date.valueOf}. */
  static Date dateOfLocal(long epochDay, Calendar calendar) {
    return dateOfLocal(epochDay, calendar, null);
  }

  /** As above, with the default zone captured by the accessor (see {@code timeZoneOf}). */
  @SuppressWarnings("deprecation") // the field constructor is what Date.valueOf(LocalDate) uses
  static Date dateOfLocal(long epochDay, Calendar calendar, TimeZone defaultZone) {
    if (fastPath(epochDay * SECONDS_PER_DAY)) {
      long utc = utcOfWall(epochDay * MILLIS_PER_DAY, timeZoneOf(calendar, defaultZone));
      if (utc != Long.MIN_VALUE) {
        return new Date(utc);
      }
    }
    long civil = civil(epochDay);
    if (calendar == null) {
      return new Date(year(civil) - 1900, month(civil) - 1, day(civil));
    }
    return new Date(fieldsIn(calendar, civil).getTimeInMillis());
  }

  /** A time on 1970-01-01 in the calendar's (or default) zone, keeping milliseconds. */
  static Time timeOfLocal(long nanoOfDay, Calendar calendar) {
    return timeOfLocal(nanoOfDay, calendar, null);
  }

  /** As above, with the default zone captured by the accessor (see {@code timeZoneOf}). */
  @SuppressWarnings("deprecation") // the field constructor is what Time.valueOf(LocalTime) uses
  static Time timeOfLocal(long nanoOfDay, Calendar calendar, TimeZone defaultZone) {
    int second = (int) (nanoOfDay / NANOS_PER_SECOND);
    int millis = (int) (nanoOfDay % NANOS_PER_SECOND / 1_000_000);
    long utc = utcOfWall(second * 1000L + millis, timeZoneOf(calendar, defaultZone));
    if (utc != Long.MIN_VALUE) {
      return new Time(utc);
    }
    if (calendar == null) {
      Time time = new Time(second / 3600, second / 60 % 60, second % 60);
      time.setTime(time.getTime() + millis);
      return time;
    }
    Calendar fields = fieldsIn(calendar, civil(0));
    fields.set(Calendar.HOUR_OF_DAY, second / 3600);
    fields.set(Calendar.MINUTE, second / 60 % 60);
    fields.set(Calendar.SECOND, second % 60);
    fields.set(Calendar.MILLISECOND, millis);
    return new Time(fields.getTimeInMillis());
  }

  /**
   * The wall-clock epoch second an instant shows in the calendar's (or default) zone, with the same
   * {@code java.util} offsets the wall-clock conversions use, so a zoned value's date and time read
   * back consistently.
   */
  static long localOfInstant(long epochSecond, Calendar calendar) {
    return localOfInstant(epochSecond, calendar, null);
  }

  /** As above, with the default zone captured by the accessor (see {@code timeZoneOf}). */
  static long localOfInstant(long epochSecond, Calendar calendar, TimeZone defaultZone) {
    int offsetMillis =
        timeZoneOf(calendar, defaultZone).getOffset(Math.multiplyExact(epochSecond, 1000L));
    return epochSecond + Math.floorDiv(offsetMillis, 1000);
  }

  static LocalDateTime localDateTime(long localEpochSecond, int nanos) {
    return LocalDateTime.ofEpochSecond(localEpochSecond, nanos, ZoneOffset.UTC);
  }

  /** {@code yyyy-mm-dd hh:mm:ss[.f]}, the fraction without trailing zeros (JDBC escape form). */
  static String formatLocal(long localEpochSecond, int nanos) {
    return formatLocal(new StringBuilder(29), localEpochSecond, nanos);
  }

  /**
   * As above, written into the caller's reusable {@code scratch} builder, so that the String is the
   * only object a getString call allocates.
   */
  static String formatLocal(StringBuilder scratch, long localEpochSecond, int nanos) {
    StringBuilder out = scratch;
    out.setLength(0);
    appendDate(out, Math.floorDiv(localEpochSecond, SECONDS_PER_DAY));
    out.append(' ');
    int secondOfDay = (int) Math.floorMod(localEpochSecond, SECONDS_PER_DAY);
    appendTime(out, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, nanos);
    return out.toString();
  }

  /** {@code yyyy-mm-dd}, as {@code LocalDate.toString} writes it. */
  static String formatDate(long epochDay) {
    return formatDate(new StringBuilder(10), epochDay);
  }

  /** As above, in the caller's reusable {@code scratch} builder. */
  static String formatDate(StringBuilder scratch, long epochDay) {
    scratch.setLength(0);
    appendDate(scratch, epochDay);
    return scratch.toString();
  }

  private static void appendDate(StringBuilder out, long epochDay) {
    long civil = civil(epochDay);
    int year = year(civil);
    if (year < 0 || year > 9999) {
      out.append(LocalDate.ofEpochDay(epochDay)); // signed, expanded years: LocalDate's form
      return;
    }
    if (year < 1000) {
      out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    out.append(year).append('-');
    pad2(out, month(civil)).append('-');
    pad2(out, day(civil));
  }

  /** {@code hh:mm:ss[.f]}, the fraction without trailing zeros. */
  static String formatTime(long nanoOfDay) {
    return formatTime(new StringBuilder(18), nanoOfDay);
  }

  /** As above, in the caller's reusable {@code scratch} builder. */
  static String formatTime(StringBuilder scratch, long nanoOfDay) {
    StringBuilder out = scratch;
    out.setLength(0);
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
      out.append('.');
      // nine digits at most, stopping once the rest is zero (no trailing zeros)
      int rest = nanos;
      for (int unit = 100_000_000; rest != 0; unit /= 10) {
        int digit = rest / unit;
        out.append((char) ('0' + digit));
        rest -= digit * unit;
      }
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

  /** Whether a parsed date-time string carried an offset (then it is an instant). */
  static boolean hasOffset(TemporalAccessor parsed) {
    return parsed.isSupported(ChronoField.OFFSET_SECONDS);
  }

  /** A parsed string as a wall-clock date-time (an instant is shown in {@code zone}). */
  static LocalDateTime localDateTime(TemporalAccessor parsed, ZoneId zone) {
    LocalDate date = LocalDate.from(parsed);
    LocalTime time =
        parsed.isSupported(ChronoField.NANO_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
    if (hasOffset(parsed)) {
      OffsetDateTime instant = OffsetDateTime.of(date, time, ZoneOffset.from(parsed));
      return instant.atZoneSameInstant(zone).toLocalDateTime();
    }
    return LocalDateTime.of(date, time);
  }

  /** A parsed string as an instant; a zone-less string is read in {@code zone}. */
  static Instant instant(TemporalAccessor parsed, ZoneId zone) {
    LocalDate date = LocalDate.from(parsed);
    LocalTime time =
        parsed.isSupported(ChronoField.NANO_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
    if (hasOffset(parsed)) {
      return OffsetDateTime.of(date, time, ZoneOffset.from(parsed)).toInstant();
    }
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  /** The string as a wall-clock date-time (an instant is shown in {@code zone}). */
  static LocalDateTime parseLocalDateTime(String text, ZoneId zone) throws SQLException {
    return localDateTime(parseTimestamp(text), zone);
  }

  /** The string as an instant; a zone-less string is read in {@code zone}. */
  static Instant parseInstant(String text, ZoneId zone) throws SQLException {
    return instant(parseTimestamp(text), zone);
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
   * 22003 for a stored value beyond what {@code java.sql}/{@code java.time} can represent (e.g. a
   * seconds timestamp near {@code Long.MAX_VALUE}), instead of a silent overflow.
   */
  static SQLException outOfRange(RuntimeException cause, String target) {
    return SqlState.NUMERIC_VALUE_OUT_OF_RANGE.exception(
        "The stored value is out of range for " + target, cause);
  }

  static SQLException invalidDateTime(String text, String what) {
    return SqlState.INVALID_DATETIME_FORMAT.exception(
        "Cannot read '"
            + (text.length() > 64 ? text.substring(0, 61) + "..." : text)
            + "' as "
            + what);
  }
}
