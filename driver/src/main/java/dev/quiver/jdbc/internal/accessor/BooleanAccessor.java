package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.apache.arrow.vector.BitVector;

/** Arrow Bool: BOOLEAN; numbers read as 1 and 0 (table B-6). */
final class BooleanAccessor extends ColumnAccessor {

  private final BitVector vector;

  BooleanAccessor(BitVector vector) {
    super("Bool");
    this.vector = requireNonNull(vector, "vector is null");
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    return getBoolean(row);
  }

  @Override
  public boolean getBoolean(int row) {
    return vector.get(row) != 0;
  }

  @Override
  public byte getByte(int row) {
    return (byte) vector.get(row);
  }

  @Override
  public short getShort(int row) {
    return (short) vector.get(row);
  }

  @Override
  public int getInt(int row) {
    return vector.get(row);
  }

  @Override
  public long getLong(int row) {
    return vector.get(row);
  }

  @Override
  public float getFloat(int row) {
    return vector.get(row);
  }

  @Override
  public double getDouble(int row) {
    return vector.get(row);
  }

  @Override
  public BigDecimal getBigDecimal(int row) {
    return getBoolean(row) ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  @Override
  public String getString(int row) {
    return getBoolean(row) ? "true" : "false";
  }
}
