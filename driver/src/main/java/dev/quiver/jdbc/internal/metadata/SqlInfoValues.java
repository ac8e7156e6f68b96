package dev.quiver.jdbc.internal.metadata;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlInfo;

/**
 * The server's answer to GetSqlInfo, decoded once: id to value. Each getter takes the value the
 * caller uses when the server did not send the id, so a missing key is never an error. A value of
 * the wrong kind is (SQLState HY000), except that integers are accepted as either int32 or int64:
 * the proto says int32 for several ids that Arrow's {@code SqlInfoBuilder} writes as int64
 * (ARROW-FACTS.md trap 8).
 */
final class SqlInfoValues {

  private final Map<Integer, Object> values;

  private SqlInfoValues(Map<Integer, Object> values) {
    this.values = values;
  }

  /** Values keyed by SqlInfo id, as {@link ProtocolRows} decodes them. */
  static SqlInfoValues of(Map<Integer, Object> values) {
    return new SqlInfoValues(new HashMap<>(requireNonNull(values, "values is null")));
  }

  /** Decodes the rows of a GetSqlInfo result ({@code info_name}, dense-union {@code value}). */
  static SqlInfoValues decode(ProtocolRows rows) throws SQLException {
    Map<Integer, Object> values = new HashMap<>();
    for (Map<String, Object> row : rows.rows()) {
      Integer id = ProtocolRows.integer(row, "info_name");
      if (id == null) {
        throw SqlState.GENERAL_ERROR.exception("The server's SqlInfo result has a null info_name");
      }
      values.put(id, row.get("value"));
    }
    return new SqlInfoValues(values);
  }

  boolean has(SqlInfo id) {
    return values.get(id.getNumber()) != null;
  }

  String string(SqlInfo id, String absent) throws SQLException {
    Object value = values.get(id.getNumber());
    if (value == null) {
      return absent;
    }
    if (value instanceof String) {
      return (String) value;
    }
    throw wrongKind(id, "a string", value);
  }

  boolean bool(SqlInfo id, boolean absent) throws SQLException {
    Object value = values.get(id.getNumber());
    if (value == null) {
      return absent;
    }
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    throw wrongKind(id, "a boolean", value);
  }

  /** An int32 or int64 value (enums, bitmasks, limits). */
  long number(SqlInfo id, long absent) throws SQLException {
    Object value = values.get(id.getNumber());
    if (value == null) {
      return absent;
    }
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    throw wrongKind(id, "an integer", value);
  }

  /** Whether bit {@code bit} of a bitmask id is set; {@code false} when the id is missing. */
  boolean bit(SqlInfo id, int bit) throws SQLException {
    return (number(id, 0) & (1L << bit)) != 0;
  }

  /** A string list; empty when missing. */
  List<String> strings(SqlInfo id) throws SQLException {
    Object value = values.get(id.getNumber());
    if (value == null) {
      return Collections.emptyList();
    }
    if (value instanceof List) {
      List<String> strings = new ArrayList<>();
      for (Object item : (List<?>) value) {
        strings.add(String.valueOf(item));
      }
      return strings;
    }
    throw wrongKind(id, "a string list", value);
  }

  /** An int32 to int32-list map (SQL_SUPPORTS_CONVERT); empty when missing. */
  Map<Integer, List<Integer>> intListMap(SqlInfo id) throws SQLException {
    Object value = values.get(id.getNumber());
    if (value == null) {
      return Collections.emptyMap();
    }
    if (value instanceof Map) {
      return convertMap((Map<?, ?>) value, id);
    }
    if (value instanceof List) {
      // Arrow reads a MapVector value as a list of {key, value} entries.
      Map<Integer, List<Integer>> map = new HashMap<>();
      for (Object entry : (List<?>) value) {
        if (!(entry instanceof Map)) {
          throw wrongKind(id, "a map", value);
        }
        Map<?, ?> pair = (Map<?, ?>) entry;
        map.putAll(convertMap(Collections.singletonMap(pair.get("key"), pair.get("value")), id));
      }
      return map;
    }
    throw wrongKind(id, "a map", value);
  }

  private static Map<Integer, List<Integer>> convertMap(Map<?, ?> raw, SqlInfo id)
      throws SQLException {
    Map<Integer, List<Integer>> map = new HashMap<>();
    for (Map.Entry<?, ?> entry : raw.entrySet()) {
      if (!(entry.getKey() instanceof Number)) {
        throw wrongKind(id, "an integer-keyed map", raw);
      }
      List<Integer> targets = new ArrayList<>();
      if (entry.getValue() instanceof List) {
        for (Object target : (List<?>) entry.getValue()) {
          if (target instanceof Number) {
            targets.add(((Number) target).intValue());
          }
        }
      }
      map.put(((Number) entry.getKey()).intValue(), targets);
    }
    return map;
  }

  private static SQLException wrongKind(SqlInfo id, String expected, Object value) {
    return SqlState.GENERAL_ERROR.exception(
        "The server sent SqlInfo "
            + id
            + " ("
            + id.getNumber()
            + ") as "
            + value.getClass().getSimpleName()
            + ", expected "
            + expected);
  }
}
