package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;

/** A parameter of Arrow's Null type: only SQL NULL can be sent in it. */
final class NullConverter extends ParameterConverter {

  NullConverter(Field field) {
    super(field);
  }

  @Override
  Object convert(Object value) throws SQLException {
    throw SqlState.RESTRICTED_DATA_TYPE_VIOLATION.exception(
        "Parameter " + field().getName() + " has Arrow type Null and takes only SQL NULL");
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    throw new IllegalStateException("a Null parameter has no non-null values");
  }
}
