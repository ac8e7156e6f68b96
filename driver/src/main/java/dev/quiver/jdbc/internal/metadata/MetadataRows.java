package dev.quiver.jdbc.internal.metadata;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The rows of one JDBC metadata result, collected as Java values and written into an Arrow batch of
 * the result's {@link MetadataShape}. Metadata answers are small, so the protocol result is read
 * whole and reshaped here: this is the one place protocol columns become JDBC columns.
 */
final class MetadataRows {

  private final MetadataShape shape;
  private final List<Object[]> rows = new ArrayList<>();

  MetadataRows(MetadataShape shape) {
    this.shape = requireNonNull(shape, "shape is null");
  }

  /** Adds a row: one value per column ({@code null} = SQL NULL), in the shape's column order. */
  MetadataRows add(Object... values) {
    if (values.length != shape.columnCount()) {
      throw new IllegalArgumentException(
          "a row of " + values.length + " values for " + shape.columnCount() + " columns");
    }
    rows.add(values.clone());
    return this;
  }

  int size() {
    return rows.size();
  }

  List<Object[]> rows() {
    return rows;
  }

  /** Sorts the rows (JDBC prescribes the order of most metadata results). */
  MetadataRows sort(java.util.Comparator<Object[]> order) {
    rows.sort(order);
    return this;
  }

  /** A new batch holding the rows; the caller owns it. */
  VectorSchemaRoot toRoot(BufferAllocator allocator) {
    VectorSchemaRoot root = VectorSchemaRoot.create(shape.schema(), allocator);
    try {
      root.allocateNew();
      List<FieldVector> vectors = root.getFieldVectors();
      for (int row = 0; row < rows.size(); row++) {
        Object[] values = rows.get(row);
        for (int column = 0; column < values.length; column++) {
          set(vectors.get(column), row, values[column]);
        }
      }
      root.setRowCount(rows.size());
      return root;
    } catch (RuntimeException e) {
      root.close();
      throw e;
    }
  }

  private static void set(FieldVector vector, int row, Object value) {
    if (value == null) {
      while (vector.getValueCapacity() <= row) {
        vector.reAlloc();
      }
      vector.setNull(row);
    } else if (vector instanceof VarCharVector) {
      ((VarCharVector) vector).setSafe(row, value.toString().getBytes(StandardCharsets.UTF_8));
    } else if (vector instanceof SmallIntVector) {
      ((SmallIntVector) vector).setSafe(row, ((Number) value).shortValue());
    } else if (vector instanceof IntVector) {
      ((IntVector) vector).setSafe(row, ((Number) value).intValue());
    } else if (vector instanceof BigIntVector) {
      ((BigIntVector) vector).setSafe(row, ((Number) value).longValue());
    } else if (vector instanceof BitVector) {
      ((BitVector) vector).setSafe(row, ((Boolean) value) ? 1 : 0);
    } else {
      throw new IllegalStateException("unexpected metadata vector " + vector.getField());
    }
  }
}
