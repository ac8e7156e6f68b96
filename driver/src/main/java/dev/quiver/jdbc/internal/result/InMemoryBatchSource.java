package dev.quiver.jdbc.internal.result;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Batches already in memory (metadata results, {@code Array.getResultSet}). The source owns the
 * roots: each is closed when the cursor moves past it, and all that remain on {@link #close()}.
 */
public final class InMemoryBatchSource implements BatchSource {

  private final Schema schema;
  private final List<VectorSchemaRoot> roots;
  private int next;
  private boolean closed;

  /** A source of one batch. */
  public InMemoryBatchSource(VectorSchemaRoot root) {
    this(requireNonNull(root, "root is null").getSchema(), List.of(root));
  }

  /**
   * A source of {@code roots} in order; every root must have {@code schema}.
   *
   * @throws IllegalArgumentException when a root's schema differs (the roots are then closed)
   */
  public InMemoryBatchSource(Schema schema, List<VectorSchemaRoot> roots) {
    this.schema = requireNonNull(schema, "schema is null");
    this.roots = new ArrayList<>(requireNonNull(roots, "roots is null"));
    for (VectorSchemaRoot root : this.roots) {
      if (!schema.equals(requireNonNull(root, "root is null").getSchema())) {
        close();
        throw new IllegalArgumentException(
            "Batch schema " + root.getSchema() + " differs from " + schema);
      }
    }
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public VectorSchemaRoot nextBatch() {
    if (closed) {
      return null;
    }
    if (next > 0) {
      roots.get(next - 1).close();
    }
    if (next == roots.size()) {
      return null;
    }
    return roots.get(next++);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    // closing a root twice is harmless, so close every one, including those already passed
    for (VectorSchemaRoot root : roots) {
      root.close();
    }
  }
}
