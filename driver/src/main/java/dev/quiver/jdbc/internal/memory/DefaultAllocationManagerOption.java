package dev.quiver.jdbc.internal.memory;

import org.apache.arrow.memory.AllocationManager;

/**
 * Arrow's {@code org.apache.arrow.memory.DefaultAllocationManagerOption} for the single driver jar:
 * the default allocation manager is always {@link QuiverAllocationManager}.
 *
 * <p>Arrow's class chooses between {@code arrow-memory-netty} and {@code arrow-memory-unsafe} by
 * scanning the classpath for marker classes, and its {@code BaseAllocator} asks for that default
 * while its class initializes, even when every allocator is then built with an explicit factory.
 * The driver jar bundles neither module (see {@link QuiverAllocationManager}), so the scan would
 * fail, and it would log two INFO lines on the user's console. The shade plugin rewrites Arrow's
 * one call ({@code BaseAllocator.Config.getAllocationManagerFactory}) to this class and leaves
 * Arrow's class out of the jar (driver {@code pom.xml}).
 */
public final class DefaultAllocationManagerOption {

  private DefaultAllocationManagerOption() {}

  /** The factory of allocators built without an explicit one. */
  public static AllocationManager.Factory getDefaultAllocationManagerFactory() {
    return QuiverAllocationManager.FACTORY;
  }
}
