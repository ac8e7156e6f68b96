package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.arrow.vector.FieldVector;

/**
 * Binary, LargeBinary, BinaryView and FixedSizeBinary: BINARY/VARBINARY/LONGVARBINARY read as
 * {@code byte[]}; {@code getString} gives lower-case hex; a 16-byte value also reads as a UUID.
 * Columns tagged {@code arrow.uuid} use {@link UuidAccessor} instead.
 */
final class BinaryAccessor extends ColumnAccessor {

  private final FieldVector vector;
  private final Utf8Reader reader;

  BinaryAccessor(FieldVector vector, String typeDescription) {
    super(typeDescription);
    this.vector = requireNonNull(vector, "vector is null");
    this.reader = new Utf8Reader(vector);
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    return reader.bytes(row);
  }

  @Override
  public byte[] getBytes(int row) {
    return reader.bytes(row);
  }

  @Override
  public String getString(int row) {
    return Conversions.toHex(reader.bytes(row));
  }

  /** B-6 allows it on binaries; the characters are those of {@code getString} (hex). */
  @Override
  public Reader getCharacterStream(int row) {
    return new StringReader(getString(row));
  }

  @Override
  public InputStream getBinaryStream(int row) {
    return new ByteArrayInputStream(reader.bytes(row));
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    if (type == UUID.class) {
      byte[] bytes = reader.bytes(row);
      if (bytes.length != 16) {
        throw notConvertible("UUID (the value has " + bytes.length + " bytes, not 16)");
      }
      return type.cast(Conversions.uuidFromBytes(bytes));
    }
    return super.getObject(row, type);
  }
}
