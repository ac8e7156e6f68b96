package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Calendar;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeSecVector;

/**
 * Time32 (s, ms) and Time64 (us, ns): TIME, a wall-clock time of day. {@code java.sql.Time} keeps
 * milliseconds; {@code getObject(i, LocalTime.class)} and {@code getString} keep the nanoseconds.
 */
final class TimeAccessor extends ColumnAccessor {

  private final FieldVector vector;
  // Read once per batch: TimeZone.getDefault() copies the zone, too costly per row.
  private final java.util.TimeZone defaultZone = java.util.TimeZone.getDefault();
  // Reused by getString: the returned String is the only allocation (accessors are per cursor).
  private final StringBuilder text = new StringBuilder(32);

  TimeAccessor(FieldVector vector, String typeDescription) {
    super(typeDescription);
    this.vector = requireNonNull(vector, "vector is null");
    if (!(vector instanceof TimeSecVector
        || vector instanceof TimeMilliVector
        || vector instanceof TimeMicroVector
        || vector instanceof TimeNanoVector)) {
      throw new IllegalArgumentException("Not a time vector: " + vector.getField());
    }
  }

  private long nanoOfDay(int row) {
    if (vector instanceof TimeMicroVector) {
      return ((TimeMicroVector) vector).get(row) * 1_000L;
    }
    if (vector instanceof TimeNanoVector) {
      return ((TimeNanoVector) vector).get(row);
    }
    if (vector instanceof TimeMilliVector) {
      return ((TimeMilliVector) vector).get(row) * 1_000_000L;
    }
    return ((TimeSecVector) vector).get(row) * 1_000_000_000L;
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    return getTime(row, null);
  }

  @Override
  public Time getTime(int row, Calendar calendar) {
    return DateTimes.timeOfLocal(nanoOfDay(row), calendar, defaultZone);
  }

  @Override
  public Timestamp getTimestamp(int row, Calendar calendar) {
    // B-6 allows getTimestamp on TIME: the time on 1970-01-01
    long nanoOfDay = nanoOfDay(row);
    return DateTimes.timestampOfLocal(
        nanoOfDay / 1_000_000_000L, (int) (nanoOfDay % 1_000_000_000L), calendar, defaultZone);
  }

  @Override
  public String getString(int row) {
    return DateTimes.formatTime(text, nanoOfDay(row));
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    if (type == LocalTime.class) {
      try {
        return type.cast(LocalTime.ofNanoOfDay(nanoOfDay(row)));
      } catch (DateTimeException e) {
        // a stored time outside 00:00..24:00
        throw DateTimes.outOfRange(e, "LocalTime");
      }
    }
    return super.getObject(row, type);
  }
}
