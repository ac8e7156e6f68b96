package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.internal.accessor.Conversions;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Timestamp parameters, with and without zone, in the column's own unit. This is where the official
 * driver goes wrong (it writes milliseconds into microsecond columns, ARROW-FACTS addendum B): the
 * count is always computed for the column's unit. A zone-less column gets the wall-clock reading as
 * if it were UTC (Arrow's convention for naive timestamps); a zoned column gets the instant. Digits
 * finer than the unit are truncated toward the past, as DuckDB does; a value whose count does not
 * fit a long fails with 22003.
 */
final class TimestampConverter extends ParameterConverter {

  private final TimeUnit unit;
  private final boolean zoned;

  TimestampConverter(Field field) {
    super(field);
    ArrowType.Timestamp type = (ArrowType.Timestamp) field.getType();
    this.unit = type.getUnit();
    this.zoned = type.getTimezone() != null;
  }

  @Override
  Object convert(Object value) throws SQLException {
    long epochSecond;
    int nano;
    if (zoned) {
      Instant instant = ValueCoercion.toInstant(value);
      epochSecond = instant.getEpochSecond();
      nano = instant.getNano();
    } else {
      LocalDateTime wallClock = ValueCoercion.toLocalDateTime(value);
      epochSecond = wallClock.toEpochSecond(ZoneOffset.UTC);
      nano = wallClock.getNano();
    }
    long nanosPerUnit = nanosPerUnit(unit);
    try {
      return Math.addExact(
          Math.multiplyExact(epochSecond, 1_000_000_000L / nanosPerUnit), nano / nanosPerUnit);
    } catch (ArithmeticException e) {
      throw Conversions.outOfRange(value.toString(), "Timestamp(" + unit + ")");
    }
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    ensureCapacity(vector, row);
    ((TimeStampVector) vector).set(row, (Long) converted);
  }

  static long nanosPerUnit(TimeUnit unit) {
    switch (unit) {
      case SECOND:
        return 1_000_000_000L;
      case MILLISECOND:
        return 1_000_000L;
      case MICROSECOND:
        return 1_000L;
      case NANOSECOND:
      default:
        return 1L;
    }
  }
}
