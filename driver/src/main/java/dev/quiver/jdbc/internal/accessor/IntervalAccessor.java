package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.Interval;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Period;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.IntervalUnit;

/**
 * Interval YearMonth ({@link Period}), DayTime ({@link Duration}) and MonthDayNano ({@link
 * Interval}, the driver's own value class, so users never receive an Arrow class the shaded jar
 * relocates): OTHER. {@code getString} gives ISO-8601. A MonthDayNano value also reads as a {@code
 * Period} when it has no time part and as a {@code Duration} when it has no months (days count as
 * 24 hours); otherwise that request fails with 22003.
 */
final class IntervalAccessor extends ColumnAccessor {

  private final FieldVector vector;
  private final IntervalUnit unit;

  IntervalAccessor(FieldVector vector, IntervalUnit unit, String typeDescription) {
    super(typeDescription);
    this.vector = requireNonNull(vector, "vector is null");
    this.unit = requireNonNull(unit, "unit is null");
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    ArrowBuf data = vector.getDataBuffer();
    switch (unit) {
      case YEAR_MONTH:
        int months = data.getInt((long) row * 4);
        return Period.of(months / 12, months % 12, 0);
      case DAY_TIME:
        long base = (long) row * 8;
        return Duration.ofDays(data.getInt(base)).plusMillis(data.getInt(base + 4));
      case MONTH_DAY_NANO:
      default:
        long start = (long) row * 16;
        return Interval.of(data.getInt(start), data.getInt(start + 4), data.getLong(start + 8));
    }
  }

  @Override
  public String getString(int row) {
    return getObject(row).toString();
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    if (unit == IntervalUnit.MONTH_DAY_NANO && (type == Period.class || type == Duration.class)) {
      Interval value = (Interval) getObject(row);
      if (type == Period.class) {
        if (value.getNanos() != 0) {
          throw Conversions.outOfRange(value.toString(), "Period");
        }
        return type.cast(value.getPeriod());
      }
      if (value.getMonths() != 0) {
        throw Conversions.outOfRange(value.toString(), "Duration");
      }
      return type.cast(Duration.ofDays(value.getDays()).plus(value.getDuration()));
    }
    return super.getObject(row, type);
  }
}
