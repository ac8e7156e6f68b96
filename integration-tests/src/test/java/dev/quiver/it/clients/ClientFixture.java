package dev.quiver.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.internal.client.DriverAllocator;

/** Shared seeding and leak checks of the client tests (the driver here is the packaged jar). */
final class ClientFixture {

  private ClientFixture() {}

  /** A table {@code name} with ids 1..rows, a label and a price of id * 1.5. */
  static void seedItems(FixtureServerExtension fixture, String name, int rows) {
    fixture
        .server()
        .executeAdmin(
            "CREATE OR REPLACE TABLE "
                + name
                + "(id INTEGER PRIMARY KEY, label VARCHAR NOT NULL, price DOUBLE)");
    fixture
        .server()
        .executeAdmin(
            "INSERT INTO "
                + name
                + " SELECT range, 'item ' || range, range * 1.5 FROM range(1, "
                + (rows + 1)
                + ")");
  }

  /** The driver released all Arrow memory and every connection's allocator. */
  static void assertDriverReleasedEverything() {
    assertThat(DriverAllocator.openChildAllocators()).as("open connection allocators").isZero();
    assertThat(DriverAllocator.allocatedMemory()).as("driver Arrow memory").isZero();
  }
}
