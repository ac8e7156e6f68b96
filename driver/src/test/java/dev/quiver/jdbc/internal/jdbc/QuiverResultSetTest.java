package dev.quiver.jdbc.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.jdbc.internal.result.InMemoryBatchSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cursor movement across batch boundaries, empty batches and maxRows, on in-memory batches. */
class QuiverResultSetTest {

  private static final Schema SCHEMA =
      new Schema(List.of(Field.nullable("v", new ArrowType.Int(64, true))));

  private BufferAllocator allocator;

  @BeforeEach
  void open() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void close() {
    assertThat(allocator.getAllocatedMemory()).isZero();
    allocator.close();
  }

  @Test
  void readsAcrossBatchesSkippingEmptyOnes() throws SQLException {
    try (ResultSet result = resultOf(0, 0, 3, 0, 0, 2, 0)) {
      assertThat(result.isBeforeFirst()).isTrue(); // peeks past the leading empty batches
      assertThat(readAll(result)).containsExactly(0L, 1L, 2L, 3L, 4L);
      assertThat(result.isAfterLast()).isTrue();
    }
  }

  @Test
  void onlyEmptyBatchesIsAnEmptyResult() throws SQLException {
    try (ResultSet result = resultOf(0, 0)) {
      assertThat(result.isBeforeFirst()).isFalse();
      assertThat(result.next()).isFalse();
      assertThat(result.isAfterLast()).isFalse();
    }
  }

  @Test
  void maxRowsStopsExactlyAtABatchBoundary() throws SQLException {
    try (QuiverResultSet truncated =
        new QuiverResultSet(null, source(3, 0, 2, 4), 5, 0, ResultSet.HOLD_CURSORS_OVER_COMMIT)) {
      assertThat(readAll(truncated)).containsExactly(0L, 1L, 2L, 3L, 4L);
      assertThat(truncated.next()).isFalse();
      assertThat(truncated.isAfterLast()).isTrue();
    }
  }

  @Test
  void maxRowsInsideABatch() throws SQLException {
    try (QuiverResultSet result =
        new QuiverResultSet(null, source(10), 3, 0, ResultSet.HOLD_CURSORS_OVER_COMMIT)) {
      assertThat(readAll(result)).containsExactly(0L, 1L, 2L);
    }
  }

  @Test
  void closingBeforeTheEndReleasesEveryBatch() throws SQLException {
    ResultSet result = resultOf(5, 5, 5);
    assertThat(result.next()).isTrue();
    result.close();
    assertThat(result.isClosed()).isTrue();
  }

  @Test
  void resultWithoutStatementHasNone() throws SQLException {
    try (ResultSet result = resultOf(1)) {
      assertThat(result.getStatement()).isNull();
    }
  }

  private ResultSet resultOf(int... batchSizes) {
    return new QuiverResultSet(
        null, source(batchSizes), 0, 0, ResultSet.HOLD_CURSORS_OVER_COMMIT);
  }

  private InMemoryBatchSource source(int... batchSizes) {
    List<VectorSchemaRoot> roots = new ArrayList<>();
    long next = 0;
    for (int size : batchSizes) {
      VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
      BigIntVector vector = (BigIntVector) root.getVector(0);
      vector.allocateNew(Math.max(size, 1));
      for (int i = 0; i < size; i++) {
        vector.set(i, next++);
      }
      root.setRowCount(size);
      roots.add(root);
    }
    return new InMemoryBatchSource(SCHEMA, roots);
  }

  private static List<Long> readAll(ResultSet result) throws SQLException {
    List<Long> values = new ArrayList<>();
    while (result.next()) {
      values.add(result.getLong(1));
    }
    return values;
  }
}
