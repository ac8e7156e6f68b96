package dev.quiver.jdbc.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * The flag-free replacement of Arrow's MemoryUtil, compared with Arrow's own class (which works in
 * this test JVM because Surefire passes {@code --add-opens}). That the replacement needs no flag is
 * proven by integration-tests (FlagFreeJarTest), which runs the jar in JVMs without one.
 */
class MemoryUtilTest {

  @Test
  void directBufferMatchesArrowsForTheSameMemory() {
    int size = 64;
    long address = MemoryUtil.allocateMemory(size);
    try {
      for (int i = 0; i < size; i++) {
        MemoryUtil.putByte(address + i, (byte) (i * 3));
      }
      ByteBuffer ours = MemoryUtil.directBuffer(address, size);
      ByteBuffer arrows = org.apache.arrow.memory.util.MemoryUtil.directBuffer(address, size);
      assertThat(ours.isDirect()).isTrue();
      assertThat(ours.capacity()).isEqualTo(arrows.capacity()).isEqualTo(size);
      assertThat(ours.limit()).isEqualTo(arrows.limit());
      assertThat(ours.position()).isEqualTo(arrows.position()).isZero();
      assertThat(ours.order()).isEqualTo(arrows.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
      assertThat(ours.isReadOnly()).isEqualTo(arrows.isReadOnly()).isFalse();
      assertThat(ours).isEqualTo(arrows); // same remaining bytes
      assertThat(ours.getLong(8)).isEqualTo(arrows.getLong(8));
      assertThat(MemoryUtil.getByteBufferAddress(ours))
          .isEqualTo(org.apache.arrow.memory.util.MemoryUtil.getByteBufferAddress(arrows))
          .isEqualTo(address);
    } finally {
      MemoryUtil.freeMemory(address);
    }
  }

  @Test
  void writesThroughTheBufferReachTheMemoryAndSlicesKeepTheirOffset() {
    int size = 32;
    long address = MemoryUtil.allocateMemory(size);
    try {
      MemoryUtil.setMemory(address, size, (byte) 0);
      ByteBuffer buffer = MemoryUtil.directBuffer(address, size);
      buffer.putInt(4, 0x01020304);
      assertThat(MemoryUtil.getByte(address + 4)).isEqualTo((byte) 1); // big-endian
      buffer.position(16);
      ByteBuffer slice = buffer.slice();
      slice.put((byte) 99);
      assertThat(MemoryUtil.getByte(address + 16)).isEqualTo((byte) 99);
      assertThat(MemoryUtil.getByteBufferAddress(slice)).isEqualTo(address + 16);
      assertThat(slice.capacity()).isEqualTo(16);
      assertThatThrownBy(() -> buffer.get(size)).isInstanceOf(IndexOutOfBoundsException.class);
    } finally {
      MemoryUtil.freeMemory(address);
    }
  }

  @Test
  void emptyAndNegativeCapacities() {
    assertThat(MemoryUtil.directBuffer(0, 0).capacity()).isZero();
    assertThatThrownBy(() -> MemoryUtil.directBuffer(0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void addressOfAJdkDirectBuffer() {
    ByteBuffer jdk = ByteBuffer.allocateDirect(8);
    assertThat(MemoryUtil.getByteBufferAddress(jdk))
        .isEqualTo(org.apache.arrow.memory.util.MemoryUtil.getByteBufferAddress(jdk))
        .isNotZero();
  }

  @Test
  void copiesBetweenArraysAndMemory() {
    byte[] source = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    long address = MemoryUtil.allocateMemory(16);
    long other = MemoryUtil.allocateMemory(16);
    try {
      MemoryUtil.copyToMemory(source, 1, address, 8);
      MemoryUtil.copyMemory(address, other, 8);
      byte[] back = new byte[10];
      MemoryUtil.copyFromMemory(other, back, 2, 8);
      assertThat(back).containsExactly(0, 0, 2, 3, 4, 5, 6, 7, 8, 9);
      assertThat(MemoryUtil.getInt(source, 0))
          .isEqualTo(org.apache.arrow.memory.util.MemoryUtil.getInt(source, 0));
      assertThat(MemoryUtil.getLong(source, 1))
          .isEqualTo(org.apache.arrow.memory.util.MemoryUtil.getLong(source, 1));
      MemoryUtil.putShort(address, (short) -2);
      MemoryUtil.putInt(address + 2, 123456);
      MemoryUtil.putLong(address + 6, Long.MIN_VALUE);
      assertThat(MemoryUtil.getShort(address)).isEqualTo((short) -2);
      assertThat(MemoryUtil.getInt(address + 2)).isEqualTo(123456);
      assertThat(MemoryUtil.getLong(address + 6)).isEqualTo(Long.MIN_VALUE);
      assertThat(MemoryUtil.LITTLE_ENDIAN)
          .isEqualTo(org.apache.arrow.memory.util.MemoryUtil.LITTLE_ENDIAN);
    } finally {
      MemoryUtil.freeMemory(address);
      MemoryUtil.freeMemory(other);
    }
  }
}
