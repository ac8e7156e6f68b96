package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.types.ColumnType;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.BaseListVector;
import org.apache.arrow.vector.complex.LargeListVector;
import org.apache.arrow.vector.complex.LargeListViewVector;
import org.apache.arrow.vector.complex.ListViewVector;

/**
 * List, LargeList, FixedSizeList, ListView and LargeListView: ARRAY, read as {@link ArrowArray}
 * (elements through the element column's own accessor). {@code getObject(i, List.class)} gives a
 * {@code java.util.List}; {@code getString} the elements in brackets.
 */
final class ListAccessor extends ColumnAccessor {

  private final FieldVector vector;
  private final FieldVector elementVector;
  private final ColumnAccessor elements;
  private final ColumnType elementType;
  private final Class<?> elementClass;
  private final ResultSetFactory resultSetFactory;

  ListAccessor(
      FieldVector vector,
      FieldVector elementVector,
      ColumnAccessor elements,
      ColumnType elementType,
      ResultSetFactory resultSetFactory) {
    super(vector.getField().getType().toString());
    this.vector = requireNonNull(vector, "vector is null");
    this.elementVector = requireNonNull(elementVector, "elementVector is null");
    this.elements = requireNonNull(elements, "elements is null");
    this.elementType = requireNonNull(elementType, "elementType is null");
    this.elementClass = loadClass(elementType.className());
    this.resultSetFactory = resultSetFactory;
  }

  static Class<?> loadClass(String name) {
    try {
      return Class.forName(name, false, ListAccessor.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      // every class the type table names is a JDK or Arrow class, so this cannot happen
      throw new IllegalStateException("Type table names a missing class " + name, e);
    }
  }

  private int start(int row) {
    // ListViewVector is a BaseListVector too, with a broken end index: test it first
    if (vector instanceof ListViewVector) {
      return vector.getOffsetBuffer().getInt((long) row * ListViewVector.OFFSET_WIDTH);
    }
    if (vector instanceof BaseListVector) {
      return ((BaseListVector) vector).getElementStartIndex(row);
    }
    if (vector instanceof LargeListVector) {
      return Math.toIntExact(((LargeListVector) vector).getElementStartIndex(row));
    }
    return Math.toIntExact(
        vector.getOffsetBuffer().getLong((long) row * LargeListViewVector.OFFSET_WIDTH));
  }

  private int end(int row) {
    if (vector instanceof ListViewVector) {
      // Arrow 18.3.0's ListViewVector.getElementEndIndex returns the size, not the end index
      ListViewVector view = (ListViewVector) vector;
      return start(row) + view.getSizeBuffer().getInt((long) row * ListViewVector.SIZE_WIDTH);
    }
    if (vector instanceof BaseListVector) {
      return ((BaseListVector) vector).getElementEndIndex(row);
    }
    if (vector instanceof LargeListVector) {
      return Math.toIntExact(((LargeListVector) vector).getElementEndIndex(row));
    }
    long size =
        ((LargeListViewVector) vector)
            .getSizeBuffer()
            .getLong((long) row * LargeListViewVector.SIZE_WIDTH);
    return Math.toIntExact(start(row) + size);
  }

  private Object[] elementObjects(int row) throws SQLException {
    int start = start(row);
    Object[] out = new Object[end(row) - start];
    for (int i = 0; i < out.length; i++) {
      out[i] = elements.isNull(start + i) ? null : elements.getObject(start + i);
    }
    return out;
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) throws SQLException {
    return getArray(row);
  }

  @Override
  public Array getArray(int row) throws SQLException {
    return new ArrowArray(
        elementType,
        elementClass,
        elementObjects(row),
        vector,
        elementVector,
        start(row),
        resultSetFactory);
  }

  @Override
  public String getString(int row) throws SQLException {
    return Arrays.deepToString(elementObjects(row));
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    if (type == List.class) {
      return type.cast(Arrays.asList(elementObjects(row)));
    }
    return super.getObject(row, type);
  }
}
