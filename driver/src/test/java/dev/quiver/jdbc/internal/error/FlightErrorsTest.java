package dev.quiver.jdbc.internal.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.jdbc.internal.error.FlightErrors.Phase;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.stream.Stream;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.ErrorFlightMetadata;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FlightErrorsTest {

  /** DESIGN.md "Errors": every Flight status, its SQLState and SQLException subclass. */
  static Stream<Arguments> establishedMapping() {
    return Stream.of(
        Arguments.of(
            FlightStatusCode.UNAUTHENTICATED, "28000", SQLInvalidAuthorizationSpecException.class),
        Arguments.of(FlightStatusCode.UNAUTHORIZED, "42501", SQLSyntaxErrorException.class),
        Arguments.of(FlightStatusCode.UNAVAILABLE, "08006", SQLTransientConnectionException.class),
        Arguments.of(FlightStatusCode.TIMED_OUT, "HYT00", SQLTimeoutException.class),
        Arguments.of(FlightStatusCode.CANCELLED, "HY008", SQLException.class),
        Arguments.of(FlightStatusCode.INVALID_ARGUMENT, "42000", SQLSyntaxErrorException.class),
        Arguments.of(FlightStatusCode.NOT_FOUND, "42S02", SQLSyntaxErrorException.class),
        Arguments.of(FlightStatusCode.ALREADY_EXISTS, "42S01", SQLSyntaxErrorException.class),
        Arguments.of(
            FlightStatusCode.UNIMPLEMENTED, "0A000", SQLFeatureNotSupportedException.class),
        Arguments.of(FlightStatusCode.RESOURCE_EXHAUSTED, "53000", SQLTransientException.class),
        Arguments.of(FlightStatusCode.INTERNAL, "HY000", SQLException.class),
        Arguments.of(FlightStatusCode.UNKNOWN, "HY000", SQLException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("establishedMapping")
  void statusMapsToStateAndSubclass(
      FlightStatusCode code, String sqlState, Class<? extends SQLException> subclass) {
    FlightRuntimeException failure =
        new CallStatus(code, null, "server said " + code, null).toRuntimeException();

    SQLException mapped = FlightErrors.toSqlException(failure, Phase.ESTABLISHED);

    assertThat(mapped.getClass()).isEqualTo(subclass);
    assertThat(mapped.getSQLState()).isEqualTo(sqlState);
    assertThat(mapped.getMessage()).isEqualTo("server said " + code);
    assertThat(mapped.getCause()).isSameAs(failure);
  }

  @Test
  void everyStatusCodeIsCoveredByTheTable() {
    assertThat(establishedMapping().map(arguments -> arguments.get()[0]))
        .containsAll(
            Stream.of(FlightStatusCode.values())
                .filter(code -> code != FlightStatusCode.OK)
                .toList());
  }

  @Test
  void unavailableWhileConnectingIs08001() {
    SQLException mapped =
        FlightErrors.toSqlException(
            CallStatus.UNAVAILABLE.withDescription("Connection refused").toRuntimeException(),
            Phase.CONNECT);
    assertThat(mapped.getClass()).isEqualTo(SQLNonTransientConnectionException.class);
    assertThat(mapped.getSQLState()).isEqualTo("08001");
    assertThat(mapped.getMessage()).isEqualTo("Connection refused");
  }

  @ParameterizedTest
  @EnumSource(
      value = FlightStatusCode.class,
      names = {"UNAUTHENTICATED", "UNAUTHORIZED"},
      mode = EnumSource.Mode.EXCLUDE)
  void anyOtherFailureWhileConnectingIs08001(FlightStatusCode code) {
    assertThat(FlightErrors.stateFor(code, Phase.CONNECT)).isEqualTo(SqlState.UNABLE_TO_CONNECT);
  }

  @Test
  void authFailuresWhileConnectingKeepTheirState() {
    assertThat(FlightErrors.stateFor(FlightStatusCode.UNAUTHENTICATED, Phase.CONNECT))
        .isEqualTo(SqlState.INVALID_AUTHORIZATION);
    assertThat(FlightErrors.stateFor(FlightStatusCode.UNAUTHORIZED, Phase.CONNECT))
        .isEqualTo(SqlState.INSUFFICIENT_PRIVILEGE);
  }

  @Test
  void sqlStateSentByTheServerWins() {
    ErrorFlightMetadata metadata = new ErrorFlightMetadata();
    metadata.insert("sqlstate", "23505");
    FlightRuntimeException failure =
        CallStatus.INTERNAL
            .withDescription("duplicate key")
            .withMetadata(metadata)
            .toRuntimeException();

    SQLException mapped = FlightErrors.toSqlException(failure, Phase.ESTABLISHED);

    assertThat(mapped.getClass()).isEqualTo(SQLIntegrityConstraintViolationException.class);
    assertThat(mapped.getSQLState()).isEqualTo("23505");
    assertThat(mapped.getMessage()).isEqualTo("duplicate key");
  }

  @Test
  void knownServerStateUsesOurSubclass() {
    ErrorFlightMetadata metadata = new ErrorFlightMetadata();
    metadata.insert("x-sqlstate", "22003");
    SQLException mapped =
        FlightErrors.toSqlException(
            CallStatus.INVALID_ARGUMENT.withMetadata(metadata).toRuntimeException(),
            Phase.ESTABLISHED);
    assertThat(mapped.getClass()).isEqualTo(SQLDataException.class);
    assertThat(mapped.getSQLState()).isEqualTo("22003");
  }

  @Test
  void malformedServerStateIsIgnored() {
    ErrorFlightMetadata metadata = new ErrorFlightMetadata();
    metadata.insert("sqlstate", "oops");
    SQLException mapped =
        FlightErrors.toSqlException(
            CallStatus.NOT_FOUND.withMetadata(metadata).toRuntimeException(), Phase.ESTABLISHED);
    assertThat(mapped.getSQLState()).isEqualTo("42S02");
  }

  @Test
  void emptyDescriptionNamesTheStatus() {
    SQLException mapped =
        FlightErrors.toSqlException(CallStatus.INTERNAL.toRuntimeException(), Phase.ESTABLISHED);
    assertThat(mapped.getMessage()).contains("INTERNAL");
  }

  @Test
  void nonFlightFailureIsGeneralError() {
    IllegalStateException failure = new IllegalStateException("boom");
    SQLException mapped = FlightErrors.toSqlException(failure, Phase.ESTABLISHED);
    assertThat(mapped.getSQLState()).isEqualTo("HY000");
    assertThat(mapped.getMessage()).isEqualTo("boom");
    assertThat(mapped.getCause()).isSameAs(failure);
  }
}
