package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.internal.accessor.Conversions;
import java.math.BigInteger;
import java.sql.SQLException;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Signed and unsigned integer parameters of every width. The value is made an exact integer
 * (fraction discarded, as the driver's {@link Conversions} policy says), then range-checked for the
 * column's width and signedness: 22003 when it does not fit, never a silent wrap.
 */
final class IntegerConverter extends ParameterConverter {

  private final int bitWidth;
  private final boolean signed;

  IntegerConverter(Field field) {
    super(field);
    ArrowType.Int type = (ArrowType.Int) field.getType();
    this.bitWidth = type.getBitWidth();
    this.signed = type.getIsSigned();
  }

  @Override
  Object convert(Object value) throws SQLException {
    // the two's-complement bits of the value; an unsigned 64-bit value above Long.MAX_VALUE
    // keeps its bits in a negative long, which is how UInt8Vector stores it
    return checkRange(value, bitWidth, signed).longValue();
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    ensureCapacity(vector, row);
    ((BaseIntVector) vector).setWithPossibleTruncate(row, (Long) converted);
  }

  /** The value as an integer within the range of the given width and signedness, else 22003. */
  static BigInteger checkRange(Object value, int bitWidth, boolean signed) throws SQLException {
    BigInteger integer = ValueCoercion.toBigInteger(value);
    boolean fits =
        signed
            ? integer.bitLength() <= bitWidth - 1
            : integer.signum() >= 0 && integer.bitLength() <= bitWidth;
    if (!fits) {
      throw Conversions.outOfRange(
          integer.toString(), (signed ? "Int" : "UInt") + "(" + bitWidth + ")");
    }
    return integer;
  }
}
