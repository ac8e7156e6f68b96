package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import org.apache.arrow.vector.complex.RunEndEncodedVector;

/** Run-end encoded: a logical row reads the value of the run that covers it. */
final class RunEndEncodedAccessor extends DelegatingAccessor {

  private final RunEndEncodedVector vector;
  private final ColumnAccessor values;

  RunEndEncodedAccessor(RunEndEncodedVector vector, ColumnAccessor values) {
    super("RunEndEncoded<" + values.typeDescription() + ">");
    this.vector = requireNonNull(vector, "vector is null");
    this.values = requireNonNull(values, "values is null");
  }

  @Override
  ColumnAccessor target(int row) {
    return values;
  }

  @Override
  int targetRow(int row) {
    return vector.getPhysicalIndex(row);
  }

  @Override
  public boolean isNull(int row) {
    return values.isNull(targetRow(row));
  }
}
