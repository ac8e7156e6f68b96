package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.jdbc.internal.client.DriverAllocator;

/** The driver-wide leak check every end-to-end test runs after its connections closed. */
final class LeakChecks {

  private LeakChecks() {}

  static void assertDriverMemoryReleased() {
    assertThat(DriverAllocator.allocatedMemory()).as("bytes held by the driver").isZero();
    assertThat(DriverAllocator.openChildAllocators()).as("connection allocators open").isZero();
  }
}
