package dev.quiver.jdbc.internal.metadata;

import java.sql.Connection;

/**
 * Flight SQL's {@code SqlTransactionIsolationLevel} ordinals (NONE=0, READ_UNCOMMITTED=1,
 * READ_COMMITTED=2, REPEATABLE_READ=3, SERIALIZABLE=4) against {@link Connection}'s constants (0,
 * 1, 2, 4, 8): they are not the same numbers.
 */
final class IsolationLevels {

  private static final int[] JDBC_BY_ORDINAL = {
    Connection.TRANSACTION_NONE,
    Connection.TRANSACTION_READ_UNCOMMITTED,
    Connection.TRANSACTION_READ_COMMITTED,
    Connection.TRANSACTION_REPEATABLE_READ,
    Connection.TRANSACTION_SERIALIZABLE
  };

  private IsolationLevels() {}

  /** The JDBC constant of a Flight SQL ordinal; an unknown ordinal gives TRANSACTION_NONE. */
  static int toJdbc(long ordinal) {
    if (ordinal < 0 || ordinal >= JDBC_BY_ORDINAL.length) {
      return Connection.TRANSACTION_NONE;
    }
    return JDBC_BY_ORDINAL[(int) ordinal];
  }

  /** The Flight SQL ordinal of a JDBC constant, or {@code null} for an unknown level. */
  static Integer toOrdinal(int jdbcLevel) {
    for (int ordinal = 0; ordinal < JDBC_BY_ORDINAL.length; ordinal++) {
      if (JDBC_BY_ORDINAL[ordinal] == jdbcLevel) {
        return ordinal;
      }
    }
    return null;
  }
}
