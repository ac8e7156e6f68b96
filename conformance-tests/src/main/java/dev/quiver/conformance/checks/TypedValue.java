package dev.quiver.conformance.checks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a column with the getter JDBC pairs with its type (so two drivers can be compared on values
 * the spec defines, not on driver-specific getObject classes or getString formats).
 */
final class TypedValue {
  private TypedValue() {}

  static Object read(ResultSet rs, int column, int sqlType) throws SQLException {
    switch (sqlType) {
      case Types.BOOLEAN:
      case Types.BIT:
        return rs.getBoolean(column);
      case Types.TINYINT:
        return rs.getByte(column);
      case Types.SMALLINT:
        return rs.getShort(column);
      case Types.INTEGER:
        return rs.getInt(column);
      case Types.BIGINT:
        return rs.getLong(column);
      case Types.REAL:
      case Types.FLOAT:
        return rs.getFloat(column);
      case Types.DOUBLE:
        return rs.getDouble(column);
      case Types.DECIMAL:
      case Types.NUMERIC:
        return rs.getBigDecimal(column);
      case Types.BINARY:
      case Types.VARBINARY:
      case Types.LONGVARBINARY:
      case Types.BLOB:
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? null : toList(bytes);
      case Types.DATE:
        return rs.getDate(column);
      case Types.TIME:
        // DuckDB's driver (the oracle) truncates java.sql.Time to whole seconds; compare the
        // LocalTime both drivers can give, which keeps the fraction.
        Object time = rs.getObject(column);
        return time == null || time instanceof java.time.LocalTime
            ? time
            : rs.getObject(column, java.time.LocalTime.class);
      case Types.TIMESTAMP:
        return rs.getTimestamp(column);
      default:
        return rs.getString(column);
    }
  }

  private static List<Byte> toList(byte[] bytes) {
    Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return Arrays.asList(boxed);
  }
}
