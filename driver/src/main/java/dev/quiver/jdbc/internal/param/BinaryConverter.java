package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Binary, LargeBinary, BinaryView and FixedSizeBinary parameters. A fixed-size column takes values
 * of exactly its width (a UUID is 16 big-endian bytes); another length fails with 22023.
 */
final class BinaryConverter extends ParameterConverter {

  /** The width of a FixedSizeBinary column; -1 for variable-width columns. */
  private final int fixedWidth;

  BinaryConverter(Field field) {
    super(field);
    this.fixedWidth =
        field.getType() instanceof ArrowType.FixedSizeBinary
            ? ((ArrowType.FixedSizeBinary) field.getType()).getByteWidth()
            : -1;
  }

  @Override
  Object convert(Object value) throws SQLException {
    byte[] bytes = ValueCoercion.toBytes(value);
    if (fixedWidth >= 0 && bytes.length != fixedWidth) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          "A FixedSizeBinary("
              + fixedWidth
              + ") parameter needs "
              + fixedWidth
              + " bytes, got "
              + bytes.length);
    }
    return bytes;
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    if (vector instanceof FixedSizeBinaryVector) {
      ((FixedSizeBinaryVector) vector).setSafe(row, (byte[]) converted);
    } else {
      TextConverter.writeBytes(vector, row, (byte[]) converted);
    }
  }
}
