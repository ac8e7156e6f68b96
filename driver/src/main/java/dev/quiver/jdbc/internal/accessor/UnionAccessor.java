package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.DenseUnionVector;
import org.apache.arrow.vector.complex.UnionVector;

/**
 * Dense and sparse unions: each row reads as the value of its branch, through that branch's
 * accessor (a sparse union's branch row is the row itself; a dense union stores an offset).
 */
final class UnionAccessor extends DelegatingAccessor {

  private final FieldVector vector;
  /** Branch accessors indexed by type id (Arrow type ids are 0..127). */
  private final ColumnAccessor[] branches;

  UnionAccessor(FieldVector vector, ColumnAccessor[] branches) {
    super(vector.getField().getType().toString());
    if (!(vector instanceof UnionVector) && !(vector instanceof DenseUnionVector)) {
      throw new IllegalArgumentException("Not a union vector: " + vector.getField());
    }
    this.vector = vector;
    this.branches = requireNonNull(branches, "branches is null");
  }

  private int typeId(int row) {
    if (vector instanceof DenseUnionVector) {
      return ((DenseUnionVector) vector).getTypeId(row);
    }
    return ((UnionVector) vector).getTypeValue(row);
  }

  private ColumnAccessor branch(int row) {
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
