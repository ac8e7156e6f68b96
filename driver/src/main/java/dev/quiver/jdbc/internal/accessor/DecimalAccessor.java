package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;

/** Decimal128 and Decimal256: DECIMAL read as BigDecimal; integral getters truncate (22003). */
final class DecimalAccessor extends ColumnAccessor {

  private final FieldVector vector;

  /** @param vector a {@code DecimalVector} or {@code Decimal256Vector} */
  DecimalAccessor(FieldVector vector, String typeDescription) {
    super(typeDescription);
    this.vector = requireNonNull(vector, "vector is null");
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    return getBigDecimal(row);
  }

  @Override
  public BigDecimal getBigDecimal(int row) {
    return (BigDecimal) vector.getObject(row);
  }

  @Override
  public boolean getBoolean(int row) throws SQLException {
    return Conversions.toBoolean(getBigDecimal(row));
  }

  @Override
  public byte getByte(int row) throws SQLException {
    return Conversions.toByte(getLong(row));
  }

  @Override
  public short getShort(int row) throws SQLException {
    return Conversions.toShort(getLong(row));
  }

  @Override
  public int getInt(int row) throws SQLException {
    return Conversions.toInt(getLong(row));
  }

  @Override
  public long getLong(int row) throws SQLException {
    return Conversions.toLong(getBigDecimal(row));
  }

  @Override
  public float getFloat(int row) throws SQLException {
    return Conversions.toFloat(getBigDecimal(row).doubleValue());
  }

  @Override
  public double getDouble(int row) {
    return getBigDecimal(row).doubleValue();
  }

  @Override
  public String getString(int row) {
    return getBigDecimal(row).toPlainString();
  }
}
