package dev.quiver.jdbc.internal.param;

import java.sql.SQLException;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;

/** Bool parameters. */
final class BooleanConverter extends ParameterConverter {

  BooleanConverter(Field field) {
    super(field);
  }

  @Override
  Object convert(Object value) throws SQLException {
    return ValueCoercion.toBoolean(value);
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    ensureCapacity(vector, row);
    ((BitVector) vector).set(row, (Boolean) converted ? 1 : 0);
  }
}
