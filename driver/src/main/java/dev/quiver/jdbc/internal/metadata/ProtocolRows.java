package dev.quiver.jdbc.internal.metadata;

import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.result.BatchSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.Text;

/**
 * The rows of a Flight SQL metadata result, read by column NAME: the Java constants and the proto
 * disagree on column order (GetPrimaryKeys), and servers may add columns. Values are plain Java
 * values: String, Integer, Boolean, byte[], and lists of them.
 */
final class ProtocolRows {

  private final List<Map<String, Object>> rows;

  private ProtocolRows(List<Map<String, Object>> rows) {
    this.rows = rows;
  }

  /** Reads every batch of {@code source} and closes it. */
  static ProtocolRows read(BatchSource source) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (BatchSource closing = source) {
      VectorSchemaRoot batch;
      while ((batch = closing.nextBatch()) != null) {
        List<FieldVector> vectors = batch.getFieldVectors();
        for (int row = 0; row < batch.getRowCount(); row++) {
          Map<String, Object> values = new HashMap<>();
          for (FieldVector vector : vectors) {
            values.put(vector.getName(), plain(vector, row));
          }
          rows.add(values);
        }
      }
    }
    return new ProtocolRows(rows);
  }

  List<Map<String, Object>> rows() {
    return rows;
  }

  static String string(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? null : value.toString();
  }

  /** An integer column; missing or null gives {@code null}. */
  static Integer integer(Map<String, Object> row, String column) throws SQLException {
    Object value = row.get(column);
    if (value == null) {
      return null;
    }
    if (value instanceof Number) {
      return ((Number) value).intValue();
    }
    throw SqlState.GENERAL_ERROR.exception(
        "The server sent a non-numeric " + column + ": " + value);
  }

  /** A required string column; a server that leaves it out is broken. */
  static String requiredString(Map<String, Object> row, String column) throws SQLException {
    String value = string(row, column);
    if (value == null) {
      throw SqlState.GENERAL_ERROR.exception("The server's metadata result has no " + column);
    }
    return value;
  }

  private static Object plain(FieldVector vector, int row) {
    if (vector.isNull(row)) {
      return null;
    }
    if (vector instanceof UInt1Vector) {
      // getObject reads UInt8 as a signed byte; the rule codes are small, but read them unsigned.
      return ((UInt1Vector) vector).get(row) & 0xFF;
    }
    return plainValue(vector.getObject(row));
  }

  private static Object plainValue(Object value) {
    if (value instanceof Text) {
      return value.toString();
    }
    if (value instanceof List) {
      List<Object> items = new ArrayList<>();
      for (Object item : (List<?>) value) {
        items.add(plainValue(item));
      }
      return items;
    }
    return value;
  }
}
