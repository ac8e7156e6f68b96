package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * A server parameter of an Arrow type the driver cannot write values of (struct, map, union, ...).
 * Preparing the statement still works and the parameter can be set to NULL; a value fails with
 * 0A000 when it is set.
 */
final class UnsupportedConverter extends ParameterConverter {

  UnsupportedConverter(Field field) {
    super(field);
  }

  @Override
  Object convert(Object value) throws SQLException {
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Values of Arrow type " + field().getType() + " cannot be sent as parameters");
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    throw new IllegalStateException("convert() never returns for " + field().getType());
  }
}
