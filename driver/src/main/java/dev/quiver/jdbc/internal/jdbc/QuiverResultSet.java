package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.accessor.Accessors;
import dev.quiver.jdbc.internal.accessor.ColumnAccessor;
import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.result.BatchSource;
import dev.quiver.jdbc.internal.result.BatchSourceReader;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A forward-only, read-only cursor over a {@link BatchSource}. Every getter goes through one guard,
 * {@link #column(int)}: open? on a row (24000)? index in range (07009)? then {@code wasNull}; the
 * value itself comes from the column's accessor. No conversions happen here.
 */
public final class QuiverResultSet extends LabelledResultSet
    implements dev.quiver.jdbc.QuiverResultSet {

  private enum Position {
    BEFORE_FIRST,
    ON_ROW,
    AFTER_LAST
  }

  private final ResultOwner statement;
  private final BatchSource source;
  private final long maxRows;
  private final int holdability;
  private Schema schema;
  private ResultSetMetaData metaData;
  private boolean metaDataHasDictionaries;
  private VectorSchemaRoot batch;
  private ColumnAccessor[] accessors;
  private int row = -1;
  private long rowNumber;
  private Position position = Position.BEFORE_FIRST;
  private boolean sourceExhausted;
  private boolean wasNull;
  private int fetchSize;
  private volatile boolean closed;
  private BatchSourceReader arrowReader; // set once the batches are handed out (arrowReader())
  private boolean cursorUsed;

  /**
   * @param statement the statement that produced this result; {@code null} for results that have
   *     none (e.g. metadata), in which case {@link #getStatement()} returns null
   * @param maxRows the most rows to return; 0 = all (JDBC {@code Statement.setLargeMaxRows})
   * @param fetchSize the application's fetch size hint
   */
  public QuiverResultSet(
      ResultOwner statement, BatchSource source, long maxRows, int fetchSize, int holdability) {
    this.statement = statement;
    this.source = requireNonNull(source, "source is null");
    if (maxRows < 0) {
      throw new IllegalArgumentException("maxRows is negative: " + maxRows);
    }
    this.maxRows = maxRows;
    this.fetchSize = fetchSize;
    this.holdability = holdability;
  }

  // ---- cursor ----

  @Override
  public synchronized boolean next() throws SQLException {
    checkOpen();
    useCursor("next");
    if (position == Position.AFTER_LAST) {
      return false;
    }
    if (maxRows > 0 && rowNumber >= maxRows) {
      // setMaxRows: excess rows are silently dropped (JDBC Statement.setMaxRows).
      moveAfterLast();
      return false;
    }
    row++;
    while (batch == null || row >= batch.getRowCount()) {
      if (!loadNextBatch()) {
        moveAfterLast();
        return false;
      }
      row = 0;
    }
    rowNumber++;
    position = Position.ON_ROW;
    return true;
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    // JDBC: false when the result has no rows, so the first batch with rows is looked at.
    return position == Position.BEFORE_FIRST && peekFirstRow();
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return position == Position.AFTER_LAST && rowNumber > 0;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return position == Position.ON_ROW && rowNumber == 1;
  }

  @Override
  public boolean isLast() throws SQLException {
    // Answering needs the next batch while the current row must stay readable, which the
    // BatchSource contract does not allow; refuse rather than guess.
    checkOpen();
    throw JdbcObjects.notSupported("isLast");
  }

  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return position == Position.ON_ROW ? (int) Math.min(rowNumber, Integer.MAX_VALUE) : 0;
  }

  @Override
  public void beforeFirst() throws SQLException {
    throw forwardOnly("beforeFirst");
  }

  @Override
  public void afterLast() throws SQLException {
    throw forwardOnly("afterLast");
  }

  @Override
  public boolean first() throws SQLException {
    throw forwardOnly("first");
  }

  @Override
  public boolean last() throws SQLException {
    throw forwardOnly("last");
  }

  @Override
  public boolean absolute(int row) throws SQLException {
    throw forwardOnly("absolute");
  }

  @Override
  public boolean relative(int rows) throws SQLException {
    throw forwardOnly("relative");
  }

  @Override
  public boolean previous() throws SQLException {
    throw forwardOnly("previous");
  }

  @Override
  public void close() throws SQLException {
    if (!closed) {
      source.abort(); // next() may be blocked on the server in another thread, holding this monitor
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      batch = null;
      accessors = null;
      if (arrowReader != null) {
        arrowReader.releaseRoot(); // before the source closes the allocator it shares
      }
    }
    try {
      source.close();
    } finally {
      if (statement != null) {
        statement.resultClosed(this);
      }
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  // ---- the one guard ----

  /** The accessor of {@code columnIndex} on the current row, or null when the value is NULL. */
  private ColumnAccessor column(int columnIndex) throws SQLException {
    checkOpen();
    if (position != Position.ON_ROW) {
      throw SqlState.INVALID_CURSOR_STATE.exception(
          position == Position.BEFORE_FIRST
              ? "The cursor is before the first row; call next()"
              : "The cursor is after the last row");
    }
    if (columnIndex < 1 || columnIndex > accessors.length) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
          "Column index " + columnIndex + " is out of range 1.." + accessors.length);
    }
    ColumnAccessor accessor = accessors[columnIndex - 1];
    wasNull = accessor.isNull(row);
    return wasNull ? null : accessor;
  }

  @Override
  public boolean wasNull() throws SQLException {
    checkOpen();
    return wasNull;
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    checkOpen();
    if (columnLabel == null) {
      throw SqlState.COLUMN_NOT_FOUND.exception("Column label is null");
    }
    // JDBC ResultSet: labels are case-insensitive; with duplicates the first match wins.
    List<Field> fields = schema().getFields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getName().equalsIgnoreCase(columnLabel)) {
        return i + 1;
      }
    }
    throw SqlState.COLUMN_NOT_FOUND.exception("No column labelled '" + columnLabel + "'");
  }

  // ---- getters by index: guard, then delegate ----

  @Override
  public String getString(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getString(row);
  }

  @Override
  public boolean getBoolean(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor != null && accessor.getBoolean(row);
  }

  @Override
  public byte getByte(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? 0 : accessor.getByte(row);
  }

  @Override
  public short getShort(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? 0 : accessor.getShort(row);
  }

  @Override
  public int getInt(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? 0 : accessor.getInt(row);
  }

  @Override
  public long getLong(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? 0L : accessor.getLong(row);
  }

  @Override
  public float getFloat(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? 0f : accessor.getFloat(row);
  }

  @Override
  public double getDouble(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? 0d : accessor.getDouble(row);
  }

  @Override
  public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getBigDecimal(row);
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
    if (scale < 0) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("scale is negative: " + scale);
    }
    BigDecimal value = getBigDecimal(columnIndex);
    return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public byte[] getBytes(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getBytes(row);
  }

  @Override
  public Date getDate(int columnIndex) throws SQLException {
    return getDate(columnIndex, null);
  }

  @Override
  public Date getDate(int columnIndex, Calendar calendar) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getDate(row, calendar);
  }

  @Override
  public Time getTime(int columnIndex) throws SQLException {
    return getTime(columnIndex, null);
  }

  @Override
  public Time getTime(int columnIndex, Calendar calendar) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getTime(row, calendar);
  }

  @Override
  public Timestamp getTimestamp(int columnIndex) throws SQLException {
    return getTimestamp(columnIndex, null);
  }

  @Override
  public Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getTimestamp(row, calendar);
  }

  @Override
  public Object getObject(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getObject(row);
  }

  @Override
  public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
    if (type == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("getObject: type is null");
    }
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getObject(row, type);
  }

  @Override
  public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw JdbcObjects.notSupported("getObject with a type map (user-defined type mapping)");
    }
    return getObject(columnIndex);
  }

  @Override
  public Array getArray(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getArray(row);
  }

  @Override
  public Reader getCharacterStream(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getCharacterStream(row);
  }

  @Override
  public InputStream getBinaryStream(int columnIndex) throws SQLException {
    ColumnAccessor accessor = column(columnIndex);
    return accessor == null ? null : accessor.getBinaryStream(row);
  }

  @Override
  public String getNString(int columnIndex) throws SQLException {
    return getString(columnIndex);
  }

  @Override
  public Reader getNCharacterStream(int columnIndex) throws SQLException {
    return getCharacterStream(columnIndex);
  }

  @Override
  public InputStream getAsciiStream(int columnIndex) throws SQLException {
    throw JdbcObjects.notSupported("getAsciiStream");
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(int columnIndex) throws SQLException {
    throw JdbcObjects.notSupported("getUnicodeStream");
  }

  @Override
  public Ref getRef(int columnIndex) throws SQLException {
    throw JdbcObjects.notSupported("getRef");
  }

  @Override
  public Blob getBlob(int columnIndex) throws SQLException {
    throw JdbcObjects.notSupported("getBlob");
  }

  @Override
  public Clob getClob(int columnIndex) throws SQLException {
    throw JdbcObjects.notSupported("getClob");
  }

  @Override
  public NClob getNClob(int columnIndex) throws SQLException {
    throw JdbcObjects.notSupported("getNClob");
  }

  @Override
  public URL getURL(int columnIndex) throws SQLException {
    throw JdbcObjects.notSupported("getURL");
  }

  @Override
  public RowId getRowId(int columnIndex) throws SQLException {
    throw JdbcObjects.notSupported("getRowId");
  }

  @Override
  public SQLXML getSQLXML(int columnIndex) throws SQLException {
    throw JdbcObjects.notSupported("getSQLXML");
  }

  // ---- properties of the result ----

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    // A dictionary-encoded column is described by its values' type, which only the dictionaries
    // tell, and those arrive with the stream ahead of its first batch: look at that batch first
    // (as isBeforeFirst does), and describe again once the dictionaries are there.
    if (position == Position.BEFORE_FIRST
        && !metaDataHasDictionaries
        && hasDictionaryEncoding(schema().getFields())) {
      peekFirstRow();
    }
    DictionaryProvider dictionaries = sourceExhausted ? null : source.dictionaryProvider();
    if (metaData == null || (dictionaries != null && !metaDataHasDictionaries)) {
      metaData = new QuiverResultSetMetaData(schema(), dictionaries);
      metaDataHasDictionaries = dictionaries != null;
    }
    return metaData;
  }

  @Override
  public Statement getStatement() throws SQLException {
    checkOpen();
    return statement;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null; // this driver raises no result-set warnings
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
  }

  @Override
  public String getCursorName() throws SQLException {
    throw JdbcObjects.notSupported("getCursorName (positioned updates)");
  }

  @Override
  public int getType() throws SQLException {
    checkOpen();
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getConcurrency() throws SQLException {
    checkOpen();
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return holdability;
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != ResultSet.FETCH_FORWARD) {
      throw JdbcObjects.notSupported("setFetchDirection other than FETCH_FORWARD");
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return ResultSet.FETCH_FORWARD;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("Fetch size is negative: " + rows);
    }
    fetchSize = rows; // a hint: batch sizes are the server's choice
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public boolean rowUpdated() throws SQLException {
    checkOpen();
    return false; // read-only: rows are never updated through this result
  }

  @Override
  public boolean rowInserted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean rowDeleted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return JdbcObjects.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return JdbcObjects.isWrapperFor(this, type);
  }

  // ---- Arrow-native access (dev.quiver.jdbc.QuiverResultSet) ----

  @Override
  public synchronized ArrowReader arrowReader() throws SQLException {
    checkOpen();
    if (arrowReader == null) {
      if (cursorUsed) {
        throw SqlState.FUNCTION_SEQUENCE_ERROR.exception(
            "arrowReader() cannot be used once the row cursor has moved (next or isBeforeFirst"
                + " was called)");
      }
      schema(); // kept for getMetaData
      arrowReader = BatchSourceReader.open(source, maxRows, this);
    }
    return arrowReader;
  }

  /** Whether {@link #arrowReader()} may still be used and no column is dictionary-encoded. */
  synchronized boolean batchesAvailableWithoutDictionaries() throws SQLException {
    if (closed || cursorUsed) {
      return false;
    }
    for (Field field : schema().getFields()) {
      if (field.getDictionary() != null) {
        return false;
      }
    }
    return true;
  }

  private void useCursor(String method) throws SQLException {
    if (arrowReader != null) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.exception(
          method + " cannot be used: the batches of this result were handed out by arrowReader()");
    }
    cursorUsed = true;
  }

  // ---- internals ----

  private Schema schema() throws SQLException {
    if (schema == null) {
      schema = source.schema();
    }
    return schema;
  }

  private static boolean hasDictionaryEncoding(List<Field> fields) {
    for (Field field : fields) {
      if (field.getDictionary() != null || hasDictionaryEncoding(field.getChildren())) {
        return true;
      }
    }
    return false;
  }

  private boolean peekFirstRow() throws SQLException {
    synchronized (this) {
      useCursor("isBeforeFirst");
      while (batch == null || batch.getRowCount() == 0) {
        if (!loadNextBatch()) {
          return false;
        }
      }
      return true;
    }
  }

  private boolean loadNextBatch() throws SQLException {
    if (sourceExhausted) {
      return false;
    }
    schema(); // keep the schema for getMetaData after the source is released
    VectorSchemaRoot next = source.nextBatch();
    if (next == null) {
      sourceExhausted = true;
      batch = null;
      return false;
    }
    List<FieldVector> vectors = next.getFieldVectors();
    if (vectors.size() != schema.getFields().size()) {
      throw SqlState.GENERAL_ERROR.exception(
          "The server sent a batch of "
              + vectors.size()
              + " columns for a result of "
              + schema.getFields().size());
    }
    DictionaryProvider dictionaries = source.dictionaryProvider();
    ColumnAccessor[] created = new ColumnAccessor[vectors.size()];
    for (int i = 0; i < created.length; i++) {
      created[i] = Accessors.create(vectors.get(i), dictionaries, QuiverResultSet::forArray);
    }
    batch = next;
    accessors = created;
    return true;
  }

  /** {@code Array.getResultSet}: a result with no statement over the array's batches. */
  private static ResultSet forArray(BatchSource source) {
    return new QuiverResultSet(null, source, 0, 0, ResultSet.HOLD_CURSORS_OVER_COMMIT);
  }

  private void moveAfterLast() throws SQLException {
    position = Position.AFTER_LAST;
    batch = null;
    accessors = null;
    if (!sourceExhausted) {
      // Rows past maxRows are not needed: release the stream and its memory now.
      schema();
      sourceExhausted = true;
    }
    source.close();
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("The result set is closed");
    }
  }

  private SQLException forwardOnly(String method) throws SQLException {
    checkOpen();
    return JdbcObjects.notSupported(method + " (results are TYPE_FORWARD_ONLY)");
  }
}
