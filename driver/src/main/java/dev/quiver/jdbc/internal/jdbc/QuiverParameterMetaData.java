package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.param.ParameterBindings;
import dev.quiver.jdbc.internal.types.ColumnType;
import dev.quiver.jdbc.internal.types.TypeTable;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * {@link ParameterMetaData} from the server's parameter schema, through the driver's one type
 * table. A parameter the server left untyped (Arrow's Null type, e.g. DuckDB's {@code SELECT ?}) or
 * a statement without a parameter schema reports {@link Types#OTHER} named {@code UNKNOWN}: any
 * value is accepted and sent as its natural Arrow type. Without a schema the count is the highest
 * parameter index set so far.
 */
final class QuiverParameterMetaData implements ParameterMetaData {

  private static final String UNKNOWN = "UNKNOWN";

  private final List<Field> fields;
  private final int count;

  QuiverParameterMetaData(Schema parameterSchema, ParameterBindings bindings) {
    requireNonNull(parameterSchema, "parameterSchema is null");
    requireNonNull(bindings, "bindings is null");
    this.fields = List.copyOf(parameterSchema.getFields());
    this.count = bindings.parameterCount();
  }

  /** The parameter's type; null when the server gave none. */
  private ColumnType type(int param) throws SQLException {
    if (param < 1 || param > count) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
          "Parameter index "
              + param
              + " is out of range; the statement has "
              + count
              + " parameter"
              + (count == 1 ? "" : "s")
              + " (the first is 1)");
    }
    if (param > fields.size() || fields.get(param - 1).getType() instanceof ArrowType.Null) {
      return null;
    }
    return TypeTable.columnType(fields.get(param - 1));
  }

  @Override
  public int getParameterCount() {
    return count;
  }

  @Override
  public int isNullable(int param) throws SQLException {
    if (type(param) == null) {
      return parameterNullableUnknown;
    }
    return fields.get(param - 1).isNullable() ? parameterNullable : parameterNoNulls;
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    ColumnType type = type(param);
    return type != null && type.signed();
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    ColumnType type = type(param);
    return type == null ? 0 : type.precision();
  }

  @Override
  public int getScale(int param) throws SQLException {
    ColumnType type = type(param);
    return type == null ? 0 : type.scale();
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    ColumnType type = type(param);
    return type == null ? Types.OTHER : type.jdbcType();
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    ColumnType type = type(param);
    return type == null ? UNKNOWN : type.typeName();
  }

  @Override
  public String getParameterClassName(int param) throws SQLException {
    ColumnType type = type(param);
    return type == null ? Object.class.getName() : type.className();
  }

  @Override
  public int getParameterMode(int param) throws SQLException {
    type(param); // index check
    return parameterModeIn; // Flight SQL parameters are input only
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return JdbcObjects.unwrap(this, iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return JdbcObjects.isWrapperFor(this, iface);
  }
}
