package dev.quiver.jdbc.internal.metadata;

import java.sql.Types;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportsConvert;

/** {@link Types} codes to Flight SQL's {@code SqlSupportsConvert} codes (SqlInfo 517). */
final class ConvertCodes {

  private ConvertCodes() {}

  /** The SqlSupportsConvert code of a JDBC type, or {@code null} when Flight SQL has none. */
  static Integer of(int jdbcType) {
    SqlSupportsConvert code;
    switch (jdbcType) {
      case Types.BIGINT:
        code = SqlSupportsConvert.SQL_CONVERT_BIGINT;
        break;
      case Types.BINARY:
        code = SqlSupportsConvert.SQL_CONVERT_BINARY;
        break;
      case Types.BIT:
      case Types.BOOLEAN:
        code = SqlSupportsConvert.SQL_CONVERT_BIT;
        break;
      case Types.CHAR:
      case Types.NCHAR:
        code = SqlSupportsConvert.SQL_CONVERT_CHAR;
        break;
      case Types.DATE:
        code = SqlSupportsConvert.SQL_CONVERT_DATE;
        break;
      case Types.DECIMAL:
        code = SqlSupportsConvert.SQL_CONVERT_DECIMAL;
        break;
      case Types.FLOAT:
      case Types.DOUBLE:
        code = SqlSupportsConvert.SQL_CONVERT_FLOAT;
        break;
      case Types.INTEGER:
        code = SqlSupportsConvert.SQL_CONVERT_INTEGER;
        break;
      case Types.LONGVARBINARY:
      case Types.BLOB:
        code = SqlSupportsConvert.SQL_CONVERT_LONGVARBINARY;
        break;
      case Types.LONGVARCHAR:
      case Types.LONGNVARCHAR:
      case Types.CLOB:
        code = SqlSupportsConvert.SQL_CONVERT_LONGVARCHAR;
        break;
      case Types.NUMERIC:
        code = SqlSupportsConvert.SQL_CONVERT_NUMERIC;
        break;
      case Types.REAL:
        code = SqlSupportsConvert.SQL_CONVERT_REAL;
        break;
      case Types.SMALLINT:
        code = SqlSupportsConvert.SQL_CONVERT_SMALLINT;
        break;
      case Types.TIME:
      case Types.TIME_WITH_TIMEZONE:
        code = SqlSupportsConvert.SQL_CONVERT_TIME;
        break;
      case Types.TIMESTAMP:
      case Types.TIMESTAMP_WITH_TIMEZONE:
        code = SqlSupportsConvert.SQL_CONVERT_TIMESTAMP;
        break;
      case Types.TINYINT:
        code = SqlSupportsConvert.SQL_CONVERT_TINYINT;
        break;
      case Types.VARBINARY:
        code = SqlSupportsConvert.SQL_CONVERT_VARBINARY;
        break;
      case Types.VARCHAR:
      case Types.NVARCHAR:
        code = SqlSupportsConvert.SQL_CONVERT_VARCHAR;
        break;
      default:
        return null;
    }
    return code.getNumber();
  }
}
