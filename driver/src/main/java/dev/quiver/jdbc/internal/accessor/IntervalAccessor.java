package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Period;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.PeriodDuration;
import org.apache.arrow.vector.types.IntervalUnit;

/**
 * Interval YearMonth ({@link Period}), DayTime ({@link Duration}) and MonthDayNano ({@link
 * PeriodDuration}): OTHER. {@code getString} gives ISO-8601. A MonthDayNano value also reads as
 * a {@code Period} when it has no time part and as a {@code Duration} when it has no months
 * (days count as 24 hours); otherwise that request fails with 22003.
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
        return new PeriodDuration(
            Period.of(0, data.getInt(start), data.getInt(start + 4)),
            Duration.ofNanos(data.getLong(start + 8)));
    }
  }

  @Override
  public String getString(int row) {
    Object value = getObject(row);
    if (value instanceof PeriodDuration) {
      return ((PeriodDuration) value).toISO8601IntervalString();
    }
    return value.toString();
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    if (unit == IntervalUnit.MONTH_DAY_NANO && (type == Period.class || type == Duration.class)) {
      PeriodDuration value = (PeriodDuration) getObject(row);
      if (type == Period.class) {
        if (!value.getDuration().isZero()) {
          throw Conversions.outOfRange(value.toISO8601IntervalString(), "Period");
        }
        return type.cast(value.getPeriod());
      }
      if (value.getPeriod().toTotalMonths() != 0) {
        throw Conversions.outOfRange(value.toISO8601IntervalString(), "Duration");
      }
      return type.cast(Duration.ofDays(value.getPeriod().getDays()).plus(value.getDuration()));
    }
    return super.getObject(row, type);
  }
}
