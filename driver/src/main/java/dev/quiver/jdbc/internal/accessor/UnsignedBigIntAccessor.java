package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import org.apache.arrow.vector.UInt8Vector;

/**
 * UInt64: NUMERIC(20). Values up to {@code Long.MAX_VALUE} read through every getter; larger
 * ones are exact through {@code getBigDecimal}/{@code getString} and 22003 for {@code getLong}
 * and the narrower getters (the vector stores them as negative longs; nothing wraps).
 */
final class UnsignedBigIntAccessor extends ColumnAccessor {

  private final UInt8Vector vector;

  UnsignedBigIntAccessor(UInt8Vector vector) {
    super("Int(64, false)");
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

  /** The value as a non-negative long, or 22003 when it is above Long.MAX_VALUE. */
  private long signedValue(int row, String target) throws SQLException {
    long raw = vector.get(row);
    if (raw < 0) {
      throw Conversions.outOfRange(Long.toUnsignedString(raw), target);
    }
    return raw;
  }

  @Override
  public boolean getBoolean(int row) throws SQLException {
    long raw = vector.get(row);
    if (raw < 0) {
      throw Conversions.notParsable(Long.toUnsignedString(raw), "boolean");
    }
    return Conversions.toBoolean(raw);
  }

  @Override
  public byte getByte(int row) throws SQLException {
    return Conversions.toByte(signedValue(row, "byte"));
  }

  @Override
  public short getShort(int row) throws SQLException {
    return Conversions.toShort(signedValue(row, "short"));
  }

  @Override
  public int getInt(int row) throws SQLException {
    return Conversions.toInt(signedValue(row, "int"));
  }

  @Override
  public long getLong(int row) throws SQLException {
    return signedValue(row, "long");
  }

  @Override
  public float getFloat(int row) {
    return (float) getDouble(row);
  }

  @Override
  public double getDouble(int row) {
    long raw = vector.get(row);
    if (raw >= 0) {
      return raw;
    }
    // unsigned to double: halve (keeping the low bit for correct rounding), convert, double
    return ((raw >>> 1) | (raw & 1)) * 2.0;
  }

  @Override
  public BigDecimal getBigDecimal(int row) {
    long raw = vector.get(row);
    if (raw >= 0) {
      return BigDecimal.valueOf(raw);
    }
    return new BigDecimal(new BigInteger(Long.toUnsignedString(raw)));
  }

  @Override
  public String getString(int row) {
    return Long.toUnsignedString(vector.get(row));
  }
}
