package dev.quiver.jdbc.internal.param;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.pojo.Field;

/** List parameters ({@code setArray}, Java arrays and collections); elements by the child field. */
final class ListConverter extends ParameterConverter {

  private final ParameterConverter element;

  ListConverter(Field field, ParameterConverter element) {
    super(field);
    this.element = element;
  }

  @Override
  Object convert(Object value) throws SQLException {
    List<?> items = ValueCoercion.toList(value);
    List<Object> converted = new ArrayList<>(items.size());
    for (Object item : items) {
      converted.add(item == null ? null : element.convert(item));
    }
    return Collections.unmodifiableList(converted);
  }

  @Override
  void write(FieldVector vector, int row, Object converted) {
    ListVector list = (ListVector) vector;
    List<?> items = (List<?>) converted;
    ensureCapacity(list, row);
    int start = list.startNewValue(row);
    FieldVector child = list.getDataVector();
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (item == null) {
        writeNull(child, start + i);
      } else {
        element.write(child, start + i, item);
      }
    }
    list.endValue(row, items.size());
  }
}
