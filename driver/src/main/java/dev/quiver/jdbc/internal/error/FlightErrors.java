package dev.quiver.jdbc.internal.error;

import static java.util.Objects.requireNonNull;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.ErrorFlightMetadata;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;

/**
 * The one mapping from Flight call failures to {@link SQLException}s (DESIGN.md "Errors"). The
 * server's message is kept verbatim and the Flight exception is kept as the cause. A SQLState the
 * server sends in the error metadata wins over the status-based mapping.
 */
public final class FlightErrors {

  /**
   * Error-metadata keys a server may use to send a SQLState. gRPC lower-cases metadata keys, so
   * these are matched as written here.
   */
  static final String[] SQLSTATE_METADATA_KEYS = {"sqlstate", "x-sqlstate"};

  /** When the failure happened: it decides how an unreachable server is reported. */
  public enum Phase {
    /** While {@code connect()} establishes the connection: failures are 08001. */
    CONNECT,
    /** On an established connection: a lost server is 08006. */
    ESTABLISHED
  }

  private FlightErrors() {}

  /**
   * Turns any failure of a Flight call into a SQLException. Non-Flight runtime exceptions (bugs or
   * local failures in the Arrow client) become HY000 with the exception as the cause.
   */
  public static SQLException toSqlException(RuntimeException failure, Phase phase) {
    requireNonNull(failure, "failure is null");
    requireNonNull(phase, "phase is null");
    if (!(failure instanceof FlightRuntimeException)) {
      return SqlState.GENERAL_ERROR.exception(messageOf(failure), failure);
    }
    CallStatus status = ((FlightRuntimeException) failure).status();
    String message = messageOf(status);
    String serverState = serverSqlState(status.metadata());
    if (serverState != null) {
      return exceptionForServerState(serverState, message, failure);
    }
    return stateFor(status.code(), phase).exception(message, failure);
  }

  /** The SQLState that a Flight status code maps to, per DESIGN.md's table. */
  public static SqlState stateFor(FlightStatusCode code, Phase phase) {
    requireNonNull(code, "code is null");
    requireNonNull(phase, "phase is null");
    if (phase == Phase.CONNECT) {
      // Auth failures keep their state so that tools can tell "wrong password" from "no server";
      // anything else while connecting means the connection could not be established.
      switch (code) {
        case UNAUTHENTICATED:
          return SqlState.INVALID_AUTHORIZATION;
        case UNAUTHORIZED:
          return SqlState.INSUFFICIENT_PRIVILEGE;
        default:
          return SqlState.UNABLE_TO_CONNECT;
      }
    }
    switch (code) {
      case UNAUTHENTICATED:
        return SqlState.INVALID_AUTHORIZATION;
      case UNAUTHORIZED:
        return SqlState.INSUFFICIENT_PRIVILEGE;
      case UNAVAILABLE:
        return SqlState.CONNECTION_FAILURE;
      case TIMED_OUT:
        return SqlState.TIMEOUT;
      case CANCELLED:
        return SqlState.OPERATION_CANCELLED;
      case INVALID_ARGUMENT:
        return SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
      case NOT_FOUND:
        return SqlState.OBJECT_NOT_FOUND;
      case ALREADY_EXISTS:
        return SqlState.OBJECT_ALREADY_EXISTS;
      case UNIMPLEMENTED:
        return SqlState.FEATURE_NOT_SUPPORTED;
      case RESOURCE_EXHAUSTED:
        return SqlState.INSUFFICIENT_RESOURCES;
      case OK:
      case INTERNAL:
      case UNKNOWN:
      default:
        return SqlState.GENERAL_ERROR;
    }
  }

  private static String serverSqlState(ErrorFlightMetadata metadata) {
    if (metadata == null) {
      return null;
    }
    for (String key : SQLSTATE_METADATA_KEYS) {
      // ErrorFlightMetadata.get returns null when absent; a malformed value is ignored rather than
      // passed on, since a SQLState is always five characters (SQL:2016 23.1).
      String value = metadata.containsKey(key) ? metadata.get(key) : null;
      if (value != null && value.trim().length() == 5) {
        return value.trim();
      }
    }
    return null;
  }

  /** The subclass for a server-sent state: ours when we know it, else by its SQLSTATE class. */
  private static SQLException exceptionForServerState(
      String state, String message, Throwable cause) {
    SqlState known = SqlState.fromCode(state);
    if (known != null) {
      return known.exception(message, cause);
    }
    String stateClass = state.substring(0, 2);
    switch (stateClass) {
      case "08":
        return new SQLNonTransientConnectionException(message, state, cause);
      case "0A":
        return new SQLFeatureNotSupportedException(message, state, cause);
      case "22":
        return new SQLDataException(message, state, cause);
      case "23":
        return new SQLIntegrityConstraintViolationException(message, state, cause);
      case "28":
        return new SQLInvalidAuthorizationSpecException(message, state, cause);
      case "40":
        return new SQLTransactionRollbackException(message, state, cause);
      case "42":
        return new SQLSyntaxErrorException(message, state, cause);
      default:
        if (state.startsWith("HYT")) {
          return new SQLTimeoutException(message, state, cause);
        }
        return new SQLException(message, state, cause);
    }
  }

  private static String messageOf(CallStatus status) {
    String description = status.description();
    if (description == null || description.isEmpty()) {
      return "Flight call failed with status " + status.code();
    }
    return description;
  }

  private static String messageOf(Throwable failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getName() : message;
  }
}
