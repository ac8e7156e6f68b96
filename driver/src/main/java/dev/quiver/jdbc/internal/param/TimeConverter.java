package dev.quiver.jdbc.internal.param;

import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeSecVector;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Time parameters in the column's own unit (s, ms, us, ns). Digits finer than the unit are
 * truncated, as DuckDB itself does when it stores a finer time in a coarser column.
 */
final class TimeConverter extends ParameterConverter {

  private final TimeUnit unit;

  TimeConverter(Field field) {
    super(field);
    this.unit = ((ArrowType.Time) field.getType()).getUnit();
  }

  @Override
  Object convert(Object value) throws SQLException {
    long nanoOfDay = ValueCoercion.toLocalTime(value).toNanoOfDay();
    return nanoOfDay / TimestampConverter.nanosPerUnit(unit);
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    ensureCapacity(vector, row);
    long units = (Long) converted;
    switch (unit) {
      case SECOND:
        ((TimeSecVector) vector).set(row, (int) units);
        break;
      case MILLISECOND:
        ((TimeMilliVector) vector).set(row, (int) units);
        break;
      case MICROSECOND:
        ((TimeMicroVector) vector).set(row, units);
        break;
      case NANOSECOND:
      default:
        ((TimeNanoVector) vector).set(row, units);
        break;
    }
  }
}
