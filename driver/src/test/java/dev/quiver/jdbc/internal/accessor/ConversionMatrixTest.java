package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.jdbc.internal.accessor.JdbcGetterTable.Getter;
import dev.quiver.jdbc.internal.accessor.Samples.Sample;
import dev.quiver.jdbc.internal.types.ColumnType;
import dev.quiver.jdbc.internal.types.TypeTable;
import java.io.Closeable;
import java.sql.SQLException;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The getter x type matrix: every getter on every Arrow type either converts (table B-6 or a
 * documented extension, {@link JdbcGetterTable}) or is refused with SQLState 07006.
 */
class ConversionMatrixTest extends ArrowTest {

  static List<Sample> samples() {
    return Samples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyGetterConvertsOrIsRefusedWith07006(Sample sample) throws Exception {
    FieldVector vector = sample.build.apply(columns());
    assertThat(TypeTable.columnType(vector.getField()).jdbcType())
        .as("java.sql.Types of %s (DESIGN.md type table)", sample)
        .isEqualTo(sample.jdbcType);
    ColumnAccessor accessor = Accessors.create(vector);
    SoftAssertions softly = new SoftAssertions();
    for (Getter getter : Getter.values()) {
      boolean anyAllowed = false;
      boolean anyConverted = false;
      for (int row = 0; row < vector.getValueCount(); row++) {
        int rowType = sample.rowType(row);
        boolean allowed =
            JdbcGetterTable.quiverAllows(getter, rowType)
                || (sample.name.equals("Uuid") && getter == Getter.GET_BYTES);
        String outcome = outcome(accessor, getter, row);
        if (allowed) {
          anyAllowed = true;
          anyConverted |= outcome.equals("ok");
          softly
              .assertThat(outcome)
              .as("%s on %s row %d is allowed, not refused", getter, sample, row)
              .isNotEqualTo("07006");
        } else {
          softly
              .assertThat(outcome)
              .as("%s on %s row %d is refused with 07006", getter, sample, row)
              .isEqualTo("07006");
        }
      }
      if (anyAllowed) {
        softly.assertThat(anyConverted).as("%s on %s converts some row", getter, sample).isTrue();
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void getObjectReturnsTheClassTheTypeTableNames(Sample sample) throws Exception {
    FieldVector vector = sample.build.apply(columns());
    ColumnType type = TypeTable.columnType(vector.getField());
    Object value = Accessors.create(vector).getObject(0);
    assertThat(Class.forName(type.className())).isAssignableFrom(value.getClass());
  }

  /** "ok", or the SQLState of the refusal. */
  private static String outcome(ColumnAccessor a, Getter getter, int row) throws Exception {
    try {
      Object value = invoke(a, getter, row);
      if (value instanceof Closeable) {
        ((Closeable) value).close();
      }
      return "ok";
    } catch (SQLException e) {
      return e.getSQLState();
    }
  }

  static Object invoke(ColumnAccessor a, Getter getter, int row) throws SQLException {
    switch (getter) {
      case GET_BYTE:
        return a.getByte(row);
      case GET_SHORT:
        return a.getShort(row);
      case GET_INT:
        return a.getInt(row);
      case GET_LONG:
        return a.getLong(row);
      case GET_FLOAT:
        return a.getFloat(row);
      case GET_DOUBLE:
        return a.getDouble(row);
      case GET_BIG_DECIMAL:
        return a.getBigDecimal(row);
      case GET_BOOLEAN:
        return a.getBoolean(row);
      case GET_STRING:
        return a.getString(row);
      case GET_BYTES:
        return a.getBytes(row);
      case GET_DATE:
        return a.getDate(row, null);
      case GET_TIME:
        return a.getTime(row, null);
      case GET_TIMESTAMP:
        return a.getTimestamp(row, null);
      case GET_CHARACTER_STREAM:
        return a.getCharacterStream(row);
      case GET_BINARY_STREAM:
        return a.getBinaryStream(row);
      case GET_ARRAY:
        return a.getArray(row);
      case GET_OBJECT:
      default:
        return a.getObject(row);
    }
  }
}
