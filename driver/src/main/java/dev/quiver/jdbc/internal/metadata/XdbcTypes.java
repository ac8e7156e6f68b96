package dev.quiver.jdbc.internal.metadata;

import java.sql.Types;
import org.apache.arrow.flight.sql.impl.FlightSql.XdbcDataType;

/**
 * XDBC (ODBC-style) data type codes of GetXdbcTypeInfo to {@link Types}. Most codes are equal; the
 * exceptions are ODBC's wide characters (WCHAR -8 is JDBC's ROWID code; JDBC calls it NCHAR -15)
 * and ODBC's concise DATETIME (9) and INTERVAL (10), which JDBC has not. Codes XDBC does not define
 * (a server answering with JDBC codes, e.g. BOOLEAN 16) pass through unchanged.
 */
final class XdbcTypes {

  private XdbcTypes() {}

  static int toJdbc(int xdbcType) {
    if (xdbcType == XdbcDataType.XDBC_WCHAR.getNumber()) {
      return Types.NCHAR;
    }
    if (xdbcType == XdbcDataType.XDBC_WVARCHAR.getNumber()) {
      return Types.NVARCHAR;
    }
    if (xdbcType == XdbcDataType.XDBC_DATETIME.getNumber()) {
      return Types.TIMESTAMP;
    }
    if (xdbcType == XdbcDataType.XDBC_INTERVAL.getNumber()
        || xdbcType == XdbcDataType.XDBC_UNKNOWN_TYPE.getNumber()) {
      return Types.OTHER;
    }
    return xdbcType;
  }
}
