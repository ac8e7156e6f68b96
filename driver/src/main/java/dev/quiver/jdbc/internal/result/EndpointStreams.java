package dev.quiver.jdbc.internal.result;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.client.ConnectionClients;
import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.RenewFlightEndpointRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the stream of one endpoint (Flight RPC "FlightEndpoint"): where to read it, failover, and
 * expiration.
 *
 * <ul>
 *   <li>No location: the server that produced the FlightInfo. The reuse-connection URI ({@code
 *       arrow-flight-reuse-connection://?}) means the same. Otherwise each location is tried in
 *       turn until one answers; UNAVAILABLE (08006) and locations the driver cannot use (0A000)
 *       move on to the next one, any other error is the server's answer and ends the read.
 *   <li>Every other host is read through the connection's pooled client for that host, which
 *       carries the same cookies, headers and credentials, and never a weaker transport: on a TLS
 *       connection a {@code grpc+tcp} location is read over TLS (upgraded, see {@link
 *       ConnectionClients#clientFor}).
 *   <li>An endpoint with an {@code expiration_time} that is less than {@link #RENEW_MARGIN} away is
 *       renewed first (RenewFlightEndpoint, sent to the server that produced the FlightInfo) and
 *       the renewed endpoint is read. An endpoint that already expired and cannot be renewed fails
 *       with a SQLException that says so, rather than with the server's bare NOT_FOUND.
 * </ul>
 */
final class EndpointStreams {

  /** Endpoints expiring sooner than this are renewed before they are read. */
  static final Duration RENEW_MARGIN = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(EndpointStreams.class);

  private final ConnectionClients clients;
  private final Clock clock;

  EndpointStreams(ConnectionClients clients, Clock clock) {
    this.clients = requireNonNull(clients, "clients is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /**
   * Opens endpoint {@code index}, waiting for its first message so that an unreachable location
   * fails here and the next one can be tried.
   */
  FlightStream open(FlightEndpoint endpoint, int index) throws SQLException {
    FlightEndpoint readable = renewIfExpiringSoon(endpoint, index);
    try {
      return openAt(readable);
    } catch (SQLException failure) {
      Optional<Instant> expiration = ExpirationTimes.of(readable);
      if (expiration.isPresent() && !clock.instant().isBefore(expiration.get())) {
        throw expired(index, expiration.get(), failure);
      }
      throw failure;
    }
  }

  private FlightEndpoint renewIfExpiringSoon(FlightEndpoint endpoint, int index)
      throws SQLException {
    Optional<Instant> expiration = ExpirationTimes.of(endpoint);
    if (expiration.isEmpty()) {
      return endpoint;
    }
    Instant now = clock.instant();
    if (Duration.between(now, expiration.get()).compareTo(RENEW_MARGIN) > 0) {
      return endpoint;
    }
    try {
      FlightEndpoint renewed =
          clients
              .sqlClient()
              .renewFlightEndpoint(
                  new RenewFlightEndpointRequest(ExpirationTimes.corrected(endpoint)));
      if (renewed == null) {
        throw SqlState.GENERAL_ERROR.exception(
            "The server answered RenewFlightEndpoint with nothing");
      }
      return renewed;
    } catch (RuntimeException | SQLException failure) {
      SQLException error =
          failure instanceof SQLException
              ? (SQLException) failure
              : FlightErrors.toSqlException(
                  (RuntimeException) failure, FlightErrors.Phase.ESTABLISHED);
      if (!clock.instant().isBefore(expiration.get())) {
        throw expired(index, expiration.get(), error);
      }
      // Not expired yet: the endpoint is still readable as it is.
      LOG.debug("RenewFlightEndpoint failed; reading endpoint {} before it expires", index, error);
      return endpoint;
    }
  }

  private FlightStream openAt(FlightEndpoint endpoint) throws SQLException {
    List<Location> locations = endpoint.getLocations();
    if (locations.isEmpty()) {
      return open(clients.sqlClient()::getStream, endpoint);
    }
    SQLException lastFailure = null;
    for (Location location : locations) {
      try {
        FlightClient client = clients.clientFor(location);
        return open(client::getStream, endpoint);
      } catch (SQLException failure) {
        if (!isWorthFailover(failure)) {
          throw failure;
        }
        if (lastFailure != null) {
          failure.addSuppressed(lastFailure);
        }
        lastFailure = failure;
      }
    }
    throw lastFailure;
  }

  private interface StreamCall {
    FlightStream getStream(
        org.apache.arrow.flight.Ticket ticket, org.apache.arrow.flight.CallOption... options);
  }

  private static FlightStream open(StreamCall call, FlightEndpoint endpoint) throws SQLException {
    FlightStream candidate;
    try {
      candidate = call.getStream(endpoint.getTicket());
    } catch (RuntimeException failure) {
      throw FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
    }
    try {
      candidate.getSchema();
      return candidate;
    } catch (RuntimeException failure) {
      SQLException error = FlightErrors.toSqlException(failure, FlightErrors.Phase.ESTABLISHED);
      try {
        candidate.close();
      } catch (Exception closeFailure) {
        error.addSuppressed(closeFailure);
      }
      throw error;
    }
  }

  // UNAVAILABLE (08006) and locations the driver cannot reach (0A000) move on to the next
  // location; any other error is the server's answer and ends the read.
  private static boolean isWorthFailover(SQLException failure) {
    String state = failure.getSQLState();
    return SqlState.CONNECTION_FAILURE.code().equals(state)
        || SqlState.FEATURE_NOT_SUPPORTED.code().equals(state);
  }

  private static SQLException expired(int index, Instant expiration, SQLException cause) {
    return SqlState.GENERAL_ERROR.exception(
        "Endpoint "
            + index
            + " of the result expired at "
            + expiration
            + " (the server's expiration_time) and could not be renewed; run the query again",
        cause);
  }
}
