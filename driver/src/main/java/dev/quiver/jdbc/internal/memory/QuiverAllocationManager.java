package dev.quiver.jdbc.internal.memory;

import org.apache.arrow.memory.AllocationManager;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.ReferenceManager;

/**
 * Arrow memory straight from {@code Unsafe.allocateMemory}, one native allocation per Arrow
 * allocation, freed when its last buffer is released.
 *
 * <p>The driver's root allocator uses this instead of Arrow's default (Netty's pooled allocator,
 * {@code arrow-memory-netty}), which is not in the driver jar: on JDK 24+ without JVM flags its
 * static initializer fails ({@code EmptyByteBuf.memoryAddress} throws), and it drags Netty's pool
 * arenas into every BI tool. Arrow's own {@code arrow-memory-unsafe} module does the same as this
 * class; it is written here because the driver jar has no classpath scanning for allocation
 * managers and because it must use the flag-free {@link MemoryUtil}.
 */
public final class QuiverAllocationManager extends AllocationManager {

  private static final ArrowBuf EMPTY =
      new ArrowBuf(ReferenceManager.NO_OP, null, 0, MemoryUtil.allocateMemory(0));

  /** Creates the allocation managers of every allocator below the driver's root. */
  public static final AllocationManager.Factory FACTORY =
      new AllocationManager.Factory() {
        @Override
        public AllocationManager create(BufferAllocator accountingAllocator, long size) {
          return new QuiverAllocationManager(accountingAllocator, size);
        }

        @Override
        public ArrowBuf empty() {
          return EMPTY;
        }
      };

  private final long size;
  private final long address;

  private QuiverAllocationManager(BufferAllocator accountingAllocator, long size) {
    super(accountingAllocator);
    this.address = MemoryUtil.allocateMemory(size);
    this.size = size;
  }

  @Override
  public long getSize() {
    return size;
  }

  @Override
  protected long memoryAddress() {
    return address;
  }

  @Override
  protected void release0() {
    MemoryUtil.freeMemory(address);
  }
}
