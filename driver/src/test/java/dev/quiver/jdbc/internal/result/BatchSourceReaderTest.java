package dev.quiver.jdbc.internal.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.jdbc.internal.accessor.ArrowTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/**
 * The reader over a batch source: every batch in order through one root, buffers moved (not
 * copied), maxRows, ownership and the in-memory schema form.
 */
class BatchSourceReaderTest extends ArrowTest {

  private static final Schema SCHEMA =
      new Schema(List.of(Field.nullable("x", new ArrowType.Int(32, true))));

  private VectorSchemaRoot batch(int from, int count) {
    VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
    IntVector x = (IntVector) root.getVector(0);
    x.allocateNew(count);
    for (int i = 0; i < count; i++) {
      x.set(i, from + i);
    }
    root.setRowCount(count);
    return root;
  }

  private InMemoryBatchSource source(int... batchSizes) {
    List<VectorSchemaRoot> roots = new ArrayList<>();
    int next = 0;
    for (int size : batchSizes) {
      roots.add(batch(next, size));
      next += size;
    }
    return new InMemoryBatchSource(SCHEMA, roots);
  }

  private static List<Integer> readAll(BatchSourceReader reader) throws IOException {
    List<Integer> values = new ArrayList<>();
    VectorSchemaRoot root = reader.getVectorSchemaRoot();
    while (reader.loadNextBatch()) {
      assertThat(reader.getVectorSchemaRoot()).as("one root for every batch").isSameAs(root);
      IntVector x = (IntVector) root.getVector(0);
      for (int i = 0; i < root.getRowCount(); i++) {
        values.add(x.get(i));
      }
    }
    return values;
  }

  @Test
  void readsEveryBatchInOrderThroughOneRootWithoutCopying() throws Exception {
    AtomicInteger ownerClosed = new AtomicInteger();
    try (InMemoryBatchSource source = source(3, 0, 5, 2)) {
      BatchSourceReader reader = BatchSourceReader.open(source, 0, ownerClosed::incrementAndGet);
      long before = allocator.getAllocatedMemory();
      assertThat(reader.loadNextBatch()).isTrue();
      assertThat(allocator.getAllocatedMemory()).as("moved, not copied").isEqualTo(before);
      assertThat(reader.getVectorSchemaRoot().getRowCount()).isEqualTo(3);
      List<Integer> rest = readAll(reader);
      assertThat(rest).containsExactly(3, 4, 5, 6, 7, 8, 9);
      assertThat(reader.loadNextBatch()).isFalse();
      reader.close();
      assertThat(ownerClosed).hasValue(1);
    }
  }

  @Test
  void maxRowsCutsTheBatchThatCrossesIt() throws Exception {
    try (InMemoryBatchSource source = source(4, 4, 4)) {
      BatchSourceReader reader = BatchSourceReader.open(source, 6, () -> {});
      assertThat(readAll(reader)).containsExactly(0, 1, 2, 3, 4, 5);
      reader.releaseRoot();
    }
  }

  @Test
  void anEmptySourceGivesAnEmptyRootOfTheSchema() throws Exception {
    try (InMemoryBatchSource source = new InMemoryBatchSource(SCHEMA, List.of())) {
      BatchSourceReader reader = BatchSourceReader.open(source, 0, () -> {});
      assertThat(reader.getVectorSchemaRoot().getSchema()).isEqualTo(SCHEMA);
      assertThat(reader.loadNextBatch()).isFalse();
      reader.close();
    }
  }

  @Test
  void afterReleaseTheReaderRefusesToLoad() throws Exception {
    try (InMemoryBatchSource source = source(2, 2)) {
      BatchSourceReader reader = BatchSourceReader.open(source, 0, () -> {});
      assertThat(reader.loadNextBatch()).isTrue();
      reader.releaseRoot();
      reader.releaseRoot();
      assertThat(reader.getVectorSchemaRoot().getRowCount()).isZero();
      assertThatThrownBy(reader::loadNextBatch).isInstanceOf(IOException.class);
    }
  }

  @Test
  void memoryFormatTurnsDictionaryFieldsIntoTheirIndexTypeAndIsIdempotent() {
    DictionaryEncoding encoding = new DictionaryEncoding(3L, false, new ArrowType.Int(16, true));
    Schema announced =
        new Schema(
            List.of(
                Field.nullable("id", new ArrowType.Int(64, true)),
                new Field("color", new FieldType(true, ArrowType.Utf8.INSTANCE, encoding), null)));
    Schema memory = BatchSourceReader.memoryFormat(announced);
    assertThat(memory.getFields().get(0)).isEqualTo(announced.getFields().get(0));
    assertThat(memory.getFields().get(1).getType()).isEqualTo(new ArrowType.Int(16, true));
    assertThat(memory.getFields().get(1).getDictionary()).isEqualTo(encoding);
    assertThat(BatchSourceReader.memoryFormat(memory)).isEqualTo(memory);
  }
}
