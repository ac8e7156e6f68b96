package dev.quiver.jdbc.internal.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.jdbc.internal.accessor.ArrowTest;
import java.util.List;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/** In-memory batches: order, ownership (every root closed), idempotent close. */
class InMemoryBatchSourceTest extends ArrowTest {

  private static final Schema SCHEMA =
      new Schema(List.of(Field.nullable("x", new ArrowType.Int(32, true))));

  private VectorSchemaRoot batch(int... values) {
    VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
    IntVector x = (IntVector) root.getVector(0);
    x.allocateNew(values.length);
    for (int i = 0; i < values.length; i++) {
      x.set(i, values[i]);
    }
    root.setRowCount(values.length);
    return root;
  }

  @Test
  void returnsTheBatchesInOrderAndReleasesEachPassedOne() {
    VectorSchemaRoot first = batch(1, 2);
    VectorSchemaRoot second = batch(3);
    try (InMemoryBatchSource source = new InMemoryBatchSource(SCHEMA, List.of(first, second))) {
      assertThat(source.schema()).isEqualTo(SCHEMA);
      assertThat(source.nextBatch()).isSameAs(first);
      long withBoth = allocator.getAllocatedMemory();
      assertThat(source.nextBatch()).isSameAs(second);
      assertThat(allocator.getAllocatedMemory()).isLessThan(withBoth);
      assertThat(((IntVector) second.getVector(0)).get(0)).isEqualTo(3);
      assertThat(source.nextBatch()).isNull();
      assertThat(source.nextBatch()).isNull();
    }
    assertThat(allocator.getAllocatedMemory()).isZero();
  }

  @Test
  void closeBeforeTheEndReleasesEverythingAndIsIdempotent() {
    InMemoryBatchSource source = new InMemoryBatchSource(SCHEMA, List.of(batch(1), batch(2)));
    source.nextBatch();
    source.close();
    source.close();
    assertThat(allocator.getAllocatedMemory()).isZero();
    assertThat(source.nextBatch()).isNull();
  }

  @Test
  void aBatchWithAnotherSchemaIsRejectedAndEverythingIsReleased() {
    VectorSchemaRoot other =
        VectorSchemaRoot.create(
            new Schema(List.of(Field.nullable("y", ArrowType.Utf8.INSTANCE))), allocator);
    VectorSchemaRoot good = batch(1);
    assertThatThrownBy(() -> new InMemoryBatchSource(SCHEMA, List.of(good, other)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(allocator.getAllocatedMemory()).isZero();
  }
}
