package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Calendar;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;

/** Date32 (days) and Date64 (milliseconds): DATE, a wall-clock calendar day. */
final class DateAccessor extends ColumnAccessor {

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private final FieldVector vector;
  // Read once per batch: TimeZone.getDefault() copies the zone, too costly per row.
  private final java.util.TimeZone defaultZone = java.util.TimeZone.getDefault();
  // Reused by getString: the returned String is the only allocation (accessors are per cursor).
  private final StringBuilder text = new StringBuilder(32);

  /**
   * @param vector a {@link DateDayVector} or {@link DateMilliVector}
   */
  DateAccessor(FieldVector vector, String typeDescription) {
    super(typeDescription);
    if (!(vector instanceof DateDayVector) && !(vector instanceof DateMilliVector)) {
      throw new IllegalArgumentException("Not a date vector: " + vector.getField());
    }
    this.vector = requireNonNull(vector, "vector is null");
  }

  private long epochDay(int row) {
    if (vector instanceof DateDayVector) {
      return ((DateDayVector) vector).get(row);
    }
    // Date64 should hold whole days; floor anything else onto its day
    return Math.floorDiv(((DateMilliVector) vector).get(row), MILLIS_PER_DAY);
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    return getDate(row, null);
  }

  @Override
  public Date getDate(int row, Calendar calendar) {
    return DateTimes.dateOfLocal(epochDay(row), calendar, defaultZone);
  }

  @Override
  public Timestamp getTimestamp(int row, Calendar calendar) {
    return DateTimes.timestampOfLocal(epochDay(row) * 86_400L, 0, calendar, defaultZone);
  }

  @Override
  public String getString(int row) {
    return DateTimes.formatDate(text, epochDay(row));
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    if (type == LocalDate.class) {
      return type.cast(LocalDate.ofEpochDay(epochDay(row)));
    }
    if (type == LocalDateTime.class) {
      return type.cast(LocalDate.ofEpochDay(epochDay(row)).atStartOfDay());
    }
    return super.getObject(row, type);
  }
}
