package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.internal.accessor.Conversions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Decimal128 and Decimal256 parameters. Arrow stores unscaled values at the column's scale, so the
 * value is rescaled exactly ({@link RoundingMode#UNNECESSARY}): a value that would have to be
 * rounded, or that has more digits than the column's precision, fails with 22003 rather than
 * travelling as a different number.
 */
final class DecimalConverter extends ParameterConverter {

  private final int precision;
  private final int scale;

  DecimalConverter(Field field) {
    super(field);
    ArrowType.Decimal type = (ArrowType.Decimal) field.getType();
    this.precision = type.getPrecision();
    this.scale = type.getScale();
  }

  @Override
  Object convert(Object value) throws SQLException {
    return rescale(ValueCoercion.toBigDecimal(value), scale, precision);
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    ensureCapacity(vector, row);
    if (vector instanceof DecimalVector) {
      ((DecimalVector) vector).set(row, (BigDecimal) converted);
    } else {
      ((Decimal256Vector) vector).set(row, (BigDecimal) converted);
    }
  }

  /** {@code value} at exactly {@code scale}, with at most {@code precision} digits; else 22003. */
  static BigDecimal rescale(BigDecimal value, int scale, int precision) throws SQLException {
    BigDecimal rescaled;
    try {
      rescaled = value.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw Conversions.outOfRange(
          value.toPlainString(), "DECIMAL with scale " + scale + " (it would be rounded)");
    }
    if (rescaled.precision() > precision) {
      throw Conversions.outOfRange(
          value.toPlainString(), "DECIMAL(" + precision + ", " + scale + ")");
    }
    return rescaled;
  }
}
