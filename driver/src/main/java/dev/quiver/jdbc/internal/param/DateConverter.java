package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.internal.accessor.Conversions;
import java.sql.SQLException;
import java.time.LocalDate;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/** Date(DAY) and Date(MILLISECOND) parameters: the value's calendar day, as epoch units. */
final class DateConverter extends ParameterConverter {

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private final DateUnit unit;

  DateConverter(Field field) {
    super(field);
    this.unit = ((ArrowType.Date) field.getType()).getUnit();
  }

  @Override
  Object convert(Object value) throws SQLException {
    LocalDate date = ValueCoercion.toLocalDate(value);
    long epochDay = date.toEpochDay();
    if (unit == DateUnit.DAY) {
      if (epochDay < Integer.MIN_VALUE || epochDay > Integer.MAX_VALUE) {
        throw Conversions.outOfRange(date.toString(), "Date(DAY)");
      }
      return epochDay;
    }
    return epochDay * MILLIS_PER_DAY; // LocalDate's range times a day fits in a long
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    ensureCapacity(vector, row);
    long epoch = (Long) converted;
    if (vector instanceof DateDayVector) {
      ((DateDayVector) vector).set(row, (int) epoch);
    } else {
      ((DateMilliVector) vector).set(row, epoch);
    }
  }
}
