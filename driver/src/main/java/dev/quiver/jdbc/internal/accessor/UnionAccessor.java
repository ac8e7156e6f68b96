package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.complex.DenseUnionVector;
import org.apache.arrow.vector.complex.UnionVector;

/**
 * Dense and sparse unions: each row reads as the value of its branch, through that branch's
 * accessor (a sparse union's branch row is the row itself; a dense union stores an offset).
 */
final class UnionAccessor extends DelegatingAccessor {

  private final FieldVector vector;

  /** A dense union's branch accessors indexed by type id (Arrow type ids are 0..127). */
  private final ColumnAccessor[] branches;

  /** A sparse union's branch accessors by child vector (identity). */
  private final Map<ValueVector, ColumnAccessor> sparseBranches;

  /** A dense union with its branches by type id. */
  UnionAccessor(FieldVector vector, ColumnAccessor[] branches) {
    super(vector.getField().getType().toString());
    if (!(vector instanceof DenseUnionVector)) {
      throw new IllegalArgumentException("Not a dense union vector: " + vector.getField());
    }
    this.vector = vector;
    this.branches = requireNonNull(branches, "branches is null");
    this.sparseBranches = Map.of();
  }

  /** A sparse union with its branches by child vector. */
  UnionAccessor(FieldVector vector, Map<ValueVector, ColumnAccessor> branches) {
    super(vector.getField().getType().toString());
    if (!(vector instanceof UnionVector)) {
      throw new IllegalArgumentException("Not a sparse union vector: " + vector.getField());
    }
    this.vector = vector;
    this.branches = new ColumnAccessor[0];
    this.sparseBranches = requireNonNull(branches, "branches is null");
  }

  private int typeId(int row) {
    if (vector instanceof DenseUnionVector) {
      return ((DenseUnionVector) vector).getTypeId(row);
    }
    return ((UnionVector) vector).getTypeValue(row);
  }

  private ColumnAccessor branch(int row) {
    if (vector instanceof UnionVector) {
      // getVector maps the row's type id to its child by the ids of the stream's schema
      return sparseBranches.get(((UnionVector) vector).getVector(row));
    }
    int typeId = typeId(row);
    return typeId >= 0 && typeId < branches.length ? branches[typeId] : null;
  }

  @Override
  ColumnAccessor target(int row) throws SQLException {
    ColumnAccessor branch = branch(row);
    if (branch == null) {
      throw SqlState.GENERAL_ERROR.exception(
          "Union row " + row + " has type id " + typeId(row) + ", which names no branch");
    }
    return branch;
  }

  @Override
  int targetRow(int row) {
    if (vector instanceof DenseUnionVector) {
      return ((DenseUnionVector) vector).getOffset(row);
    }
    return row;
  }

  @Override
  public boolean isNull(int row) {
    ColumnAccessor branch = branch(row);
    return branch == null || branch.isNull(targetRow(row));
  }
}
