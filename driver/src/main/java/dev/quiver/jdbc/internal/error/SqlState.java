package dev.quiver.jdbc.internal.error;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

/**
 * Every SQLState the driver raises, with the {@link SQLException} subclass it comes as. This is the
 * only place SQLState strings are spelled out (DESIGN.md "Errors").
 */
public enum SqlState {
  /** 07001: not every parameter of a prepared statement has a value. */
  PARAMETERS_NOT_SET("07001", Kind.PLAIN),
  /** 07003: a query was run where a statement without results was expected (executeUpdate). */
  CURSOR_SPECIFICATION_CANNOT_BE_EXECUTED("07003", Kind.PLAIN),
  /** 07005: a statement that returns no results was run as a query (executeQuery). */
  NOT_A_CURSOR_SPECIFICATION("07005", Kind.PLAIN),
  /** 07006: the getter or setter cannot convert this type (JDBC 4.3 table B-6). */
  RESTRICTED_DATA_TYPE_VIOLATION("07006", Kind.DATA),
  /** 07009: a column or parameter index is out of range. */
  INVALID_DESCRIPTOR_INDEX("07009", Kind.PLAIN),
  /** 08001: the client could not establish the connection. */
  UNABLE_TO_CONNECT("08001", Kind.NON_TRANSIENT_CONNECTION),
  /** 08003: the connection is closed. */
  CONNECTION_CLOSED("08003", Kind.NON_TRANSIENT_CONNECTION),
  /** 08006: an established connection failed. */
  CONNECTION_FAILURE("08006", Kind.TRANSIENT_CONNECTION),
  /** 0A000: the driver or the server does not support this feature. */
  FEATURE_NOT_SUPPORTED("0A000", Kind.FEATURE_NOT_SUPPORTED),
  /** 22003: a value is out of range for the requested type. */
  NUMERIC_VALUE_OUT_OF_RANGE("22003", Kind.DATA),
  /** 22018: a string cannot be parsed as the requested type. */
  INVALID_CHARACTER_VALUE_FOR_CAST("22018", Kind.DATA),
  /** 22007: a string is not a valid date, time or timestamp. */
  INVALID_DATETIME_FORMAT("22007", Kind.DATA),
  /** 22023: an argument value is invalid (bad property value, bad argument). */
  INVALID_PARAMETER_VALUE("22023", Kind.DATA),
  /** 24000: the cursor is not on a row. */
  INVALID_CURSOR_STATE("24000", Kind.PLAIN),
  /** 25000: not allowed in the current transaction state (e.g. commit in auto-commit mode). */
  INVALID_TRANSACTION_STATE("25000", Kind.PLAIN),
  /** 25006: the connection is read-only (Connection.setReadOnly(true)) and this would write. */
  READ_ONLY_SQL_TRANSACTION("25006", Kind.PLAIN),
  /** 28000: authentication failed. */
  INVALID_AUTHORIZATION("28000", Kind.INVALID_AUTHORIZATION),
  /** 42000: syntax error or access rule violation. */
  SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION("42000", Kind.SYNTAX),
  /** 42501: insufficient privilege. */
  INSUFFICIENT_PRIVILEGE("42501", Kind.SYNTAX),
  /** 42S02: table or object not found. */
  OBJECT_NOT_FOUND("42S02", Kind.SYNTAX),
  /** 42S22: no column has the given label (ResultSet.findColumn). */
  COLUMN_NOT_FOUND("42S22", Kind.PLAIN),
  /** 42S01: object already exists. */
  OBJECT_ALREADY_EXISTS("42S01", Kind.SYNTAX),
  /** 53000: the server ran out of a resource. */
  INSUFFICIENT_RESOURCES("53000", Kind.TRANSIENT),
  /** HY000: a general error with no better classification. */
  GENERAL_ERROR("HY000", Kind.PLAIN),
  /** HY008: the operation was cancelled. */
  OPERATION_CANCELLED("HY008", Kind.PLAIN),
  /** HY010: function sequence error, e.g. the statement is closed. */
  FUNCTION_SEQUENCE_ERROR("HY010", Kind.PLAIN),
  /** HY024: an attribute value is invalid (bad URL, unknown property). */
  INVALID_ATTRIBUTE_VALUE("HY024", Kind.PLAIN),
  /** HYT00: the operation timed out. */
  TIMEOUT("HYT00", Kind.TIMEOUT);

  private final String code;
  private final Kind kind;

  SqlState(String code, Kind kind) {
    this.code = code;
    this.kind = kind;
  }

  /** The five-character SQLState. */
  public String code() {
    return code;
  }

  /** A new exception of this state's subclass. */
  public SQLException exception(String message) {
    return exception(message, null);
  }

  /** A new exception of this state's subclass, keeping {@code cause}. */
  public SQLException exception(String message, Throwable cause) {
    switch (kind) {
      case DATA:
        return new SQLDataException(message, code, cause);
      case NON_TRANSIENT_CONNECTION:
        return new SQLNonTransientConnectionException(message, code, cause);
      case TRANSIENT_CONNECTION:
        return new SQLTransientConnectionException(message, code, cause);
      case FEATURE_NOT_SUPPORTED:
        return new SQLFeatureNotSupportedException(message, code, cause);
      case INVALID_AUTHORIZATION:
        return new SQLInvalidAuthorizationSpecException(message, code, cause);
      case SYNTAX:
        return new SQLSyntaxErrorException(message, code, cause);
      case TRANSIENT:
        return new SQLTransientException(message, code, cause);
      case TIMEOUT:
        return new SQLTimeoutException(message, code, cause);
      case PLAIN:
      default:
        return new SQLException(message, code, cause);
    }
  }

  /** Looks a state up by its code; {@code null} when the driver has no such state. */
  public static SqlState fromCode(String code) {
    for (SqlState state : values()) {
      if (state.code.equals(code)) {
        return state;
      }
    }
    return null;
  }

  private enum Kind {
    PLAIN,
    DATA,
    NON_TRANSIENT_CONNECTION,
    TRANSIENT_CONNECTION,
    FEATURE_NOT_SUPPORTED,
    INVALID_AUTHORIZATION,
    SYNTAX,
    TRANSIENT,
    TIMEOUT
  }
}
