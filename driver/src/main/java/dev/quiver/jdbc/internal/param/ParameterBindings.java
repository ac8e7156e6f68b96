package dev.quiver.jdbc.internal.param;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The parameter values of one prepared statement: the current row (what the setters write) and the
 * rows added with {@code addBatch}.
 *
 * <p>A parameter whose type the server gave (a field of the parameter schema that is not of the
 * Null type) is converted when it is set, so a bad value fails at the setter. A parameter without a
 * server type keeps the canonical value and its natural type; the type is decided when the
 * statement runs ({@link TypeInference}). Without any parameter schema the number of parameters is
 * the highest index set.
 */
public final class ParameterBindings {

  /** Index limit when the server did not say how many parameters there are. */
  private static final int MAX_INFERRED_PARAMETERS = 65_535;

  private final List<Field> serverFields;
  private final ParameterConverter[] typedConverters;
  private final List<Row> batch = new ArrayList<>();
  private Row current;

  /**
   * @param parameterSchema the server's parameter schema; an empty schema means "not told"
   */
  public ParameterBindings(Schema parameterSchema) throws SQLException {
    requireNonNull(parameterSchema, "parameterSchema is null");
    this.serverFields = parameterSchema.getFields();
    this.typedConverters = new ParameterConverter[serverFields.size()];
    for (int i = 0; i < typedConverters.length; i++) {
      Field field = serverFields.get(i);
      if (!(field.getType() instanceof ArrowType.Null)) {
        typedConverters[i] = ParameterConverters.forField(field);
      }
    }
    this.current = new Row(serverFields.size());
  }

  /** Whether the server told how many parameters the statement has. */
  public boolean countKnown() {
    return !serverFields.isEmpty();
  }

  /** The number of parameters: the server's, or the highest index set so far. */
  public int parameterCount() {
    return countKnown() ? serverFields.size() : current.size();
  }

  /** Sets parameter {@code index} (1-based) to a canonical value ({@link ParameterValues}). */
  public void set(int index, Object value) throws SQLException {
    if (value == null) {
      setNull(index, null);
      return;
    }
    int slot = slot(index);
    ParameterConverter typed = typedConverter(slot);
    if (typed != null) {
      current.put(slot, convert(typed, index, value), null);
    } else {
      current.put(slot, value, NaturalTypes.of(inferredName(slot), value));
    }
  }

  /**
   * Sets parameter {@code index} to SQL NULL; {@code natural} is the type to send when the server
   * gave none (from {@code setNull}'s SQL type), or null to let the other rows decide.
   */
  public void setNull(int index, Field natural) throws SQLException {
    int slot = slot(index);
    Field field =
        natural == null
            ? NaturalTypes.field(inferredName(slot), ArrowType.Null.INSTANCE)
            : new Field(inferredName(slot), natural.getFieldType(), natural.getChildren());
    current.put(slot, null, field);
  }

  /** JDBC clearParameters: the current row is emptied; batched rows stay. */
  public void clearParameters() {
    current = new Row(serverFields.size());
  }

  /** 07001 unless every parameter of the current row is set. */
  public void checkComplete() throws SQLException {
    current.checkComplete(parameterCount());
  }

  /** Adds a copy of the current row to the batch; the current values stay set (as in pgjdbc). */
  public void addBatch() throws SQLException {
    checkComplete();
    batch.add(current.copy());
  }

  public int batchSize() {
    return batch.size();
  }

  public void clearBatch() {
    batch.clear();
  }

  /** The current row alone, as a one-row list for {@link ParameterRoots}. */
  public List<Row> currentRow() throws SQLException {
    checkComplete();
    return Collections.singletonList(current.copy());
  }

  /** The batched rows, in order. */
  public List<Row> batchRows() {
    return Collections.unmodifiableList(new ArrayList<>(batch));
  }

  /**
   * The converters of the columns that {@code rows} are sent in: the server's types, and for
   * parameters without one the type merged over all the rows.
   */
  List<ParameterConverter> resolve(List<Row> rows) throws SQLException {
    int count = countKnown() ? serverFields.size() : 0;
    for (Row row : rows) {
      count = Math.max(count, row.size());
    }
    List<ParameterConverter> converters = new ArrayList<>(count);
    for (int slot = 0; slot < count; slot++) {
      ParameterConverter typed = typedConverter(slot);
      if (typed != null) {
        converters.add(typed);
        continue;
      }
      Field merged = NaturalTypes.field(inferredName(slot), ArrowType.Null.INSTANCE);
      for (Row row : rows) {
        Field natural = row.natural(slot);
        if (natural != null) {
          merged = TypeInference.merge(merged, natural);
        }
      }
      converters.add(ParameterConverters.forField(merged));
    }
    return converters;
  }

  /** Whether the value stored for {@code slot} is already converted for the server's type. */
  boolean isTyped(int slot) {
    return typedConverter(slot) != null;
  }

  private ParameterConverter typedConverter(int slot) {
    return slot < typedConverters.length ? typedConverters[slot] : null;
  }

  private String inferredName(int slot) {
    return slot < serverFields.size()
        ? serverFields.get(slot).getName()
        : "parameter_" + (slot + 1);
  }

  private int slot(int index) throws SQLException {
    int limit = countKnown() ? serverFields.size() : MAX_INFERRED_PARAMETERS;
    if (index < 1 || index > limit) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
          "Parameter index "
              + index
              + " is out of range"
              + (countKnown() ? " (the statement has " + limit + " parameters)" : ""));
    }
    return index - 1;
  }

  /** Converts with the parameter index in the message and the converter's SQLState kept. */
  static Object convert(ParameterConverter converter, int index, Object value) throws SQLException {
    try {
      return converter.convert(value);
    } catch (SQLException e) {
      SqlState state = SqlState.fromCode(e.getSQLState());
      String message = "Parameter " + index + ": " + e.getMessage();
      throw state == null
          ? new SQLException(message, e.getSQLState(), e)
          : state.exception(message, e);
    }
  }

  /** One row of parameter values: converted for typed parameters, canonical for the others. */
  static final class Row {
    private Object[] values;
    private Field[] naturals;
    private boolean[] set;

    Row(int size) {
      values = new Object[size];
      naturals = new Field[size];
      set = new boolean[size];
    }

    private Row(Object[] values, Field[] naturals, boolean[] set) {
      this.values = values;
      this.naturals = naturals;
      this.set = set;
    }

    int size() {
      int size = set.length;
      while (size > 0 && !set[size - 1]) {
        size--;
      }
      return size;
    }

    Object value(int slot) {
      return slot < values.length ? values[slot] : null;
    }

    Field natural(int slot) {
      return slot < naturals.length ? naturals[slot] : null;
    }

    void put(int slot, Object value, Field natural) {
      if (slot >= values.length) {
        int grown = Math.max(slot + 1, values.length * 2);
        values = Arrays.copyOf(values, grown);
        naturals = Arrays.copyOf(naturals, grown);
        set = Arrays.copyOf(set, grown);
      }
      values[slot] = value;
      naturals[slot] = natural;
      set[slot] = true;
    }

    void checkComplete(int count) throws SQLException {
      for (int slot = 0; slot < count; slot++) {
        if (slot >= set.length || !set[slot]) {
          throw SqlState.PARAMETERS_NOT_SET.exception(
              "No value specified for parameter " + (slot + 1));
        }
      }
    }

    Row copy() {
      return new Row(values.clone(), naturals.clone(), set.clone());
    }
  }
}
