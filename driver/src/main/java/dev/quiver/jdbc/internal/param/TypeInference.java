package dev.quiver.jdbc.internal.param;

import java.util.Collections;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Merges the natural types of the values one inferred parameter takes across the rows of a batch,
 * so every row fits one column: integers widen to the widest integer, integers and floating point
 * meet in double, decimals in a decimal wide enough for both, times and timestamps in the finest
 * unit. Any other mix keeps the first non-null value's type, and later values are converted to it
 * (or refused with the converters' SQLStates).
 */
final class TypeInference {

  private TypeInference() {}

  /** The field that holds values of both {@code first} and {@code next}; named as {@code first}. */
  static Field merge(Field first, Field next) {
    ArrowType a = first.getType();
    ArrowType b = next.getType();
    if (b instanceof ArrowType.Null
        || a.equals(b) && first.getChildren().equals(next.getChildren())) {
      return first;
    }
    if (a instanceof ArrowType.Null) {
      return rename(next, first.getName());
    }
    ArrowType merged = mergeScalar(a, b);
    if (merged != null) {
      return NaturalTypes.field(first.getName(), merged);
    }
    if (a instanceof ArrowType.List && b instanceof ArrowType.List) {
      Field element = merge(first.getChildren().get(0), next.getChildren().get(0));
      return new Field(
          first.getName(),
          FieldType.nullable(ArrowType.List.INSTANCE),
          Collections.singletonList(element));
    }
    return first;
  }

  private static ArrowType mergeScalar(ArrowType a, ArrowType b) {
    if (a instanceof ArrowType.Int && b instanceof ArrowType.Int) {
      ArrowType.Int x = (ArrowType.Int) a;
      ArrowType.Int y = (ArrowType.Int) b;
      if (x.getIsSigned() && y.getIsSigned()) {
        return new ArrowType.Int(Math.max(x.getBitWidth(), y.getBitWidth()), true);
      }
      return null;
    }
    boolean numericA = a instanceof ArrowType.Int || a instanceof ArrowType.FloatingPoint;
    boolean numericB = b instanceof ArrowType.Int || b instanceof ArrowType.FloatingPoint;
    if (numericA && numericB) {
      return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
    }
    if (a instanceof ArrowType.Decimal || b instanceof ArrowType.Decimal) {
      return mergeDecimal(a, b);
    }
    if (a instanceof ArrowType.Timestamp && b instanceof ArrowType.Timestamp) {
      ArrowType.Timestamp x = (ArrowType.Timestamp) a;
      ArrowType.Timestamp y = (ArrowType.Timestamp) b;
      if ((x.getTimezone() == null) == (y.getTimezone() == null)) {
        return new ArrowType.Timestamp(finer(x.getUnit(), y.getUnit()), x.getTimezone());
      }
      return null;
    }
    if (a instanceof ArrowType.Time && b instanceof ArrowType.Time) {
      return new ArrowType.Time(
          finer(((ArrowType.Time) a).getUnit(), ((ArrowType.Time) b).getUnit()), 64);
    }
    return null;
  }

  /** A decimal holding both; integers count as Decimal(19, 0). Floating point does not mix. */
  private static ArrowType mergeDecimal(ArrowType a, ArrowType b) {
    ArrowType.Decimal x = asDecimal(a);
    ArrowType.Decimal y = asDecimal(b);
    if (x == null || y == null) {
      return null;
    }
    int scale = Math.max(x.getScale(), y.getScale());
    int integerDigits = Math.max(x.getPrecision() - x.getScale(), y.getPrecision() - y.getScale());
    int precision = integerDigits + scale;
    if (precision > NaturalTypes.MAX_DECIMAL256_PRECISION) {
      return null; // no Arrow decimal holds both
    }
    int bitWidth = precision <= NaturalTypes.MAX_DECIMAL128_PRECISION ? 128 : 256;
    return new ArrowType.Decimal(precision, scale, bitWidth);
  }

  private static ArrowType.Decimal asDecimal(ArrowType type) {
    if (type instanceof ArrowType.Decimal) {
      return (ArrowType.Decimal) type;
    }
    if (type instanceof ArrowType.Int) {
      return new ArrowType.Decimal(19, 0, 128);
    }
    return null;
  }

  private static TimeUnit finer(TimeUnit a, TimeUnit b) {
    return a.ordinal() >= b.ordinal() ? a : b; // SECOND < MILLISECOND < MICROSECOND < NANOSECOND
  }

  private static Field rename(Field field, String name) {
    return new Field(name, field.getFieldType(), field.getChildren());
  }
}
