package dev.quiver.jdbc.internal.client;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.flight.CallHeaders;
import org.apache.arrow.flight.CallInfo;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightClientMiddleware;

/**
 * Notices whether the server ever set a cookie on this connection, i.e. whether it keeps a
 * session that {@code CloseSession} should end when the connection closes. Arrow's cookie
 * middleware does not expose its cookie jar, so this watches the same {@code set-cookie} headers.
 */
final class SessionTracker implements FlightClientMiddleware.Factory {

  private final AtomicBoolean cookieSeen = new AtomicBoolean();

  private final FlightClientMiddleware middleware =
      new FlightClientMiddleware() {
        @Override
        public void onBeforeSendingHeaders(CallHeaders outgoing) {}

        @Override
        public void onHeadersReceived(CallHeaders incoming) {
          // containsKey, not getAll: getAll returns null for absent keys in Arrow 18.3.0.
          if (incoming.containsKey("set-cookie")) {
            cookieSeen.set(true);
          }
        }

        @Override
        public void onCallCompleted(CallStatus status) {}
      };

  @Override
  public FlightClientMiddleware onCallStarted(CallInfo info) {
    return middleware;
  }

  /** Whether any response so far carried {@code set-cookie}. */
  boolean sessionCookieSeen() {
    return cookieSeen.get();
  }
}
