package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.jdbc.internal.types.TypeTable;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.util.hash.ArrowBufHasher;
import org.apache.arrow.vector.ExtensionTypeVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;

/**
 * Registered extension types (Arrow Java 18.3.0 ships none for UUID or JSON, so a server-side
 * application may register its own): they read through their storage vector, and {@code
 * arrow.uuid} reads as {@link UUID}.
 */
class ExtensionTypeAccessorTest extends ArrowTest {

  /** A registered {@code arrow.uuid}: FixedSizeBinary(16) storage. */
  static final class UuidType extends ArrowType.ExtensionType {
    @Override
    public ArrowType storageType() {
      return new ArrowType.FixedSizeBinary(16);
    }

    @Override
    public String extensionName() {
      return "arrow.uuid";
    }

    @Override
    public boolean extensionEquals(ArrowType.ExtensionType other) {
      return other instanceof UuidType;
    }

    @Override
    public String serialize() {
      return "";
    }

    @Override
    public ArrowType deserialize(ArrowType storageType, String serializedData) {
      return new UuidType();
    }

    @Override
    public FieldVector getNewVector(String name, FieldType fieldType, BufferAllocator allocator) {
      return new UuidVector(name, allocator, new FixedSizeBinaryVector(name, allocator, 16));
    }
  }

  static final class UuidVector extends ExtensionTypeVector<FixedSizeBinaryVector> {
    UuidVector(String name, BufferAllocator allocator, FixedSizeBinaryVector storage) {
      super(name, allocator, storage);
    }

    @Override
    public Object getObject(int index) {
      return getUnderlyingVector().getObject(index);
    }

    @Override
    public int hashCode(int index) {
      return getUnderlyingVector().hashCode(index);
    }

    @Override
    public int hashCode(int index, ArrowBufHasher hasher) {
      return getUnderlyingVector().hashCode(index, hasher);
    }

    @Override
    public Field getField() {
      return new Field(getName(), FieldType.nullable(new UuidType()), null);
    }
  }

  /** Some application's labelled string: Utf8 storage. */
  static final class LabelType extends ArrowType.ExtensionType {
    @Override
    public ArrowType storageType() {
      return ArrowType.Utf8.INSTANCE;
    }

    @Override
    public String extensionName() {
      return "test.label";
    }

    @Override
    public boolean extensionEquals(ArrowType.ExtensionType other) {
      return other instanceof LabelType;
    }

    @Override
    public String serialize() {
      return "";
    }

    @Override
    public ArrowType deserialize(ArrowType storageType, String serializedData) {
      return new LabelType();
    }

    @Override
    public FieldVector getNewVector(String name, FieldType fieldType, BufferAllocator allocator) {
      return new LabelVector(name, allocator, new VarCharVector(name, allocator));
    }
  }

  static final class LabelVector extends ExtensionTypeVector<VarCharVector> {
    LabelVector(String name, BufferAllocator allocator, VarCharVector storage) {
      super(name, allocator, storage);
    }

    @Override
    public Object getObject(int index) {
      return getUnderlyingVector().getObject(index);
    }

    @Override
    public int hashCode(int index) {
      return getUnderlyingVector().hashCode(index);
    }

    @Override
    public int hashCode(int index, ArrowBufHasher hasher) {
      return getUnderlyingVector().hashCode(index, hasher);
    }

    @Override
    public Field getField() {
      return new Field(getName(), FieldType.nullable(new LabelType()), null);
    }
  }

  @Test
  void registeredUuidExtensionReadsAsUuid() throws SQLException {
    UUID uuid = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    UuidVector vector = track(new UuidVector("u", allocator, new FixedSizeBinaryVector("u", allocator, 16)));
    vector.getUnderlyingVector().allocateNew(2);
    vector.getUnderlyingVector().set(0, ScalarAccessorTest.uuidBytes(uuid));
    vector.getUnderlyingVector().setNull(1);
    vector.setValueCount(2);
    assertThat(TypeTable.columnType(vector.getField()).jdbcType()).isEqualTo(Types.OTHER);
    assertThat(TypeTable.columnType(vector.getField()).className()).isEqualTo("java.util.UUID");
    ColumnAccessor a = Accessors.create(vector);
    assertThat(a.getObject(0)).isEqualTo(uuid);
    assertThat(a.getString(0)).isEqualTo("00112233-4455-6677-8899-aabbccddeeff");
    assertThat(a.isNull(1)).isTrue();
  }

  @Test
  void otherRegisteredExtensionsReadAsTheirStorageType() throws SQLException {
    LabelVector vector = track(new LabelVector("l", allocator, new VarCharVector("l", allocator)));
    vector.getUnderlyingVector().allocateNew();
    vector.getUnderlyingVector().setSafe(0, "tag".getBytes(StandardCharsets.UTF_8));
    vector.setValueCount(1);
    assertThat(TypeTable.columnType(vector.getField()).jdbcType()).isEqualTo(Types.VARCHAR);
    assertThat(Accessors.create(vector).getString(0)).isEqualTo("tag");
  }
}
