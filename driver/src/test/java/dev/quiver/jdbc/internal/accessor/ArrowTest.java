package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of tests that build Arrow vectors: a fresh allocator per test; the vectors a test
 * registers with {@link #track} are closed after it, then the test FAILS if any memory is still
 * allocated (e.g. a copy the code under test forgot to release), and the allocator is closed.
 */
public abstract class ArrowTest {

  protected BufferAllocator allocator;
  private final Deque<AutoCloseable> tracked = new ArrayDeque<>();

  @BeforeEach
  void openAllocator() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void closeAllocatorAndCheckForLeaks() throws Exception {
    while (!tracked.isEmpty()) {
      tracked.pop().close();
    }
    assertThat(allocator.getAllocatedMemory()).as("Arrow memory leaked by the test").isZero();
    allocator.close();
  }

  /** Closes {@code resource} after the test, before the leak check. */
  protected <T extends AutoCloseable> T track(T resource) {
    tracked.push(resource);
    return resource;
  }

  /** The columns factory bound to this test's allocator, tracking what it builds. */
  protected Columns columns() {
    return new Columns(allocator, this::track);
  }
}
