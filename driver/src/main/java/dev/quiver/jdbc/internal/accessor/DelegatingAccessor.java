package dev.quiver.jdbc.internal.accessor;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * An accessor that reads each row through another accessor at another row: dictionary indices,
 * run-end encoding, and union branches. Every getter follows the target's conversion rules.
 */
abstract class DelegatingAccessor extends ColumnAccessor {

  DelegatingAccessor(String typeDescription) {
    super(typeDescription);
  }

  /** The accessor that holds the value of {@code row}. */
  abstract ColumnAccessor target(int row) throws SQLException;

  /** The row of {@link #target} that holds the value of {@code row}. */
  abstract int targetRow(int row);

  @Override
  public Object getObject(int row) throws SQLException {
    return target(row).getObject(targetRow(row));
  }

  @Override
  public boolean getBoolean(int row) throws SQLException {
    return target(row).getBoolean(targetRow(row));
  }

  @Override
  public byte getByte(int row) throws SQLException {
    return target(row).getByte(targetRow(row));
  }

  @Override
  public short getShort(int row) throws SQLException {
    return target(row).getShort(targetRow(row));
  }

  @Override
  public int getInt(int row) throws SQLException {
    return target(row).getInt(targetRow(row));
  }

  @Override
  public long getLong(int row) throws SQLException {
    return target(row).getLong(targetRow(row));
  }

  @Override
  public float getFloat(int row) throws SQLException {
    return target(row).getFloat(targetRow(row));
  }

  @Override
  public double getDouble(int row) throws SQLException {
    return target(row).getDouble(targetRow(row));
  }

  @Override
  public BigDecimal getBigDecimal(int row) throws SQLException {
    return target(row).getBigDecimal(targetRow(row));
  }

  @Override
  public String getString(int row) throws SQLException {
    return target(row).getString(targetRow(row));
  }

  @Override
  public byte[] getBytes(int row) throws SQLException {
    return target(row).getBytes(targetRow(row));
  }

  @Override
  public Date getDate(int row, Calendar calendar) throws SQLException {
    return target(row).getDate(targetRow(row), calendar);
  }

  @Override
  public Time getTime(int row, Calendar calendar) throws SQLException {
    return target(row).getTime(targetRow(row), calendar);
  }

  @Override
  public Timestamp getTimestamp(int row, Calendar calendar) throws SQLException {
    return target(row).getTimestamp(targetRow(row), calendar);
  }

  @Override
  public Array getArray(int row) throws SQLException {
    return target(row).getArray(targetRow(row));
  }

  @Override
  public Reader getCharacterStream(int row) throws SQLException {
    return target(row).getCharacterStream(targetRow(row));
  }

  @Override
  public InputStream getBinaryStream(int row) throws SQLException {
    return target(row).getBinaryStream(targetRow(row));
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    return target(row).getObject(targetRow(row), type);
  }
}
