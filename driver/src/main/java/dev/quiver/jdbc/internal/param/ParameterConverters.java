package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/** Picks the converter for a parameter field by its Arrow type (one per vector family). */
final class ParameterConverters {

  private ParameterConverters() {}

  /** The converter for {@code field}; 0A000 for Arrow types the driver cannot send. */
  static ParameterConverter forField(Field field) throws SQLException {
    ArrowType type = field.getType();
    switch (type.getTypeID()) {
      case Null:
        return new NullConverter(field);
      case Bool:
        return new BooleanConverter(field);
      case Int:
        return new IntegerConverter(field);
      case FloatingPoint:
        return new FloatingPointConverter(field);
      case Decimal:
        return new DecimalConverter(field);
      case Utf8:
      case LargeUtf8:
      case Utf8View:
        return new TextConverter(field);
      case Binary:
      case LargeBinary:
      case BinaryView:
      case FixedSizeBinary:
        return new BinaryConverter(field);
      case Date:
        return new DateConverter(field);
      case Time:
        return new TimeConverter(field);
      case Timestamp:
        return new TimestampConverter(field);
      case Interval:
      case Duration:
        return new IntervalConverter(field);
      case List:
        if (field.getChildren().size() == 1) {
          return new ListConverter(field, forField(field.getChildren().get(0)));
        }
        break;
      default:
        break;
    }
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Parameters of Arrow type "
            + type
            + " are not supported (parameter "
            + field.getName()
            + ")");
  }
}
