package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.types.ColumnDescription;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * {@link ResultSetMetaData} of an Arrow schema: every answer comes from the type table and the
 * Flight SQL column metadata ({@link ColumnDescription}). Column indexes are 1-based; others fail
 * with 07009.
 */
public final class QuiverResultSetMetaData implements ResultSetMetaData {

  private final List<ColumnDescription> columns;

  /** Metadata of {@code schema}; dictionary-encoded fields must be in the IPC form. */
  public QuiverResultSetMetaData(Schema schema) {
    this(schema, null);
  }

  /**
   * Metadata of {@code schema}, resolving dictionary-encoded fields (either form) through {@code
   * dictionaries}, e.g. the {@code FlightStream} the batches come from.
   */
  public QuiverResultSetMetaData(Schema schema, DictionaryProvider dictionaries) {
    requireNonNull(schema, "schema is null");
    List<ColumnDescription> list = new ArrayList<>();
    for (Field field : schema.getFields()) {
      list.add(ColumnDescription.of(field, dictionaries));
    }
    this.columns = List.copyOf(list);
  }

  private ColumnDescription column(int column) throws SQLException {
    if (column < 1 || column > columns.size()) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
          "Column index " + column + " is out of range; the result has " + columns.size()
              + " column" + (columns.size() == 1 ? "" : "s") + " (the first is 1)");
    }
    return columns.get(column - 1);
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    return column(column).autoIncrement();
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    return column(column).caseSensitive();
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    return column(column).searchable();
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public int isNullable(int column) throws SQLException {
    return column(column).nullable() ? columnNullable : columnNoNulls;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return column(column).type().signed();
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return column(column).type().displaySize();
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return column(column).name();
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return column(column).name();
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    return column(column).schemaName();
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return column(column).type().precision();
  }

  @Override
  public int getScale(int column) throws SQLException {
    return column(column).type().scale();
  }

  @Override
  public String getTableName(int column) throws SQLException {
    return column(column).tableName();
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    return column(column).catalogName();
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return column(column).type().jdbcType();
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return column(column).type().typeName();
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    return column(column).readOnly();
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    return !column(column).readOnly();
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    column(column);
    // the driver never updates through a result set
    return false;
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return column(column).type().className();
  }

  /** The server's REMARKS for a column (extension, reachable through unwrap), or null. */
  public String getRemarks(int column) throws SQLException {
    return column(column).remarks();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface != null && iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw SqlState.GENERAL_ERROR.exception(
        "QuiverResultSetMetaData does not wrap " + (iface == null ? "null" : iface.getName()));
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface != null && iface.isInstance(this);
  }
}
