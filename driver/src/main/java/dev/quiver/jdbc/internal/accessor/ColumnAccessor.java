package dev.quiver.jdbc.internal.accessor;

import dev.quiver.jdbc.internal.error.SqlState;
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
 * Reads the values of one column of the current Arrow batch. There is one subclass per Arrow
 * vector family; each overrides the getters its type converts to (JDBC 4.3 table B-6) and
 * inherits the refusal (SQLState 07006) for the rest.
 *
 * <p>Contract with the cursor ({@code internal.jdbc}): the cursor has already checked that the
 * result is open, that {@code row} is a valid index into the current batch, and it calls {@link
 * #isNull(int)} first to maintain {@code wasNull}. On a null value the cursor does not call the
 * typed getter: it returns the JDBC default (0, false, null) itself. Getters therefore read
 * non-null values only and never allocate on primitive paths.
 */
public abstract class ColumnAccessor {

  private final String typeDescription;

  /**
   * @param typeDescription how the column's type is named in error messages, e.g. {@code
   *     "Int(64, true)"}
   */
  protected ColumnAccessor(String typeDescription) {
    this.typeDescription = typeDescription;
  }

  /** Whether the value at {@code row} is SQL NULL. */
  public abstract boolean isNull(int row);

  /** The value as {@code getObject(int)} returns it: the class the type table names. */
  public abstract Object getObject(int row) throws SQLException;

  public boolean getBoolean(int row) throws SQLException {
    throw notConvertible("boolean");
  }

  public byte getByte(int row) throws SQLException {
    throw notConvertible("byte");
  }

  public short getShort(int row) throws SQLException {
    throw notConvertible("short");
  }

  public int getInt(int row) throws SQLException {
    throw notConvertible("int");
  }

  public long getLong(int row) throws SQLException {
    throw notConvertible("long");
  }

  public float getFloat(int row) throws SQLException {
    throw notConvertible("float");
  }

  public double getDouble(int row) throws SQLException {
    throw notConvertible("double");
  }

  public BigDecimal getBigDecimal(int row) throws SQLException {
    throw notConvertible("BigDecimal");
  }

  public String getString(int row) throws SQLException {
    throw notConvertible("String");
  }

  public byte[] getBytes(int row) throws SQLException {
    throw notConvertible("byte[]");
  }

  /** @param calendar the zone to interpret zone-less values in; {@code null} = JVM default */
  public Date getDate(int row, Calendar calendar) throws SQLException {
    throw notConvertible("Date");
  }

  /** @param calendar the zone to interpret zone-less values in; {@code null} = JVM default */
  public Time getTime(int row, Calendar calendar) throws SQLException {
    throw notConvertible("Time");
  }

  /** @param calendar the zone to interpret zone-less values in; {@code null} = JVM default */
  public Timestamp getTimestamp(int row, Calendar calendar) throws SQLException {
    throw notConvertible("Timestamp");
  }

  public Array getArray(int row) throws SQLException {
    throw notConvertible("Array");
  }

  public Reader getCharacterStream(int row) throws SQLException {
    throw notConvertible("Reader");
  }

  public InputStream getBinaryStream(int row) throws SQLException {
    throw notConvertible("InputStream");
  }

  /**
   * {@code getObject(int, Class)}: the value converted to {@code type}, or 07006 when the type
   * does not convert to it. The boxed types, {@code String}, {@code BigDecimal}, {@code
   * BigInteger}, {@code byte[]} and the {@code java.sql} types go through the matching getter, so
   * they follow the same conversion rules; subclasses add their {@code java.time} and other
   * classes and call this for the rest.
   */
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    if (type == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("getObject: type is null");
    }
    Object converted = ObjectConversions.viaGetter(this, row, type);
    if (converted != ObjectConversions.NOT_HANDLED) {
      @SuppressWarnings("unchecked")
      T result = (T) converted;
      return result;
    }
    Object value = getObject(row);
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    throw notConvertible(type.getName());
  }

  /** The 07006 refusal for a getter this type does not convert to. */
  protected final SQLException notConvertible(String target) {
    return SqlState.RESTRICTED_DATA_TYPE_VIOLATION.exception(
        "Cannot convert a value of type " + typeDescription + " to " + target);
  }

  /** How the column's type is named in messages. */
  public final String typeDescription() {
    return typeDescription;
  }
}
