package dev.quiver.jdbc.internal.param;

import dev.quiver.jdbc.Interval;
import dev.quiver.jdbc.internal.error.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.arrow.vector.PeriodDuration;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.IntervalUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * The Arrow type a parameter gets when the server does not say (no parameter schema, or a field of
 * Arrow's Null type): the natural type of the Java value (ARROW-FACTS §2, "Natural JDBC setXxx /
 * setObject -> Arrow vector mapping"), or of the {@code java.sql.Types} code given to {@code
 * setNull} and {@code setObject}.
 */
public final class NaturalTypes {

  /** Arrow's widest 128-bit decimal precision. */
  static final int MAX_DECIMAL128_PRECISION = 38;

  static final int MAX_DECIMAL256_PRECISION = 76;

  static final String LIST_ELEMENT_NAME = "$data$";

  private NaturalTypes() {}

  /** The natural field of a canonical value; a nullable field of the Null type for null. */
  public static Field of(String name, Object value) {
    if (value instanceof List) {
      return listField(name, (List<?>) value);
    }
    return new Field(name, FieldType.nullable(typeOf(value)), null);
  }

  /** A nullable field of the given type. */
  static Field field(String name, ArrowType type) {
    return new Field(name, FieldType.nullable(type), null);
  }

  private static Field listField(String name, List<?> elements) {
    Field element = field(LIST_ELEMENT_NAME, ArrowType.Null.INSTANCE);
    for (Object item : elements) {
      if (item != null) {
        element = of(LIST_ELEMENT_NAME, item);
        break;
      }
    }
    return new Field(
        name, FieldType.nullable(ArrowType.List.INSTANCE), Collections.singletonList(element));
  }

  private static ArrowType typeOf(Object value) {
    if (value == null) {
      return ArrowType.Null.INSTANCE;
    }
    if (value instanceof Boolean) {
      return ArrowType.Bool.INSTANCE;
    }
    if (value instanceof Byte) {
      return new ArrowType.Int(8, true);
    }
    if (value instanceof Short) {
      return new ArrowType.Int(16, true);
    }
    if (value instanceof Integer) {
      return new ArrowType.Int(32, true);
    }
    if (value instanceof Long) {
      return new ArrowType.Int(64, true);
    }
    if (value instanceof Float) {
      return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
    }
    if (value instanceof Double) {
      return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
    }
    if (value instanceof BigDecimal) {
      BigDecimal decimal = (BigDecimal) value;
      if (decimal.scale() < 0) {
        decimal = decimal.setScale(0); // 1E+5: an integer; Arrow decimals have no negative scale
      }
      int precision = Math.max(decimal.precision(), decimal.scale());
      if (precision > MAX_DECIMAL256_PRECISION) {
        // More digits than any Arrow decimal holds: sent as text, like a huge BigInteger.
        return ArrowType.Utf8.INSTANCE;
      }
      int bitWidth = precision <= MAX_DECIMAL128_PRECISION ? 128 : 256;
      return new ArrowType.Decimal(Math.max(precision, 1), decimal.scale(), bitWidth);
    }
    if (value instanceof BigInteger) {
      BigInteger integer = (BigInteger) value;
      if (integer.abs().toString().length() <= MAX_DECIMAL128_PRECISION) {
        return new ArrowType.Decimal(MAX_DECIMAL128_PRECISION, 0, 128);
      }
      return ArrowType.Utf8.INSTANCE;
    }
    if (value instanceof String || value instanceof UUID) {
      // DuckDB, like many servers, exchanges UUIDs as text (ARROW-FACTS §6)
      return ArrowType.Utf8.INSTANCE;
    }
    if (value instanceof byte[]) {
      return ArrowType.Binary.INSTANCE;
    }
    if (value instanceof LocalDate) {
      return new ArrowType.Date(DateUnit.DAY);
    }
    if (value instanceof LocalTime) {
      return new ArrowType.Time(unitFor(((LocalTime) value).getNano()), 64);
    }
    if (value instanceof LocalDateTime) {
      return new ArrowType.Timestamp(unitFor(((LocalDateTime) value).getNano()), null);
    }
    if (value instanceof ZonedDateTime) {
      return new ArrowType.Timestamp(unitFor(((ZonedDateTime) value).getNano()), null);
    }
    if (value instanceof Instant) {
      return new ArrowType.Timestamp(unitFor(((Instant) value).getNano()), "UTC");
    }
    if (value instanceof Duration
        || value instanceof Period
        || value instanceof PeriodDuration
        || value instanceof Interval) {
      return new ArrowType.Interval(IntervalUnit.MONTH_DAY_NANO);
    }
    // canonical() admits no other class
    throw new IllegalArgumentException("Not a canonical parameter value: " + value.getClass());
  }

  /** Microseconds unless the value has digits below the microsecond, then nanoseconds. */
  private static TimeUnit unitFor(int nanoOfSecond) {
    return nanoOfSecond % 1000 == 0 ? TimeUnit.MICROSECOND : TimeUnit.NANOSECOND;
  }

