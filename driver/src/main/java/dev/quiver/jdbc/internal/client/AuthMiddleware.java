package dev.quiver.jdbc.internal.client;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.flight.CallHeaders;
import org.apache.arrow.flight.CallInfo;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightClientMiddleware;
import org.apache.arrow.flight.FlightStatusCode;

/**
 * Puts the connection's credentials on every call as the {@code authorization} header. A
 * middleware, not a {@code CallOption}, so that calls Arrow makes without options (closing a
 * prepared statement, {@code getSqlInfo(SqlInfo...)}) are authenticated too (ARROW-FACTS traps 2
 * and 3).
 *
 * <p>With a user and password, calls start as {@code Basic}; the bearer token the server returns in
 * a response {@code authorization} header (the handshake at connect does this) replaces it, and so
 * does any later token the server sends (a refreshed token). If the server rejects the bearer
 * (UNAUTHENTICATED, e.g. it expired), the next call presents the Basic credentials again. A fixed
 * {@code token} is sent as {@code Bearer <token>} and also replaced by a token the server sends.
 *
 * <p>{@link #toString()} shows the scheme only, never the credentials.
 */
final class AuthMiddleware implements FlightClientMiddleware.Factory {

  private static final String HEADER = "authorization";
  private static final String BEARER = "Bearer ";

  private final String initial;
  private final AtomicReference<String> current;

  private AuthMiddleware(String initial) {
    this.initial = initial;
    this.current = new AtomicReference<>(initial);
  }

  /** Credentials for a Basic handshake that the server answers with a bearer token. */
  static AuthMiddleware basic(String user, String password) {
    requireNonNull(user, "user is null");
    requireNonNull(password, "password is null");
    String encoded =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new AuthMiddleware("Basic " + encoded);
  }

  /** A bearer token sent as given. */
  static AuthMiddleware bearer(String token) {
    return new AuthMiddleware(BEARER + requireNonNull(token, "token is null"));
  }

  /** A fresh copy starting again from the configured credentials (for {@code retainAuth=false}). */
  AuthMiddleware restart() {
    return new AuthMiddleware(initial);
  }

  /** Whether a bearer token obtained from the server is in use (tests and diagnostics). */
  boolean holdsServerToken() {
    String value = current.get();
    return !value.equals(initial) && value.regionMatches(true, 0, BEARER, 0, BEARER.length());
  }

  @Override
  public FlightClientMiddleware onCallStarted(CallInfo info) {
    return new Call(current.get());
  }

  @Override
  public String toString() {
    return "AuthMiddleware{" + initial.substring(0, initial.indexOf(' ')) + "}";
  }

  private final class Call implements FlightClientMiddleware {
    private final String sent;

    Call(String sent) {
      this.sent = sent;
    }

    @Override
    public void onBeforeSendingHeaders(CallHeaders outgoing) {
      outgoing.insert(HEADER, sent);
    }

    @Override
    public void onHeadersReceived(CallHeaders incoming) {
      // containsKey first: CallHeaders.get may misbehave for absent keys in Arrow 18.3.0.
      if (!incoming.containsKey(HEADER)) {
        return;
      }
      String value = incoming.get(HEADER);
      if (value != null
          && value.length() > BEARER.length()
          && value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        current.set(BEARER + value.substring(BEARER.length()).trim());
      }
    }

    @Override
    public void onCallCompleted(CallStatus status) {
      if (status.code() == FlightStatusCode.UNAUTHENTICATED && !sent.equals(initial)) {
        // The server no longer accepts the token it gave us: start again from the credentials.
        current.compareAndSet(sent, initial);
      }
    }
  }
}
