package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import org.apache.arrow.vector.BaseIntVector;

/** A dictionary-encoded column: each row's index selects a value of the dictionary vector. */
final class DictionaryAccessor extends DelegatingAccessor {

  private final BaseIntVector indices;
  private final ColumnAccessor values;

  DictionaryAccessor(BaseIntVector indices, ColumnAccessor values) {
    super("Dictionary<" + values.typeDescription() + ">");
    this.indices = requireNonNull(indices, "indices is null");
    this.values = requireNonNull(values, "values is null");
  }

  @Override
  ColumnAccessor target(int row) {
    return values;
  }

  @Override
  int targetRow(int row) {
    return (int) indices.getValueAsLong(row);
  }

  @Override
  public boolean isNull(int row) {
    return indices.isNull(row) || values.isNull(targetRow(row));
  }
}
