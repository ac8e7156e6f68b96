package dev.quiver.jdbc.internal.accessor;

import static java.sql.Types.ARRAY;
import static java.sql.Types.BIGINT;
import static java.sql.Types.BINARY;
import static java.sql.Types.BIT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.CHAR;
import static java.sql.Types.DATE;
import static java.sql.Types.DECIMAL;
import static java.sql.Types.DOUBLE;
import static java.sql.Types.FLOAT;
import static java.sql.Types.INTEGER;
import static java.sql.Types.JAVA_OBJECT;
import static java.sql.Types.LONGVARBINARY;
import static java.sql.Types.LONGVARCHAR;
import static java.sql.Types.NUMERIC;
import static java.sql.Types.OTHER;
import static java.sql.Types.REAL;
import static java.sql.Types.SMALLINT;
import static java.sql.Types.STRUCT;
import static java.sql.Types.TIME;
import static java.sql.Types.TIMESTAMP;
import static java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
import static java.sql.Types.TINYINT;
import static java.sql.Types.VARBINARY;
import static java.sql.Types.VARCHAR;

import java.util.Map;
import java.util.Set;

/**
 * JDBC 4.3 appendix B, table B-6 ("Use of ResultSet getter methods to retrieve JDBC data types"),
 * restricted to the getters and JDBC types an Arrow column can have, plus the driver's documented
 * extensions. Written against {@code java.sql} only so the conformance suite can reuse it.
 */
public final class JdbcGetterTable {

  /** The ResultSet getters, by name. */
  public enum Getter {
    GET_BYTE,
    GET_SHORT,
    GET_INT,
    GET_LONG,
    GET_FLOAT,
    GET_DOUBLE,
    GET_BIG_DECIMAL,
    GET_BOOLEAN,
    GET_STRING,
    GET_BYTES,
    GET_DATE,
    GET_TIME,
    GET_TIMESTAMP,
    GET_CHARACTER_STREAM,
    GET_BINARY_STREAM,
    GET_ARRAY,
    GET_OBJECT
  }

  private static final Set<Integer> NUMBERS =
      Set.of(TINYINT, SMALLINT, INTEGER, BIGINT, REAL, FLOAT, DOUBLE, DECIMAL, NUMERIC, BIT, BOOLEAN);
  private static final Set<Integer> CHARS = Set.of(CHAR, VARCHAR, LONGVARCHAR);
  private static final Set<Integer> BINARIES = Set.of(BINARY, VARBINARY, LONGVARBINARY);

  /** B-6: the JDBC types each getter may read. getObject reads every type. */
  private static final Map<Getter, Set<Integer>> SPEC =
      Map.ofEntries(
          Map.entry(Getter.GET_BYTE, union(NUMBERS, CHARS)),
          Map.entry(Getter.GET_SHORT, union(NUMBERS, CHARS)),
          Map.entry(Getter.GET_INT, union(NUMBERS, CHARS)),
          Map.entry(Getter.GET_LONG, union(NUMBERS, CHARS)),
          Map.entry(Getter.GET_FLOAT, union(NUMBERS, CHARS)),
          Map.entry(Getter.GET_DOUBLE, union(NUMBERS, CHARS)),
          Map.entry(Getter.GET_BIG_DECIMAL, union(NUMBERS, CHARS)),
          Map.entry(Getter.GET_BOOLEAN, union(NUMBERS, CHARS)),
          Map.entry(
              Getter.GET_STRING,
              union(
                  NUMBERS,
                  CHARS,
                  BINARIES,
                  Set.of(DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_TIMEZONE))),
          Map.entry(Getter.GET_BYTES, BINARIES),
          Map.entry(Getter.GET_DATE, union(CHARS, Set.of(DATE, TIMESTAMP))),
          Map.entry(Getter.GET_TIME, union(CHARS, Set.of(TIME, TIMESTAMP))),
          Map.entry(Getter.GET_TIMESTAMP, union(CHARS, Set.of(DATE, TIME, TIMESTAMP))),
          Map.entry(Getter.GET_CHARACTER_STREAM, union(CHARS, BINARIES)),
          Map.entry(Getter.GET_BINARY_STREAM, BINARIES),
          Map.entry(Getter.GET_ARRAY, Set.of(ARRAY)));

  /**
   * The driver's additions to B-6: every value has a text form ({@code getString} on ARRAY,
   * STRUCT, JAVA_OBJECT and OTHER); a zoned timestamp reads like a TIMESTAMP through getDate,
   * getTime and getTimestamp; an OTHER column holding UUIDs also reads as its 16 bytes.
   */
  private static final Map<Getter, Set<Integer>> EXTENSIONS =
      Map.of(
          Getter.GET_STRING, Set.of(ARRAY, STRUCT, JAVA_OBJECT, OTHER),
          Getter.GET_DATE, Set.of(TIMESTAMP_WITH_TIMEZONE),
          Getter.GET_TIME, Set.of(TIMESTAMP_WITH_TIMEZONE),
          Getter.GET_TIMESTAMP, Set.of(TIMESTAMP_WITH_TIMEZONE));

  private JdbcGetterTable() {}

  /** Whether table B-6 marks {@code getter} as usable on {@code jdbcType}. */
  public static boolean specAllows(Getter getter, int jdbcType) {
    return getter == Getter.GET_OBJECT || SPEC.get(getter).contains(jdbcType);
  }

  /** Whether Quiver converts: B-6 or a documented extension (UUID bytes are per value type). */
  public static boolean quiverAllows(Getter getter, int jdbcType) {
    return specAllows(getter, jdbcType)
        || EXTENSIONS.getOrDefault(getter, Set.of()).contains(jdbcType);
  }

  @SafeVarargs
  private static Set<Integer> union(Set<Integer>... sets) {
    java.util.HashSet<Integer> out = new java.util.HashSet<>();
    for (Set<Integer> set : sets) {
      out.addAll(set);
    }
    return Set.copyOf(out);
  }
}
