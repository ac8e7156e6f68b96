package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * Timestamp in every unit. Without a zone it is TIMESTAMP, a wall-clock reading shown in the
 * calendar's (or JVM default) zone; with a zone it is TIMESTAMP WITH TIME ZONE, an instant that
 * calendars do not move (see {@link DateTimes}). Nanoseconds are kept ({@code Timestamp.setNanos}).
 */
final class TimestampAccessor extends ColumnAccessor {

  private final TimeStampVector vector;
  // Read once per batch: TimeZone.getDefault() copies the zone, too costly per row.
  private final java.util.TimeZone defaultZone = java.util.TimeZone.getDefault();
  // Reused by getString: the returned String is the only allocation (accessors are per cursor).
  private final StringBuilder text = new StringBuilder(32);
  private final long unitsPerSecond;

  /** The column's zone, or {@code null} for a zone-less timestamp. */
  private final ZoneId zone;

  TimestampAccessor(TimeStampVector vector, ArrowType.Timestamp type, ZoneId zone) {
    super(type.toString());
    this.vector = requireNonNull(vector, "vector is null");
    this.unitsPerSecond = DateTimes.unitsPerSecond(type.getUnit());
    this.zone = zone;
  }

  private long seconds(int row) {
    return DateTimes.seconds(vector.get(row), unitsPerSecond);
  }

  private int nanos(int row) {
    return DateTimes.nanos(vector.get(row), unitsPerSecond);
  }

  /** The wall-clock epoch second: the value itself, or the instant seen in the calendar's zone. */
  private long localSeconds(int row, Calendar calendar) {
    return zone == null
        ? seconds(row)
        : DateTimes.localOfInstant(seconds(row), calendar, defaultZone);
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) throws SQLException {
    return getTimestamp(row, null);
  }

  // Every path goes through java.time or multiplies seconds into milliseconds: a stored value
  // beyond their range (seconds near Long.MAX_VALUE) is reported as 22003, never wrapped.

  @Override
  public Timestamp getTimestamp(int row, Calendar calendar) throws SQLException {
    try {
      if (zone == null) {
        return DateTimes.timestampOfLocal(seconds(row), nanos(row), calendar, defaultZone);
      }
      return DateTimes.timestampOfInstant(seconds(row), nanos(row));
    } catch (DateTimeException | ArithmeticException e) {
      throw DateTimes.outOfRange(e, "Timestamp");
    }
  }

  @Override
  public Date getDate(int row, Calendar calendar) throws SQLException {
    try {
      return DateTimes.dateOfLocal(
          Math.floorDiv(localSeconds(row, calendar), 86_400L), calendar, defaultZone);
    } catch (DateTimeException | ArithmeticException e) {
      throw DateTimes.outOfRange(e, "Date");
    }
  }

  @Override
  public Time getTime(int row, Calendar calendar) throws SQLException {
    try {
      long secondOfDay = Math.floorMod(localSeconds(row, calendar), 86_400L);
      return DateTimes.timeOfLocal(
          secondOfDay * 1_000_000_000L + nanos(row), calendar, defaultZone);
    } catch (DateTimeException | ArithmeticException e) {
      throw DateTimes.outOfRange(e, "Time");
    }
  }

  @Override
  public String getString(int row) throws SQLException {
    try {
      if (zone == null) {
        return DateTimes.formatLocal(text, seconds(row), nanos(row));
      }
      return DateTimes.formatZoned(seconds(row), nanos(row), zone);
    } catch (DateTimeException | ArithmeticException e) {
      throw DateTimes.outOfRange(e, "String");
    }
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    Object value;
    try {
      value = zone == null ? zoneLess(row, type) : zoned(row, type);
    } catch (DateTimeException | ArithmeticException e) {
      throw DateTimes.outOfRange(e, type.getName());
    }
    if (value == null) {
      return super.getObject(row, type);
    }
    return type.cast(value);
  }

  private Object zoneLess(int row, Class<?> type) {
    LocalDateTime local = DateTimes.localDateTime(seconds(row), nanos(row));
    if (type == LocalDateTime.class) {
      return local;
    }
    if (type == java.time.LocalDate.class) {
      return local.toLocalDate();
    }
    if (type == java.time.LocalTime.class) {
      return local.toLocalTime();
    }
    // As for getTimestamp: the wall-clock reading in the JVM default zone.
    if (type == Instant.class) {
      return local.atZone(ZoneId.systemDefault()).toInstant();
    }
    if (type == ZonedDateTime.class) {
      return local.atZone(ZoneId.systemDefault());
    }
    if (type == java.time.OffsetDateTime.class) {
      return local.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
    return null;
  }

  private Object zoned(int row, Class<?> type) {
    Instant instant = Instant.ofEpochSecond(seconds(row), nanos(row));
    if (type == Instant.class) {
      return instant;
    }
    if (type == ZonedDateTime.class) {
      return instant.atZone(zone);
    }
    if (type == java.time.OffsetDateTime.class) {
      return instant.atZone(zone).toOffsetDateTime();
    }
    return null;
  }
}
