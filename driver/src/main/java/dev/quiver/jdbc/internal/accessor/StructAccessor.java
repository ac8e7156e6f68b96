package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.complex.StructVector;

/**
 * Struct: STRUCT, read as {@link ArrowStruct} (attributes through each child's accessor, in field
 * order). {@code getObject(i, Map.class)} gives the fields by name; {@code getString} shows them
 * as {@code {name=value, ...}}.
 */
final class StructAccessor extends ColumnAccessor {

  private final StructVector vector;
  private final List<String> names;
  private final List<ColumnAccessor> children;
  private final String typeName;

  StructAccessor(
      StructVector vector, List<String> names, List<ColumnAccessor> children, String typeName) {
    super(vector.getField().getType().toString());
    this.vector = requireNonNull(vector, "vector is null");
    this.names = List.copyOf(names);
    this.children = List.copyOf(children);
    this.typeName = requireNonNull(typeName, "typeName is null");
  }

  private Object[] attributes(int row) throws SQLException {
    Object[] out = new Object[children.size()];
    for (int i = 0; i < out.length; i++) {
      ColumnAccessor child = children.get(i);
      out[i] = child.isNull(row) ? null : child.getObject(row);
    }
    return out;
  }

  private Map<String, Object> asMap(int row) throws SQLException {
    Object[] attributes = attributes(row);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < attributes.length; i++) {
      out.put(names.get(i), attributes[i]);
    }
    return out;
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) throws SQLException {
    return new ArrowStruct(typeName, attributes(row));
  }

  @Override
  public String getString(int row) throws SQLException {
    return asMap(row).toString();
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    if (type == Map.class) {
      return type.cast(asMap(row));
    }
    return super.getObject(row, type);
  }
}
