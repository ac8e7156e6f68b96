package dev.quiver.jdbc.internal.result;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** Moving a batch out of a {@code FlightStream}'s reused root, and checking batch schemas. */
final class Batches {

  private Batches() {}

  /**
   * Moves the buffers of {@code incoming} into {@code target} (created from {@code allocator} when
   * {@code null}) without copying; {@code incoming} is left empty.
   *
   * @param endpoint the endpoint's position, for the message when the types differ
   * @return the target
   */
  static VectorSchemaRoot transfer(
      VectorSchemaRoot incoming,
      VectorSchemaRoot target,
      Schema expected,
      BufferAllocator allocator,
      int endpoint)
      throws SQLException {
    if (expected != null && !sameTypes(expected, incoming.getSchema())) {
      throw SqlState.GENERAL_ERROR.exception(
          "Endpoint "
              + endpoint
              + " sent schema "
              + incoming.getSchema()
              + ", which differs from the result's "
              + expected);
    }
    VectorSchemaRoot root =
        target == null ? VectorSchemaRoot.create(incoming.getSchema(), allocator) : target;
    List<FieldVector> from = incoming.getFieldVectors();
    List<FieldVector> to = root.getFieldVectors();
    for (int i = 0; i < from.size(); i++) {
      from.get(i).makeTransferPair(to.get(i)).transfer();
    }
    root.setRowCount(incoming.getRowCount());
    return root;
  }

  /** Same column count and types (names and metadata may differ between endpoints). */
  static boolean sameTypes(Schema a, Schema b) {
    List<Field> left = a.getFields();
    List<Field> right = b.getFields();
    if (left.size() != right.size()) {
      return false;
    }
    for (int i = 0; i < left.size(); i++) {
      if (!left.get(i).getType().equals(right.get(i).getType())
          || !sameChildTypes(left.get(i), right.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameChildTypes(Field a, Field b) {
    List<Field> left = a.getChildren();
    List<Field> right = b.getChildren();
    if (left.size() != right.size()) {
      return false;
    }
    for (int i = 0; i < left.size(); i++) {
      if (!left.get(i).getType().equals(right.get(i).getType())
          || !sameChildTypes(left.get(i), right.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether any column (at any depth) is dictionary-encoded. */
  static boolean hasDictionaries(Schema schema) {
    for (Field field : schema.getFields()) {
      if (hasDictionary(field)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDictionary(Field field) {
    if (field.getDictionary() != null) {
      return true;
    }
    for (Field child : field.getChildren()) {
      if (hasDictionary(child)) {
        return true;
      }
    }
    return false;
  }
}