  /**
   * The natural field of a {@code java.sql.Types} code, for {@code setNull(i, sqlType)} and {@code
   * setObject(i, x, sqlType)}; the Null type for NULL, OTHER, JAVA_OBJECT and ARRAY (no element
   * type known); 0A000 for codes the driver cannot send.
   */
  public static Field ofSqlType(String name, int sqlType, int scale) throws SQLException {
    return field(name, typeOfSqlType(sqlType, scale));
  }

  private static ArrowType typeOfSqlType(int sqlType, int scale) throws SQLException {
    switch (sqlType) {
      case Types.BIT:
      case Types.BOOLEAN:
        return ArrowType.Bool.INSTANCE;
      case Types.TINYINT:
        return new ArrowType.Int(8, true);
      case Types.SMALLINT:
        return new ArrowType.Int(16, true);
      case Types.INTEGER:
        return new ArrowType.Int(32, true);
      case Types.BIGINT:
        return new ArrowType.Int(64, true);
      case Types.REAL:
        return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
      case Types.FLOAT:
      case Types.DOUBLE:
        return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case Types.DECIMAL:
      case Types.NUMERIC:
        return new ArrowType.Decimal(MAX_DECIMAL128_PRECISION, Math.max(scale, 0), 128);
      case Types.CHAR:
      case Types.VARCHAR:
      case Types.LONGVARCHAR:
      case Types.NCHAR:
      case Types.NVARCHAR:
      case Types.LONGNVARCHAR:
      case Types.CLOB:
      case Types.NCLOB:
        return ArrowType.Utf8.INSTANCE;
      case Types.BINARY:
      case Types.VARBINARY:
      case Types.LONGVARBINARY:
      case Types.BLOB:
        return ArrowType.Binary.INSTANCE;
      case Types.DATE:
        return new ArrowType.Date(DateUnit.DAY);
      case Types.TIME:
        return new ArrowType.Time(TimeUnit.MICROSECOND, 64);
      case Types.TIMESTAMP:
        return new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
      case Types.TIMESTAMP_WITH_TIMEZONE:
        return new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC");
      case Types.NULL:
      case Types.OTHER:
      case Types.JAVA_OBJECT:
      case Types.ARRAY:
        return ArrowType.Null.INSTANCE;
      default:
        throw SqlState.FEATURE_NOT_SUPPORTED.exception(
            "Parameters of java.sql.Types code " + sqlType + " are not supported");
    }
  }

  /**
   * {@code setObject(i, x, targetSqlType, scaleOrLength)}: the canonical value converted to the
   * Java class of the target type, so it travels as that type. For DECIMAL and NUMERIC the value is
   * brought to {@code scale} exactly (22003 when that would round).
   */
  public static Object coerce(Object value, int sqlType, int scale) throws SQLException {
    if (value == null) {
      return null;
    }
    switch (sqlType) {
      case Types.BIT:
      case Types.BOOLEAN:
        return ValueCoercion.toBoolean(value);
      case Types.TINYINT:
        return (byte) IntegerConverter.checkRange(value, 8, true).longValue();
      case Types.SMALLINT:
        return (short) IntegerConverter.checkRange(value, 16, true).longValue();
      case Types.INTEGER:
        return (int) IntegerConverter.checkRange(value, 32, true).longValue();
      case Types.BIGINT:
        return IntegerConverter.checkRange(value, 64, true).longValue();
      case Types.REAL:
        return ValueCoercion.toFloat(value);
      case Types.FLOAT:
      case Types.DOUBLE:
        return ValueCoercion.toDouble(value);
      case Types.DECIMAL:
      case Types.NUMERIC:
        return DecimalConverter.rescale(
            ValueCoercion.toBigDecimal(value), Math.max(scale, 0), Integer.MAX_VALUE);
      case Types.CHAR:
      case Types.VARCHAR:
      case Types.LONGVARCHAR:
      case Types.NCHAR:
      case Types.NVARCHAR:
      case Types.LONGNVARCHAR:
      case Types.CLOB:
      case Types.NCLOB:
        return ValueCoercion.toText(value);
      case Types.BINARY:
      case Types.VARBINARY:
      case Types.LONGVARBINARY:
      case Types.BLOB:
        return ValueCoercion.toBytes(value);
      case Types.DATE:
        return ValueCoercion.toLocalDate(value);
      case Types.TIME:
        return ValueCoercion.toLocalTime(value);
      case Types.TIMESTAMP:
        return value instanceof ZonedDateTime ? value : ValueCoercion.toLocalDateTime(value);
      case Types.TIMESTAMP_WITH_TIMEZONE:
        return ValueCoercion.toInstant(value);
      case Types.ARRAY:
        return ValueCoercion.toList(value);
      case Types.NULL:
      case Types.OTHER:
      case Types.JAVA_OBJECT:
        return value;
      default:
        throw SqlState.FEATURE_NOT_SUPPORTED.exception(
            "setObject with java.sql.Types code " + sqlType + " is not supported");
    }
  }
}
