package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.apache.arrow.vector.FixedSizeBinaryVector;

/**
 * The {@code arrow.uuid} canonical extension (FixedSizeBinary(16), big-endian): read as {@link
 * UUID}; {@code getString} gives the 8-4-4-4-12 form and {@code getBytes} the 16 stored bytes.
 */
final class UuidAccessor extends ColumnAccessor {

  private final FixedSizeBinaryVector vector;

  UuidAccessor(FixedSizeBinaryVector vector) {
    super("arrow.uuid");
    this.vector = requireNonNull(vector, "vector is null");
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    return Conversions.uuidFromBytes(vector.get(row));
  }

  @Override
  public String getString(int row) {
    return getObject(row).toString();
  }

  @Override
  public byte[] getBytes(int row) {
    return vector.get(row);
  }
}
