package dev.quiver.jdbc.internal.client;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * The one driver-wide Arrow root allocator. Each connection takes a child of it, and each result a
 * child of its connection's, so closing any level releases everything below it and a leak shows up
 * as memory still held by this root.
 */
public final class DriverAllocator {

  private static final RootAllocator ROOT = new RootAllocator(Long.MAX_VALUE);

  private DriverAllocator() {}

  /** A new child of the root for one connection; the caller closes it. */
  public static BufferAllocator newConnectionAllocator(String name) {
    return ROOT.newChildAllocator(name, 0, Long.MAX_VALUE);
  }

  /**
   * Bytes currently allocated by all connections of this driver. Tests assert it is 0 after their
   * connections closed.
   */
  public static long allocatedMemory() {
    return ROOT.getAllocatedMemory();
  }

  /** Number of allocators still open below the root (one per unclosed connection). */
  public static int openChildAllocators() {
    return ROOT.getChildAllocators().size();
  }
}
