package dev.quiver.jdbc.internal.param;

import java.sql.SQLException;
import org.apache.arrow.vector.BaseLargeVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthViewVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;

/** Utf8, LargeUtf8 and Utf8View parameters: the value's SQL spelling, UTF-8 encoded. */
final class TextConverter extends ParameterConverter {

  TextConverter(Field field) {
    super(field);
  }

  @Override
  Object convert(Object value) throws SQLException {
    return ValueCoercion.toUtf8(value);
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    writeBytes(vector, row, (byte[]) converted);
  }

  /** Writes bytes into any of Arrow's variable-width vector layouts. */
  static void writeBytes(FieldVector vector, int row, byte[] bytes) {
    if (vector instanceof BaseVariableWidthVector) {
      ((BaseVariableWidthVector) vector).setSafe(row, bytes);
    } else if (vector instanceof BaseLargeVariableWidthVector) {
      ((BaseLargeVariableWidthVector) vector).setSafe(row, bytes);
    } else {
      ((BaseVariableWidthViewVector) vector).setSafe(row, bytes);
    }
  }
}
