package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.internal.accessor.Conversions;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Period;
import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntervalDayVector;
import org.apache.arrow.vector.IntervalMonthDayNanoVector;
import org.apache.arrow.vector.IntervalYearVector;
import org.apache.arrow.vector.PeriodDuration;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Interval (YEAR_MONTH, DAY_TIME, MONTH_DAY_NANO) and Duration parameters from {@link Period},
 * {@link Duration} or Arrow's {@link PeriodDuration}. A part the column cannot hold (days in a
 * YEAR_MONTH interval, months in a duration) or a count beyond the field's range fails with 22003.
 */
final class IntervalConverter extends ParameterConverter {

  IntervalConverter(Field field) {
    super(field);
  }

  @Override
  Object convert(Object value) throws SQLException {
    PeriodDuration interval = ValueCoercion.toPeriodDuration(value);
    Period period = interval.getPeriod();
    Duration duration = interval.getDuration();
    ArrowType type = field().getType();
    try {
      if (type instanceof ArrowType.Duration) {
        requireZero(period.toTotalMonths() == 0 && period.getDays() == 0, interval, "Duration");
        long nanos = Math.addExact(duration.toNanos(), period.getDays() * 86_400_000_000_000L);
        return new long[] {
          nanos / TimestampConverter.nanosPerUnit(((ArrowType.Duration) type).getUnit())
        };
      }
      switch (((ArrowType.Interval) type).getUnit()) {
        case YEAR_MONTH:
          requireZero(period.getDays() == 0 && duration.isZero(), interval, "Interval(YEAR_MONTH)");
          return new long[] {Math.toIntExact(period.toTotalMonths())};
        case DAY_TIME:
          requireZero(period.toTotalMonths() == 0, interval, "Interval(DAY_TIME)");
          long days = Math.addExact(period.getDays(), duration.toDays());
          long millis = duration.minusDays(duration.toDays()).toMillis();
          return new long[] {Math.toIntExact(days), millis};
        case MONTH_DAY_NANO:
        default:
          return new long[] {
            Math.toIntExact(period.toTotalMonths()), period.getDays(), duration.toNanos()
          };
      }
    } catch (ArithmeticException e) {
      throw Conversions.outOfRange(interval.toString(), type.toString());
    }
  }

  private static void requireZero(boolean zero, PeriodDuration value, String target)
      throws SQLException {
    if (!zero) {
      throw Conversions.outOfRange(value.toString(), target);
    }
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    ensureCapacity(vector, row);
    long[] parts = (long[]) converted;
    if (vector instanceof DurationVector) {
      ((DurationVector) vector).set(row, parts[0]);
    } else if (vector instanceof IntervalYearVector) {
      ((IntervalYearVector) vector).set(row, (int) parts[0]);
    } else if (vector instanceof IntervalDayVector) {
      ((IntervalDayVector) vector).set(row, (int) parts[0], (int) parts[1]);
    } else {
      ((IntervalMonthDayNanoVector) vector).set(row, (int) parts[0], (int) parts[1], parts[2]);
    }
  }
}
