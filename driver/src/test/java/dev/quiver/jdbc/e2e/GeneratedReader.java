package dev.quiver.jdbc.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Test data as Arrow batches, generated row by row: {@code id BIGINT} = first..first+rows-1, {@code
 * s VARCHAR} = "v" + id (NULL when id % 7 == 3), {@code ts TIMESTAMP(us)} = id * 1000 µs after the
 * epoch (NULL when id % 11 == 5). Optionally fails after {@code failAfterBatches} batches.
 */
final class GeneratedReader extends ArrowReader {

  static final Schema SCHEMA =
      new Schema(
          List.of(
              Field.nullable("id", new ArrowType.Int(64, true)),
              Field.nullable("s", ArrowType.Utf8.INSTANCE),
              Field.nullable("ts", new ArrowType.Timestamp(TimeUnit.MICROSECOND, null))));

  private final long first;
  private final long rows;
  private final int batchRows;
  private final int failAfterBatches;
  private long next;
  private int batches;

  GeneratedReader(BufferAllocator allocator, long first, long rows, int batchRows) {
    this(allocator, first, rows, batchRows, -1);
  }

  GeneratedReader(
      BufferAllocator allocator, long first, long rows, int batchRows, int failAfterBatches) {
    super(allocator);
    this.first = first;
    this.rows = rows;
    this.batchRows = batchRows;
    this.failAfterBatches = failAfterBatches;
    this.next = first;
  }

  static boolean stringIsNull(long id) {
    return id % 7 == 3;
  }

  static boolean timestampIsNull(long id) {
    return id % 11 == 5;
  }

  @Override
  public boolean loadNextBatch() throws IOException {
    prepareLoadNextBatch();
    if (failAfterBatches >= 0 && batches == failAfterBatches) {
      throw new IOException("generated failure after " + batches + " batches");
    }
    long end = Math.min(first + rows, next + batchRows);
    int count = (int) (end - next);
    if (count <= 0) {
      return false;
    }
    VectorSchemaRoot root = getVectorSchemaRoot();
    BigIntVector id = (BigIntVector) root.getVector("id");
    VarCharVector s = (VarCharVector) root.getVector("s");
    TimeStampMicroVector ts = (TimeStampMicroVector) root.getVector("ts");
    // fresh buffers for every batch: the previous one may still be queued for sending
    id.clear();
    s.clear();
    ts.clear();
    id.allocateNew(count);
    s.allocateNew((long) count * 8, count);
    ts.allocateNew(count);
    for (int i = 0; i < count; i++) {
      long value = next + i;
      id.set(i, value);
      if (stringIsNull(value)) {
        s.setNull(i);
      } else {
        s.setSafe(i, ("v" + value).getBytes(StandardCharsets.UTF_8));
      }
      if (timestampIsNull(value)) {
        ts.setNull(i);
      } else {
        ts.set(i, value * 1000);
      }
    }
    root.setRowCount(count);
    next = end;
    batches++;
    return true;
  }

  @Override
  public long bytesRead() {
    return 0;
  }

  @Override
  protected void closeReadSource() {}

  @Override
  protected Schema readSchema() {
    return SCHEMA;
  }
}
