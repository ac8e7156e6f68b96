package dev.quiver.jdbc.internal.accessor;

import org.apache.arrow.vector.NullVector;

/** Arrow Null: every value is SQL NULL, so the cursor never calls a typed getter. */
final class NullAccessor extends ColumnAccessor {

  NullAccessor(NullVector vector) {
    super("Null");
  }

  @Override
  public boolean isNull(int row) {
    return true;
  }

  @Override
  public Object getObject(int row) {
    return null;
  }
}
