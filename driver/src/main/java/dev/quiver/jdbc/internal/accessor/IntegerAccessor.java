package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.apache.arrow.vector.BaseIntVector;

/**
 * Int8..Int64 and UInt8..UInt32: every value fits a {@code long}, which {@link
 * BaseIntVector#getValueAsLong} reads without allocating (unsigned widths are zero-extended).
 */
final class IntegerAccessor extends ColumnAccessor {

  /** The boxed class {@code getObject} returns (type table: unsigned types are widened). */
  enum Box {
    BYTE,
    SHORT,
    INTEGER,
    LONG
  }

  private final BaseIntVector vector;
  private final Box box;

  IntegerAccessor(BaseIntVector vector, Box box, String typeDescription) {
    super(typeDescription);
    this.vector = requireNonNull(vector, "vector is null");
    this.box = requireNonNull(box, "box is null");
  }

  /** The box for a {@code getObject} class name from the type table. */
  static Box boxFor(String className) {
    if (Byte.class.getName().equals(className)) {
      return Box.BYTE;
    }
    if (Short.class.getName().equals(className)) {
      return Box.SHORT;
    }
    if (Integer.class.getName().equals(className)) {
      return Box.INTEGER;
    }
    return Box.LONG;
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    long value = vector.getValueAsLong(row);
    switch (box) {
      case BYTE:
        return (byte) value;
      case SHORT:
        return (short) value;
      case INTEGER:
        return (int) value;
      case LONG:
      default:
        return value;
    }
  }

  @Override
  public boolean getBoolean(int row) throws SQLException {
    return Conversions.toBoolean(vector.getValueAsLong(row));
  }

  @Override
  public byte getByte(int row) throws SQLException {
    return Conversions.toByte(vector.getValueAsLong(row));
  }

  @Override
  public short getShort(int row) throws SQLException {
    return Conversions.toShort(vector.getValueAsLong(row));
  }

  @Override
  public int getInt(int row) throws SQLException {
    return Conversions.toInt(vector.getValueAsLong(row));
  }

  @Override
  public long getLong(int row) {
    return vector.getValueAsLong(row);
  }

  @Override
  public float getFloat(int row) {
    return vector.getValueAsLong(row);
  }

  @Override
  public double getDouble(int row) {
    return vector.getValueAsLong(row);
  }

  @Override
  public BigDecimal getBigDecimal(int row) {
    return BigDecimal.valueOf(vector.getValueAsLong(row));
  }

  @Override
  public String getString(int row) {
    return Long.toString(vector.getValueAsLong(row));
  }
}
