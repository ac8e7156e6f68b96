package dev.quiver.jdbc.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.Test;

class QuiverAllocationManagerTest {

  private static RootAllocator newRoot() {
    return new RootAllocator(
        RootAllocator.configBuilder()
            .allocationManagerFactory(QuiverAllocationManager.FACTORY)
            .maxAllocation(Long.MAX_VALUE)
            .build());
  }

  @Test
  void vectorsAllocateWriteReadAndReleaseEverything() {
    try (RootAllocator root = newRoot();
        BufferAllocator child = root.newChildAllocator("child", 0, Long.MAX_VALUE)) {
      try (BigIntVector numbers = new BigIntVector("n", child);
          VarCharVector strings = new VarCharVector("s", child)) {
        numbers.allocateNew(10_000);
        strings.allocateNew(10_000);
        for (int i = 0; i < 10_000; i++) {
          numbers.set(i, i * 7L);
          strings.setSafe(i, ("v" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        numbers.setValueCount(10_000);
        strings.setValueCount(10_000);
        assertThat(numbers.get(9_999)).isEqualTo(69_993L);
        assertThat(strings.getObject(1234).toString()).isEqualTo("v1234");
        assertThat(child.getAllocatedMemory()).isPositive();
      }
      assertThat(child.getAllocatedMemory()).isZero();
      assertThat(root.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void buffersAreAccountedUntilReleased() {
    try (RootAllocator root = newRoot();
        BufferAllocator child = root.newChildAllocator("child", 0, Long.MAX_VALUE)) {
      try (ArrowBuf buffer = child.buffer(1024)) {
        buffer.setLong(1016, 42L);
        assertThat(buffer.getLong(1016)).isEqualTo(42L);
        assertThat(child.getAllocatedMemory()).isEqualTo(1024);
        assertThat(root.getAllocatedMemory()).isEqualTo(1024);
      }
      assertThat(child.getAllocatedMemory()).isZero();
      assertThat(root.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void emptyBufferIsShared() {
    try (RootAllocator root = newRoot()) {
      assertThat(root.getEmpty().capacity()).isZero();
      assertThat(root.buffer(0).capacity()).isZero();
      assertThat(root.getAllocatedMemory()).isZero();
    }
  }
}
