package dev.quiver.jdbc.internal.result;

import java.time.Instant;
import java.util.Optional;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.Ticket;

/**
 * The real {@code expiration_time} of an endpoint received from a server.
 *
 * <p>Arrow Java 18.3.0 decodes the protobuf timestamp as {@code Instant.ofEpochSecond(seconds,
 * Timestamps.toNanos(timestamp))}, adding the whole timestamp again as the nano adjustment, so an
 * endpoint expiring at {@code s} seconds (+{@code n} ns) arrives as {@code 2s} seconds (+{@code
 * n}): decades late, and the endpoint would never be renewed. Whether the Arrow in use has the bug
 * is found out once by decoding a known endpoint; only then is the time corrected.
 */
final class ExpirationTimes {

  private static final boolean DOUBLED = decodesDoubled();

  private ExpirationTimes() {}

  /** The endpoint's expiration as the server meant it, if it has one. */
  static Optional<Instant> of(FlightEndpoint endpoint) {
    Optional<Instant> decoded = endpoint.getExpirationTime();
    if (decoded.isEmpty() || !DOUBLED) {
      return decoded;
    }
    Instant doubled = decoded.get();
    return Optional.of(Instant.ofEpochSecond(doubled.getEpochSecond() / 2, doubled.getNano()));
  }

  /** {@code endpoint} with its expiration set to the corrected time (for RenewFlightEndpoint). */
  static FlightEndpoint corrected(FlightEndpoint endpoint) {
    Optional<Instant> expiration = of(endpoint);
    if (!DOUBLED || expiration.isEmpty()) {
      return endpoint;
    }
    FlightEndpoint.Builder builder =
        FlightEndpoint.builder(
                endpoint.getTicket(), endpoint.getLocations().toArray(new Location[0]))
            .setExpirationTime(expiration.get());
    if (endpoint.getAppMetadata() != null) {
      builder.setAppMetadata(endpoint.getAppMetadata());
    }
    return builder.build();
  }

  private static boolean decodesDoubled() {
    Instant known = Instant.ofEpochSecond(1_000_000, 7);
    try {
      FlightEndpoint sent =
          FlightEndpoint.builder(new Ticket(new byte[] {1})).setExpirationTime(known).build();
      FlightEndpoint received = FlightEndpoint.deserialize(sent.serialize());
      return received.getExpirationTime().map(time -> !time.equals(known)).orElse(false);
    } catch (Exception unexpected) {
      return false;
    }
  }
}
