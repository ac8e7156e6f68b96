package dev.quiver.jdbc.internal.result;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * An {@link ArrowReader} over the batches of a {@link BatchSource}, with no copy: each batch's
 * buffers are transferred (moved, not copied) into this reader's one root, the root {@code
 * getVectorSchemaRoot()} returns. The base class's IPC loading machinery is bypassed: the source
 * already holds the batches in memory format, dictionaries included.
 *
 * <p>The first batch is read when the reader is opened, so the root has the exact in-memory schema
 * (index types for dictionary-encoded columns) and the source's allocator before any batch is
 * loaded. A source with no batch at all gets an empty root on a zero-byte allocator of its own.
 */
public final class BatchSourceReader extends ArrowReader {

  private final BatchSource source;
  private final long maxRows;
  private final AutoCloseable owner;
  private final VectorSchemaRoot root;
  private final BufferAllocator emptyAllocator; // only for sources without batches
  private VectorSchemaRoot pending;
  private long rowsLoaded;
  private long bytesLoaded;
  private boolean exhausted;
  private boolean rootClosed;

  private BatchSourceReader(
      BatchSource source,
      long maxRows,
      AutoCloseable owner,
      VectorSchemaRoot first,
      VectorSchemaRoot root,
      BufferAllocator emptyAllocator) {
    super(emptyAllocator != null ? emptyAllocator : allocatorOf(first));
    this.source = source;
    this.maxRows = maxRows;
    this.owner = owner;
    this.pending = first;
    this.exhausted = first == null;
    this.root = root;
    this.emptyAllocator = emptyAllocator;
  }

  /**
   * Opens a reader on the batches {@code source} has not yet handed out.
   *
   * @param maxRows the most rows to deliver; 0 = all
   * @param owner closed by {@link #close()} (the result set the source belongs to)
   */
  public static BatchSourceReader open(BatchSource source, long maxRows, AutoCloseable owner)
      throws SQLException {
    requireNonNull(source, "source is null");
    requireNonNull(owner, "owner is null");
    if (maxRows < 0) {
      throw new IllegalArgumentException("maxRows is negative: " + maxRows);
    }
    VectorSchemaRoot first = source.nextBatch();
    BufferAllocator vectorsAllocator = first == null ? null : allocatorOf(first);
    BufferAllocator emptyAllocator = null;
    Schema schema;
    if (vectorsAllocator == null) {
      // No batch (or no column): a root that never holds memory, on an allocator that allows none.
      emptyAllocator = new RootAllocator(0);
      vectorsAllocator = emptyAllocator;
      schema = first != null ? first.getSchema() : memoryFormat(source.schema());
    } else {
      schema = first.getSchema();
    }
    VectorSchemaRoot root = VectorSchemaRoot.create(schema, vectorsAllocator);
    return new BatchSourceReader(source, maxRows, owner, first, root, emptyAllocator);
  }

  @Override
  public VectorSchemaRoot getVectorSchemaRoot() {
    return root;
  }

  @Override
  public synchronized boolean loadNextBatch() throws IOException {
    if (rootClosed) {
      throw new IOException("The reader is closed");
    }
    try {
      VectorSchemaRoot next;
      if (pending != null) {
        next = pending;
        pending = null;
      } else if (exhausted) {
        next = null;
      } else {
        next = source.nextBatch();
      }
      if (next == null) {
        exhausted = true;
        root.setRowCount(0);
        return false;
      }
      transfer(next);
      return true;
    } catch (SQLException failure) {
      throw new IOException(failure.getMessage(), failure);
    }
  }

