package dev.quiver.jdbc.internal.jdbc;

import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.param.NaturalTypes;
import dev.quiver.jdbc.internal.param.ParameterValues;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * The {@code setXxx} methods of {@link PreparedStatement}: each turns its argument into a canonical
 * value ({@link ParameterValues}) and hands it to {@link #bind} or {@link #bindNull}. A null
 * argument to a typed setter binds SQL NULL of that setter's type, as {@code setNull} would.
 */
abstract class PreparedStatementSetters implements PreparedStatement {

  /** Binds a canonical value to parameter {@code index} (1-based). */
  abstract void bind(int index, Object canonicalValue) throws SQLException;

  /** Binds SQL NULL; {@code natural} is the type to send if the server gave none, or null. */
  abstract void bindNull(int index, Field natural) throws SQLException;

  private void bindOrNull(int index, Object canonicalValue, int sqlTypeIfNull) throws SQLException {
    if (canonicalValue == null) {
      setNull(index, sqlTypeIfNull);
    } else {
      bind(index, canonicalValue);
    }
  }

  @Override
  public void setNull(int parameterIndex, int sqlType) throws SQLException {
    bindNull(parameterIndex, NaturalTypes.ofSqlType("parameter", sqlType, 0));
  }

  @Override
  public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
    setNull(parameterIndex, sqlType);
  }

  @Override
  public void setBoolean(int parameterIndex, boolean x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setByte(int parameterIndex, byte x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setShort(int parameterIndex, short x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setInt(int parameterIndex, int x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setLong(int parameterIndex, long x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setFloat(int parameterIndex, float x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setDouble(int parameterIndex, double x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
    bindOrNull(parameterIndex, ParameterValues.canonical(x), Types.DECIMAL);
  }

  @Override
  public void setString(int parameterIndex, String x) throws SQLException {
    bindOrNull(parameterIndex, x, Types.VARCHAR);
  }

  @Override
  public void setNString(int parameterIndex, String value) throws SQLException {
    setString(parameterIndex, value);
  }

  @Override
  public void setBytes(int parameterIndex, byte[] x) throws SQLException {
    bindOrNull(parameterIndex, ParameterValues.canonical(x), Types.VARBINARY);
  }

  @Override
  public void setDate(int parameterIndex, Date x) throws SQLException {
    setDate(parameterIndex, x, null);
  }

  @Override
  public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
    bindOrNull(parameterIndex, x == null ? null : ParameterValues.dateOf(x, cal), Types.DATE);
  }

  @Override
  public void setTime(int parameterIndex, Time x) throws SQLException {
    setTime(parameterIndex, x, null);
  }

  @Override
  public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
    bindOrNull(parameterIndex, x == null ? null : ParameterValues.timeOf(x, cal), Types.TIME);
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
    setTimestamp(parameterIndex, x, null);
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
    bindOrNull(
        parameterIndex, x == null ? null : ParameterValues.timestampOf(x, cal), Types.TIMESTAMP);
  }

  @Override
  public void setObject(int parameterIndex, Object x) throws SQLException {
    if (x == null) {
      bindNull(parameterIndex, null);
    } else {
      bind(parameterIndex, ParameterValues.canonical(x));
    }
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
    setObject(parameterIndex, x, targetSqlType, 0);
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength)
      throws SQLException {
    if (x == null) {
      bindNull(parameterIndex, NaturalTypes.ofSqlType("parameter", targetSqlType, scaleOrLength));
      return;
    }
    Object value;
    if (x instanceof InputStream) {
      value = ParameterValues.readBytes((InputStream) x, scaleOrLength > 0 ? scaleOrLength : -1);
    } else if (x instanceof Reader) {
      value = ParameterValues.readChars((Reader) x, scaleOrLength > 0 ? scaleOrLength : -1);
    } else {
      value = ParameterValues.canonical(x);
    }
    bind(parameterIndex, NaturalTypes.coerce(value, targetSqlType, scaleOrLength));
  }

  @Override
  public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
    setObject(parameterIndex, x, vendorType(targetSqlType), 0);
  }

  @Override
  public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength)
      throws SQLException {
    setObject(parameterIndex, x, vendorType(targetSqlType), scaleOrLength);
  }

  private static int vendorType(SQLType type) throws SQLException {
    if (type instanceof JDBCType) {
      return type.getVendorTypeNumber();
    }
    throw JdbcObjects.notSupported("setObject with SQLType " + type);
  }

  // ---- streams and large objects: read fully when set (the value travels in one Arrow batch) ----

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
    setAsciiStream(parameterIndex, x, (long) length);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
    bindOrNull(
        parameterIndex, x == null ? null : ParameterValues.readAscii(x, length), Types.VARCHAR);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
    setAsciiStream(parameterIndex, x, -1L);
  }

  @Override
  @Deprecated
  public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
    bindOrNull(
        parameterIndex,
        x == null ? null : new String(ParameterValues.readBytes(x, length), StandardCharsets.UTF_8),
        Types.VARCHAR);
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
    setBinaryStream(parameterIndex, x, (long) length);
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
    bindOrNull(
        parameterIndex, x == null ? null : ParameterValues.readBytes(x, length), Types.VARBINARY);
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
    setBinaryStream(parameterIndex, x, -1L);
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, int length)
      throws SQLException {
    setCharacterStream(parameterIndex, reader, (long) length);
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, long length)
      throws SQLException {
    bindOrNull(
        parameterIndex,
        reader == null ? null : ParameterValues.readChars(reader, length),
        Types.VARCHAR);
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
    setCharacterStream(parameterIndex, reader, -1L);
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value, long length)
      throws SQLException {
    setCharacterStream(parameterIndex, value, length);
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
    setCharacterStream(parameterIndex, value, -1L);
  }

  @Override
  public void setBlob(int parameterIndex, Blob x) throws SQLException {
    bindOrNull(parameterIndex, ParameterValues.canonical(x), Types.VARBINARY);
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream, long length)
      throws SQLException {
    setBinaryStream(parameterIndex, inputStream, length);
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
    setBinaryStream(parameterIndex, inputStream, -1L);
  }

  @Override
  public void setClob(int parameterIndex, Clob x) throws SQLException {
    bindOrNull(parameterIndex, ParameterValues.canonical(x), Types.VARCHAR);
  }

  @Override
  public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
    setCharacterStream(parameterIndex, reader, length);
  }

  @Override
  public void setClob(int parameterIndex, Reader reader) throws SQLException {
    setCharacterStream(parameterIndex, reader, -1L);
  }

  @Override
  public void setNClob(int parameterIndex, NClob value) throws SQLException {
    setClob(parameterIndex, value);
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
    setCharacterStream(parameterIndex, reader, length);
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader) throws SQLException {
    setCharacterStream(parameterIndex, reader, -1L);
  }

  @Override
  public void setArray(int parameterIndex, Array x) throws SQLException {
    bindOrNull(parameterIndex, ParameterValues.canonical(x), Types.ARRAY);
  }

  // ---- types Flight SQL has no parameter representation for ----

  @Override
  public void setRef(int parameterIndex, Ref x) throws SQLException {
    throw JdbcObjects.notSupported("setRef");
  }

  @Override
  public void setURL(int parameterIndex, URL x) throws SQLException {
    throw JdbcObjects.notSupported("setURL");
  }

  @Override
  public void setRowId(int parameterIndex, RowId x) throws SQLException {
    throw JdbcObjects.notSupported("setRowId");
  }

  @Override
  public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
    throw JdbcObjects.notSupported("setSQLXML");
  }

  /** The refusal for the {@code Statement} methods that take SQL text (JDBC forbids them here). */
  static SQLException sqlTextNotAllowed(String method) {
    return SqlState.GENERAL_ERROR.exception(
        method + "(String) cannot be called on a PreparedStatement; use " + method + "()");
  }
}
