package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.arrow.vector.complex.MapVector;

/**
 * Map: JAVA_OBJECT, read as a {@link LinkedHashMap} in entry order (keys and values through their
 * own accessors; a repeated key keeps its last value). {@code getString} is the map's text.
 */
final class MapAccessor extends ColumnAccessor {

  private final MapVector vector;
  private final ColumnAccessor keys;
  private final ColumnAccessor values;

  MapAccessor(MapVector vector, ColumnAccessor keys, ColumnAccessor values) {
    super(vector.getField().getType().toString());
    this.vector = requireNonNull(vector, "vector is null");
    this.keys = requireNonNull(keys, "keys is null");
    this.values = requireNonNull(values, "values is null");
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) throws SQLException {
    Map<Object, Object> out = new LinkedHashMap<>();
    int end = vector.getElementEndIndex(row);
    for (int i = vector.getElementStartIndex(row); i < end; i++) {
      Object key = keys.isNull(i) ? null : keys.getObject(i);
      out.put(key, values.isNull(i) ? null : values.getObject(i));
    }
    return out;
  }

  @Override
  public String getString(int row) throws SQLException {
    return getObject(row).toString();
  }
}