  private void transfer(VectorSchemaRoot batch) throws SQLException {
    List<FieldVector> from = batch.getFieldVectors();
    List<FieldVector> to = root.getFieldVectors();
    if (from.size() != to.size()) {
      throw SqlState.GENERAL_ERROR.exception(
          "A batch of " + from.size() + " columns arrived for a result of " + to.size());
    }
    for (int i = 0; i < from.size(); i++) {
      Field expected = to.get(i).getField();
      Field actual = from.get(i).getField();
      if (!expected.getType().equals(actual.getType())) {
        throw SqlState.GENERAL_ERROR.exception(
            "Column " + expected.getName() + " changed type from " + expected + " to " + actual);
      }
      from.get(i).makeTransferPair(to.get(i)).transfer();
    }
    int rows = batch.getRowCount();
    if (maxRows > 0 && rowsLoaded + rows >= maxRows) {
      rows = (int) (maxRows - rowsLoaded); // Statement.setMaxRows: the rest is dropped
      exhausted = true;
    }
    root.setRowCount(rows);
    rowsLoaded += rows;
    for (FieldVector vector : to) {
      bytesLoaded += vector.getBufferSize();
    }
  }

  @Override
  public Map<Long, Dictionary> getDictionaryVectors() {
    DictionaryProvider dictionaries = source.dictionaryProvider();
    if (dictionaries == null) {
      return Collections.emptyMap();
    }
    Map<Long, Dictionary> byId = new HashMap<>();
    for (Long id : dictionaries.getDictionaryIds()) {
      byId.put(id, dictionaries.lookup(id));
    }
    return Collections.unmodifiableMap(byId);
  }

  @Override
  public Dictionary lookup(long id) {
    DictionaryProvider dictionaries = source.dictionaryProvider();
    return dictionaries == null ? null : dictionaries.lookup(id);
  }

  @Override
  public Set<Long> getDictionaryIds() {
    DictionaryProvider dictionaries = source.dictionaryProvider();
    return dictionaries == null ? Collections.emptySet() : dictionaries.getDictionaryIds();
  }

  @Override
  public synchronized long bytesRead() {
    return bytesLoaded;
  }

  /** Closes the root, then (when {@code closeReadSource}) the owner. */
  @Override
  public void close(boolean closeReadSource) throws IOException {
    releaseRoot();
    if (closeReadSource) {
      closeReadSource();
    }
  }

  /**
   * Releases the root's memory; idempotent. The owner calls it before closing the source, so the
   * source's allocator closes with nothing allocated.
   */
  public synchronized void releaseRoot() {
    if (rootClosed) {
      return;
    }
    rootClosed = true;
    pending = null; // still owned by the source, which releases it
    root.clear(); // row count 0 as well, for a caller still holding the root
    root.close();
    if (emptyAllocator != null) {
      emptyAllocator.close();
    }
  }

  @Override
  protected void closeReadSource() throws IOException {
    try {
      owner.close();
    } catch (IOException | RuntimeException failure) {
      throw failure;
    } catch (Exception failure) {
      throw new IOException(failure.getMessage(), failure);
    }
  }

  @Override
  protected Schema readSchema() {
    return root.getSchema();
  }

  private static BufferAllocator allocatorOf(VectorSchemaRoot batch) {
    List<FieldVector> vectors = batch.getFieldVectors();
    return vectors.isEmpty() ? null : vectors.get(0).getAllocator();
  }

  /**
   * The in-memory form of a schema a FlightInfo announced: a dictionary-encoded field holds its
   * index type and no children (the IPC form holds the value type). Idempotent, so a schema already
   * in memory form passes unchanged.
   */
  static Schema memoryFormat(Schema schema) {
    List<Field> fields = new ArrayList<>();
    for (Field field : schema.getFields()) {
      fields.add(memoryFormat(field));
    }
    return new Schema(fields, schema.getCustomMetadata());
  }

  private static Field memoryFormat(Field field) {
    if (field.getDictionary() != null) {
      return new Field(
          field.getName(),
          new FieldType(
              field.isNullable(),
              field.getDictionary().getIndexType(),
              field.getDictionary(),
              field.getMetadata()),
          Collections.emptyList());
    }
    List<Field> children = new ArrayList<>();
    for (Field child : field.getChildren()) {
      children.add(memoryFormat(child));
    }
    return new Field(field.getName(), field.getFieldType(), children);
  }
}
