package dev.quiver.jdbc.internal.param;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes rows of parameter values into Arrow roots, one record batch per root. A large batch is cut
 * into chunks of about {@code chunkBytes} of value data, so no single root (and gRPC message) grows
 * without bound; every chunk has the same schema, decided over all the rows.
 */
public final class ParameterRoots {

  /** Default size of one chunk's values. */
  public static final long DEFAULT_CHUNK_BYTES = 64L << 20;

  private final ParameterBindings bindings;
  private final List<ParameterBindings.Row> rows;
  private final List<ParameterConverter> converters;
  private final Schema schema;
  private final long chunkBytes;
  private int next;

  private ParameterRoots(
      ParameterBindings bindings, List<ParameterBindings.Row> rows, long chunkBytes)
      throws SQLException {
    this.bindings = bindings;
    this.rows = rows;
    this.converters = bindings.resolve(rows);
    List<Field> fields = new ArrayList<>(converters.size());
    for (ParameterConverter converter : converters) {
      fields.add(converter.field());
    }
    this.schema = new Schema(fields);
    this.chunkBytes = chunkBytes;
  }

  /** The rows of the current row alone (07001 when a parameter is unset). */
  public static ParameterRoots ofCurrentRow(ParameterBindings bindings) throws SQLException {
    return new ParameterRoots(bindings, bindings.currentRow(), DEFAULT_CHUNK_BYTES);
  }

  /** The batched rows, cut into chunks of about {@code chunkBytes}. */
  public static ParameterRoots ofBatch(ParameterBindings bindings, long chunkBytes)
      throws SQLException {
    requireNonNull(bindings, "bindings is null");
    return new ParameterRoots(bindings, bindings.batchRows(), chunkBytes);
  }

  /** The schema every root has. */
  public Schema schema() {
    return schema;
  }

  /** Whether {@link #nextRoot} has rows left to write. */
  public boolean hasNext() {
    return next < rows.size();
  }

  /** The index of the first row the next root holds (for counting rows of a failed chunk). */
  public int position() {
    return next;
  }

  /**
   * The next chunk as a new root the caller owns (it must close it). Values are converted here for
   * parameters whose type was inferred; a value that does not convert fails with its SQLState and
   * nothing is left allocated.
   */
  public VectorSchemaRoot nextRoot(BufferAllocator allocator) throws SQLException {
    requireNonNull(allocator, "allocator is null");
    VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
    try {
      int capacity = Math.min(rows.size() - next, 4096);
      for (FieldVector vector : root.getFieldVectors()) {
        vector.setInitialCapacity(Math.max(capacity, 1));
        vector.allocateNew();
      }
      int count = 0;
      long bytes = 0;
      while (next < rows.size() && (count == 0 || bytes < chunkBytes)) {
        bytes += writeRow(root, count, rows.get(next));
        count++;
        next++;
      }
      root.setRowCount(count);
      return root;
    } catch (SQLException | RuntimeException e) {
      root.close();
      throw e;
    }
  }

  private long writeRow(VectorSchemaRoot root, int rowIndex, ParameterBindings.Row row)
      throws SQLException {
    long bytes = 0;
    for (int slot = 0; slot < converters.size(); slot++) {
      FieldVector vector = root.getVector(slot);
      Object value = row.value(slot);
      if (value == null) {
        ParameterConverter.writeNull(vector, rowIndex);
        bytes += 1;
        continue;
      }
      ParameterConverter converter = converters.get(slot);
      Object converted =
          bindings.isTyped(slot) ? value : ParameterBindings.convert(converter, slot + 1, value);
      converter.write(vector, rowIndex, converted);
      bytes += sizeOf(converted);
    }
    return bytes;
  }

  private static long sizeOf(Object converted) {
    if (converted instanceof byte[]) {
      return 8 + ((byte[]) converted).length;
    }
    if (converted instanceof List) {
      long size = 8;
      for (Object item : (List<?>) converted) {
        size += item == null ? 1 : sizeOf(item);
      }
      return size;
    }
    return 16;
  }
}
