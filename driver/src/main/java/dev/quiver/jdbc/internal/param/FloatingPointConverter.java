package dev.quiver.jdbc.internal.param;

import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/** Half, single and double precision parameters; 22003 for finite values beyond float. */
final class FloatingPointConverter extends ParameterConverter {

  private final FloatingPointPrecision precision;

  FloatingPointConverter(Field field) {
    super(field);
    this.precision = ((ArrowType.FloatingPoint) field.getType()).getPrecision();
  }

  @Override
  Object convert(Object value) throws SQLException {
    if (precision == FloatingPointPrecision.DOUBLE) {
      return ValueCoercion.toDouble(value);
    }
    return ValueCoercion.toFloat(value);
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    ensureCapacity(vector, row);
    switch (precision) {
      case HALF:
        ((Float2Vector) vector).setWithPossibleTruncate(row, (Float) converted);
        break;
      case SINGLE:
        ((Float4Vector) vector).set(row, (Float) converted);
        break;
      case DOUBLE:
      default:
        ((Float8Vector) vector).set(row, (Double) converted);
        break;
    }
  }
}
