package dev.quiver.bench;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import org.openjdk.jmh.infra.Blackhole;

/** Reads every value of a JDBC result, the way an application would, into a {@link Blackhole}. */
final class JdbcReads {
  private static final int LONG = 0;
  private static final int DOUBLE = 1;
  private static final int STRING = 2;
  private static final int TIMESTAMP = 3;

  private JdbcReads() {}

  /**
   * Reads every value with the getter that matches its type ({@code getLong}, {@code getDouble},
   * {@code getString}, {@code getTimestamp}) and closes the result set.
   *
   * @return the number of rows
   */
  static long readTyped(ResultSet resultSet, Blackhole blackhole) throws SQLException {
    try (ResultSet rs = resultSet) {
      int[] getters = gettersFor(rs.getMetaData());
      int columns = getters.length;
      long rows = 0;
      while (rs.next()) {
        for (int c = 0; c < columns; c++) {
          int column = c + 1;
          switch (getters[c]) {
            case LONG:
              blackhole.consume(rs.getLong(column));
              break;
            case DOUBLE:
              blackhole.consume(rs.getDouble(column));
              break;
            case STRING:
              blackhole.consume(rs.getString(column));
              break;
            default:
              blackhole.consume(rs.getTimestamp(column));
              break;
          }
        }
        rows++;
      }
      return rows;
    }
  }

  /**
   * Reads every value with {@code getObject(int)} and closes the result set.
   *
   * @return the number of rows
   */
  static long readObjects(ResultSet resultSet, Blackhole blackhole) throws SQLException {
    try (ResultSet rs = resultSet) {
      int columns = rs.getMetaData().getColumnCount();
      long rows = 0;
      while (rs.next()) {
        for (int column = 1; column <= columns; column++) {
          blackhole.consume(rs.getObject(column));
        }
        rows++;
      }
      return rows;
    }
  }

  private static int[] gettersFor(ResultSetMetaData metaData) throws SQLException {
    int[] getters = new int[metaData.getColumnCount()];
    for (int c = 0; c < getters.length; c++) {
      int type = metaData.getColumnType(c + 1);
      switch (type) {
        case Types.BIGINT:
          getters[c] = LONG;
          break;
        case Types.DOUBLE:
          getters[c] = DOUBLE;
          break;
        case Types.VARCHAR:
          getters[c] = STRING;
          break;
        case Types.TIMESTAMP:
          getters[c] = TIMESTAMP;
          break;
        default:
          throw new SQLException(
              "Column "
                  + (c + 1)
                  + " has java.sql.Types "
                  + type
                  + " ("
                  + metaData.getColumnTypeName(c + 1)
                  + "); the benchmark expects BIGINT, DOUBLE, VARCHAR or TIMESTAMP");
      }
    }
    return getters;
  }

  /** Fails the benchmark when a variant returns a different number of rows than the data has. */
  static void expectRows(long expected, long actual, String what) {
    if (expected != actual) {
      throw new IllegalStateException(what + " returned " + actual + " rows, expected " + expected);
    }
  }
}
