package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.sql.Struct;
import java.util.Map;

/**
 * A {@link Struct} holding a copy of one Arrow struct value, so it stays valid after the cursor
 * moves. Attributes are what {@code getObject} returns for each child field, in field order.
 */
public final class ArrowStruct implements Struct {

  private final String typeName;
  private final Object[] attributes;

  ArrowStruct(String typeName, Object[] attributes) {
    this.typeName = requireNonNull(typeName, "typeName is null");
    this.attributes = requireNonNull(attributes, "attributes is null");
  }

  @Override
  public String getSQLTypeName() {
    return typeName;
  }

  @Override
  public Object[] getAttributes() {
    return attributes.clone();
  }

  @Override
  public Object[] getAttributes(Map<String, Class<?>> map) throws SQLException {
    if (map == null || map.isEmpty()) {
      return getAttributes();
    }
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Struct.getAttributes(Map) with a type map is not supported");
  }

  @Override
  public String toString() {
    return java.util.Arrays.toString(attributes);
  }
}
