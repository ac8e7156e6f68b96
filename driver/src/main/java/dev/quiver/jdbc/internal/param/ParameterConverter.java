package dev.quiver.jdbc.internal.param;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseLargeVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthViewVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Converts canonical parameter values ({@link ParameterValues}) to one Arrow vector family and
 * writes them. Conversion and writing are separate steps so a setter can fail at once (the value is
 * converted when it is set, if the server's type is known) while vectors are filled only when the
 * statement runs.
 */
abstract class ParameterConverter {

  private final Field field;

  ParameterConverter(Field field) {
    this.field = requireNonNull(field, "field is null");
  }

  /** The field this converter writes: the server's parameter field or the inferred one. */
  final Field field() {
    return field;
  }

  /** The non-null canonical {@code value} in the form {@link #write} takes. */
  abstract Object convert(Object value) throws SQLException;

  /** Writes a value returned by {@link #convert} at {@code row}, growing the vector if needed. */
  abstract void write(FieldVector vector, int row, Object converted);

  /** Grows a fixed-width vector until {@code row} is within its capacity. */
  static void ensureCapacity(FieldVector vector, int row) {
    while (row >= vector.getValueCapacity()) {
      vector.reAlloc();
    }
  }

  /** Writes SQL NULL at {@code row} of any vector the converters produce. */
  static void writeNull(FieldVector vector, int row) {
    if (vector instanceof NullVector) {
      return; // every slot of a NullVector is null
    }
    if (vector instanceof BaseFixedWidthVector) {
      ensureCapacity(vector, row);
      ((BaseFixedWidthVector) vector).setNull(row);
    } else if (vector instanceof BaseVariableWidthVector) {
      ensureCapacity(vector, row);
      ((BaseVariableWidthVector) vector).setNull(row);
    } else if (vector instanceof BaseLargeVariableWidthVector) {
      ensureCapacity(vector, row);
      ((BaseLargeVariableWidthVector) vector).setNull(row);
    } else if (vector instanceof BaseVariableWidthViewVector) {
      ensureCapacity(vector, row);
      ((BaseVariableWidthViewVector) vector).setNull(row);
    } else if (vector instanceof ListVector) {
      ensureCapacity(vector, row);
      ((ListVector) vector).setNull(row);
    } else {
      throw new IllegalStateException("No null writer for " + vector.getClass().getSimpleName());
    }
  }
}
