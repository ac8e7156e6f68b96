package dev.quiver.jdbc.internal.param;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The rows of any driver's {@link ResultSet} as Arrow batches of at most {@code batchRows} rows,
 * for bulk ingest. Column types come from {@link ResultSetMetaData} ({@link
 * NaturalTypes#ofSqlType}, DECIMAL with the column's precision and scale); values are read with
 * {@code getObject} and written by the same converters as {@code PreparedStatement} parameters, so
 * they follow the same rules (22003 out of range, 07006 a value the column type cannot take, ...).
 *
 * <p>Every batch gets fresh buffers: a batch handed to a Flight {@code putNext} may still be queued
 * for sending when the next one is filled. The result set is read but never closed here.
 */
public final class ResultSetArrowReader extends ArrowReader {

  private final ResultSet rows;
  private final Schema schema;
  private final List<ParameterConverter> converters;
  private final int batchRows;
  private long bytesLoaded;
  private boolean exhausted;
  private SQLException failure;

  private ResultSetArrowReader(
      BufferAllocator allocator, ResultSet rows, Schema schema, int batchRows) {
    super(allocator);
    this.rows = rows;
    this.schema = schema;
    this.batchRows = batchRows;
    this.converters = new ArrayList<>();
    for (Field field : schema.getFields()) {
      converters.add(ParameterConverters.forField(field));
    }
  }

  /**
   * A reader of the rows after {@code rows}' cursor; 0A000 (before reading any row) for columns
   * whose type cannot be sent.
   */
  public static ResultSetArrowReader open(ResultSet rows, BufferAllocator allocator, int batchRows)
      throws SQLException {
    requireNonNull(rows, "rows is null");
    requireNonNull(allocator, "allocator is null");
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows must be at least 1, not " + batchRows);
    }
    return new ResultSetArrowReader(allocator, rows, schemaOf(rows.getMetaData()), batchRows);
  }

  /** The Arrow schema rows of {@code metaData} are written with. */
  static Schema schemaOf(ResultSetMetaData metaData) throws SQLException {
    List<Field> fields = new ArrayList<>();
    for (int column = 1; column <= metaData.getColumnCount(); column++) {
      String name = metaData.getColumnLabel(column);
      int sqlType = metaData.getColumnType(column);
      Field field;
      if (sqlType == Types.DECIMAL || sqlType == Types.NUMERIC) {
        int precision = metaData.getPrecision(column);
        precision =
            precision >= 1 && precision <= NaturalTypes.MAX_DECIMAL128_PRECISION
                ? precision
                : NaturalTypes.MAX_DECIMAL128_PRECISION;
        int scale = Math.min(Math.max(metaData.getScale(column), 0), precision);
        field = NaturalTypes.field(name, new ArrowType.Decimal(precision, scale, 128));
      } else {
        field = NaturalTypes.ofSqlType(name, sqlType, Math.max(metaData.getScale(column), 0));
      }
      if (field.getType().getTypeID() == ArrowType.ArrowTypeID.Null) {
        throw SqlState.FEATURE_NOT_SUPPORTED.exception(
            "Column "
                + column
                + " ("
                + name
                + ") has type "
                + metaData.getColumnTypeName(column)
                + " (java.sql.Types "
                + sqlType
                + "), which cannot be ingested from rows; cast it to a plain type in the query");
      }
      fields.add(new Field(name, FieldType.nullable(field.getType()), field.getChildren()));
    }
    return new Schema(fields);
  }

  @Override
  public boolean loadNextBatch() throws IOException {
    prepareLoadNextBatch();
    VectorSchemaRoot root = getVectorSchemaRoot();
    if (exhausted) {
      return false;
    }
    try {
      for (FieldVector vector : root.getFieldVectors()) {
        vector.clear(); // fresh buffers: the previous batch may still be queued for sending
        vector.setInitialCapacity(Math.min(batchRows, 4096));
        vector.allocateNew();
      }
      int count = 0;
      while (count < batchRows && rows.next()) {
        writeRow(root, count++);
      }
      exhausted = count < batchRows;
      root.setRowCount(count);
      for (FieldVector vector : root.getFieldVectors()) {
        bytesLoaded += vector.getBufferSize();
      }
      return count > 0;
    } catch (SQLException e) {
      failure = e;
      throw new IOException(e.getMessage(), e);
    } catch (RuntimeException e) {
      failure = SqlState.GENERAL_ERROR.exception("Converting a row failed: " + e.getMessage(), e);
      throw new IOException(failure.getMessage(), failure);
    }
  }

  private void writeRow(VectorSchemaRoot root, int row) throws SQLException {
    for (int slot = 0; slot < converters.size(); slot++) {
      FieldVector vector = root.getVector(slot);
      Object value = rows.getObject(slot + 1);
      if (value == null) {
        ParameterConverter.writeNull(vector, row);
        continue;
      }
      ParameterConverter converter = converters.get(slot);
      Object converted;
      try {
        converted = converter.convert(ParameterValues.canonical(value));
      } catch (SQLException e) {
        // keep the converter's SQLState; say which column failed
        SqlState state = SqlState.fromCode(e.getSQLState());
        String message = "Column " + (slot + 1) + " (" + vector.getName() + "): " + e.getMessage();
        throw state == null
            ? new SQLException(message, e.getSQLState(), e)
            : state.exception(message, e);
      }
      converter.write(vector, row, converted);
    }
  }

  /** The error that stopped {@link #loadNextBatch()}, with its SQLState; null when none did. */
  public SQLException failure() {
    return failure;
  }

  @Override
  public long bytesRead() {
    return bytesLoaded;
  }

  @Override
  protected void closeReadSource() {
    // the result set is the caller's
  }

  @Override
  protected Schema readSchema() {
    return schema;
  }
}
