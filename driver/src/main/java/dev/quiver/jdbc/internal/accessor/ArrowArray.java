package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.result.InMemoryBatchSource;
import dev.quiver.jdbc.internal.types.ColumnType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.util.TransferPair;

/**
 * A {@link java.sql.Array} over one Arrow list value. The elements are copied out when the array
 * is created, so {@code getArray} works after the cursor moves on. {@code getResultSet} copies the
 * elements into a new (INDEX BIGINT, VALUE) batch, which needs the source batch: it works while
 * the cursor is still on the batch the array came from and fails with HY010 afterwards.
 */
public final class ArrowArray implements java.sql.Array {

  private final ColumnType elementType;
  private final Class<?> elementClass;
  private final ResultSetFactory resultSetFactory;
  private final FieldVector parent;
  private final ArrowBuf parentValidity;
  private final FieldVector elementVector;
  private final int start;
  /** The elements; {@code null} once freed. */
  private Object[] elements;

  ArrowArray(
      ColumnType elementType,
      Class<?> elementClass,
      Object[] elements,
      FieldVector parent,
      FieldVector elementVector,
      int start,
      ResultSetFactory resultSetFactory) {
    this.elementType = requireNonNull(elementType, "elementType is null");
    this.elementClass = requireNonNull(elementClass, "elementClass is null");
    this.elements = requireNonNull(elements, "elements is null");
    this.parent = requireNonNull(parent, "parent is null");
    this.parentValidity = parent.getValidityBuffer();
    this.elementVector = requireNonNull(elementVector, "elementVector is null");
    this.start = start;
    this.resultSetFactory = resultSetFactory;
  }

  private Object[] elements() throws SQLException {
    if (elements == null) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("The Array has been freed");
    }
    return elements;
  }

  @Override
  public String getBaseTypeName() throws SQLException {
    elements();
    return elementType.typeName();
  }

  @Override
  public int getBaseType() throws SQLException {
    elements();
    return elementType.jdbcType();
  }

  /** The elements as an array of the element type's {@code getObject} class. */
  @Override
  public Object getArray() throws SQLException {
    Object[] all = elements();
    return slice(all, 0, all.length);
  }

  @Override
  public Object getArray(Map<String, Class<?>> map) throws SQLException {
    requireEmptyTypeMap(map, "Array.getArray(Map)");
    return getArray();
  }

  @Override
  public Object getArray(long index, int count) throws SQLException {
    int offset = checkRange(index, count);
    return slice(elements(), offset, count);
  }

  @Override
  public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
    requireEmptyTypeMap(map, "Array.getArray(long, int, Map)");
    return getArray(index, count);
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    return resultSet(0, elements().length, "Array.getResultSet()");
  }

  @Override
  public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
    requireEmptyTypeMap(map, "Array.getResultSet(Map)");
    return resultSet(0, elements().length, "Array.getResultSet(Map)");
  }

  @Override
  public ResultSet getResultSet(long index, int count) throws SQLException {
    return resultSet(checkRange(index, count), count, "Array.getResultSet(long, int)");
  }

  @Override
  public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map)
      throws SQLException {
    requireEmptyTypeMap(map, "Array.getResultSet(long, int, Map)");
    return resultSet(checkRange(index, count), count, "Array.getResultSet(long, int, Map)");
  }

  @Override
  public void free() {
    elements = null;
  }

  @Override
  public String toString() {
    return elements == null ? "<freed Array>" : java.util.Arrays.deepToString(elements);
  }

  /** The 0-based offset of JDBC's 1-based {@code index}, after checking the range. */
  private int checkRange(long index, int count) throws SQLException {
    int length = elements().length;
    if (index < 1 || count < 0 || index - 1 + count > length) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          "Array index " + index + " and count " + count + " are outside the array of length "
              + length + " (the first element is at index 1)");
    }
    return (int) (index - 1);
  }

  private Object slice(Object[] all, int offset, int count) {
    Object[] out = (Object[]) java.lang.reflect.Array.newInstance(elementClass, count);
    System.arraycopy(all, offset, out, 0, count);
    return out;
  }

  private static void requireEmptyTypeMap(Map<String, Class<?>> map, String method)
      throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(method + " with a type map is not supported");
    }
  }

  private ResultSet resultSet(int offset, int count, String method) throws SQLException {
    elements();
    if (resultSetFactory == null) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          method + " is not supported: no result set factory is configured");
    }
    if (parent.getValidityBuffer() != parentValidity || parentValidity.refCnt() == 0) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.exception(
          method + ": the batch this Array came from has been released; call it before moving"
              + " the cursor to another batch");
    }
    if (elementVector.getField().getDictionary() != null) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          method + " is not supported for dictionary-encoded elements");
    }
    InMemoryBatchSource source = new InMemoryBatchSource(copyToRoot(offset, count, method));
    try {
      return resultSetFactory.create(source);
    } catch (SQLException | RuntimeException e) {
      source.close();
      throw e;
    }
  }

  /** JDBC 4.3 Array.getResultSet: column 1 the 1-based index, column 2 the element. */
  private VectorSchemaRoot copyToRoot(int offset, int count, String method) throws SQLException {
    BufferAllocator allocator = elementVector.getAllocator();
    Field elementField = elementVector.getField();
    Field indexField = new Field("INDEX", FieldType.notNullable(new ArrowType.Int(64, true)), null);
    Field valueField = new Field("VALUE", elementField.getFieldType(), elementField.getChildren());
    BigIntVector indexVector = (BigIntVector) indexField.createVector(allocator);
    FieldVector valueVector = valueField.createVector(allocator);
    try {
      indexVector.allocateNew(count);
      valueVector.setInitialCapacity(count);
      valueVector.allocateNew();
      TransferPair copier = elementVector.makeTransferPair(valueVector);
      for (int i = 0; i < count; i++) {
        indexVector.set(i, offset + i + 1L);
        copier.copyValueSafe(start + offset + i, i);
      }
      indexVector.setValueCount(count);
      valueVector.setValueCount(count);
      return new VectorSchemaRoot(
          List.of(indexField, valueField), List.<FieldVector>of(indexVector, valueVector), count);
    } catch (UnsupportedOperationException e) {
      indexVector.close();
      valueVector.close();
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          method + " is not supported for elements of type " + elementField.getType(), e);
    } catch (RuntimeException e) {
      indexVector.close();
      valueVector.close();
      throw SqlState.GENERAL_ERROR.exception(method + " failed to copy the elements", e);
    }
  }
}
