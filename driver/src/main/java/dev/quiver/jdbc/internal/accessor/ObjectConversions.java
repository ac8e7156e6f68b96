package dev.quiver.jdbc.internal.accessor;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;

/** {@code getObject(int, Class)} for the classes that have a dedicated JDBC getter. */
final class ObjectConversions {

  /** Returned when {@code type} has no dedicated getter. */
  static final Object NOT_HANDLED = new Object();

  private ObjectConversions() {}

  static Object viaGetter(ColumnAccessor accessor, int row, Class<?> type) throws SQLException {
    if (type == Object.class) {
      return accessor.getObject(row);
    }
    if (type == String.class) {
      return accessor.getString(row);
    }
    if (type == Integer.class || type == int.class) {
      return accessor.getInt(row);
    }
    if (type == Long.class || type == long.class) {
      return accessor.getLong(row);
    }
    if (type == Boolean.class || type == boolean.class) {
      return accessor.getBoolean(row);
    }
    if (type == Double.class || type == double.class) {
      return accessor.getDouble(row);
    }
    if (type == Float.class || type == float.class) {
      return accessor.getFloat(row);
    }
    if (type == Short.class || type == short.class) {
      return accessor.getShort(row);
    }
    if (type == Byte.class || type == byte.class) {
      return accessor.getByte(row);
    }
    if (type == BigDecimal.class) {
      return accessor.getBigDecimal(row);
    }
    if (type == BigInteger.class) {
      return Conversions.toBigInteger(accessor.getBigDecimal(row));
    }
    if (type == byte[].class) {
      return accessor.getBytes(row);
    }
    if (type == Timestamp.class) {
      return accessor.getTimestamp(row, null);
    }
    if (type == Date.class) {
      return accessor.getDate(row, null);
    }
    if (type == Time.class) {
      return accessor.getTime(row, null);
    }
    if (type == Array.class) {
      return accessor.getArray(row);
    }
    if (type == Reader.class) {
      return accessor.getCharacterStream(row);
    }
    if (type == InputStream.class) {
      return accessor.getBinaryStream(row);
    }
    return NOT_HANDLED;
  }
}
