package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.apache.arrow.vector.FloatingPointVector;

/** Float16, Float32 (REAL, read as Float) and Float64 (DOUBLE). */
final class FloatingPointAccessor extends ColumnAccessor {

  private final FloatingPointVector vector;
  private final boolean isDouble;

  FloatingPointAccessor(FloatingPointVector vector, boolean isDouble, String typeDescription) {
    super(typeDescription);
    this.vector = requireNonNull(vector, "vector is null");
    this.isDouble = isDouble;
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    double value = vector.getValueAsDouble(row);
    return isDouble ? (Object) value : (Object) (float) value;
  }

  @Override
  public boolean getBoolean(int row) throws SQLException {
    return Conversions.toBoolean(vector.getValueAsDouble(row));
  }

  @Override
  public byte getByte(int row) throws SQLException {
    return Conversions.toByte(Conversions.toLong(vector.getValueAsDouble(row)));
  }

  @Override
  public short getShort(int row) throws SQLException {
    return Conversions.toShort(Conversions.toLong(vector.getValueAsDouble(row)));
  }

  @Override
  public int getInt(int row) throws SQLException {
    return Conversions.toInt(Conversions.toLong(vector.getValueAsDouble(row)));
  }

  @Override
  public long getLong(int row) throws SQLException {
    return Conversions.toLong(vector.getValueAsDouble(row));
  }

  @Override
  public float getFloat(int row) throws SQLException {
    return Conversions.toFloat(vector.getValueAsDouble(row));
  }

  @Override
  public double getDouble(int row) {
    return vector.getValueAsDouble(row);
  }

  @Override
  public BigDecimal getBigDecimal(int row) throws SQLException {
    double value = vector.getValueAsDouble(row);
    if (!isDouble && Double.isFinite(value)) {
      // the shortest decimal that reads back as this float: 0.1f is 0.1, not 0.100000001490116
      return new BigDecimal(Float.toString((float) value));
    }
    return Conversions.toBigDecimal(value);
  }

  @Override
  public String getString(int row) {
    double value = vector.getValueAsDouble(row);
    return isDouble ? Double.toString(value) : Float.toString((float) value);
  }
}
