package dev.quiver.jdbc.internal.client;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import org.apache.arrow.flight.GetSessionOptionsRequest;
import org.apache.arrow.flight.GetSessionOptionsResult;
import org.apache.arrow.flight.SessionOptionValue;
import org.apache.arrow.flight.SessionOptionValueFactory;
import org.apache.arrow.flight.SessionOptionValueVisitor;
import org.apache.arrow.flight.SetSessionOptionsRequest;
import org.apache.arrow.flight.SetSessionOptionsResult;
import org.apache.arrow.flight.sql.FlightSqlClient;

/**
 * Flight session options of a connection ({@code SetSessionOptions} / {@code GetSessionOptions},
 * Flight RPC "Session options"): how {@code setCatalog}/{@code setSchema} reach the server. The
 * server scopes them to the connection's session (its cookie or bearer token).
 */
public final class SessionOptions {

  private final FlightSqlClient client;

  SessionOptions(FlightSqlClient client) {
    this.client = requireNonNull(client, "client is null");
  }

  /**
   * Sets one string option.
   *
   * @throws SQLException 0A000 when the server has no session options, 22023 when it refuses the
   *     name or value
   */
  public void set(String name, String value) throws SQLException {
    requireNonNull(name, "name is null");
    requireNonNull(value, "value is null");
    SetSessionOptionsResult result;
    try {
      result =
          client.setSessionOptions(
              new SetSessionOptionsRequest(
                  Collections.singletonMap(
                      name, SessionOptionValueFactory.makeSessionOptionValue(value))));
    } catch (RuntimeException failure) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    }
    SetSessionOptionsResult.Error error = result.getErrors().get(name);
    if (error != null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          "The server refused session option "
              + name
              + "='"
              + value
              + "': "
              + describe(error.value));
    }
  }

  /**
   * The value of one option as text, or {@code null} when the server has no such option or does not
   * support session options at all.
   */
  public String get(String name) throws SQLException {
    requireNonNull(name, "name is null");
    GetSessionOptionsResult result;
    try {
      result = client.getSessionOptions(new GetSessionOptionsRequest());
    } catch (RuntimeException failure) {
      SQLException error = FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
      if (SqlState.FEATURE_NOT_SUPPORTED.code().equals(error.getSQLState())) {
        return null; // JDBC: getCatalog/getSchema return null when there is none
      }
      throw error;
    }
    Map<String, SessionOptionValue> options = result.getSessionOptions();
    SessionOptionValue value = options.get(name);
    return value == null || value.isEmpty() ? null : value.acceptVisitor(AS_TEXT);
  }

  private static String describe(SetSessionOptionsResult.ErrorValue value) {
    switch (value) {
      case INVALID_NAME:
        return "the server does not know this option";
      case INVALID_VALUE:
        return "invalid value";
      default:
        return "error " + value;
    }
  }

  private static final SessionOptionValueVisitor<String> AS_TEXT =
      new SessionOptionValueVisitor<>() {
        @Override
        public String visit(String value) {
          return value;
        }

        @Override
        public String visit(boolean value) {
          return Boolean.toString(value);
        }

        @Override
        public String visit(long value) {
          return Long.toString(value);
        }

        @Override
        public String visit(double value) {
          return Double.toString(value);
        }

        @Override
        public String visit(String[] value) {
          return Arrays.toString(value);
        }

        @Override
        public String visit(Void value) {
          return null;
        }
      };
}
