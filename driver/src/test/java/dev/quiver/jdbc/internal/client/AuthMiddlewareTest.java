package dev.quiver.jdbc.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.arrow.flight.CallHeaders;
import org.apache.arrow.flight.CallInfo;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightCallHeaders;
import org.apache.arrow.flight.FlightClientMiddleware;
import org.apache.arrow.flight.FlightMethod;
import org.apache.arrow.flight.FlightStatusCode;
import org.junit.jupiter.api.Test;

/** The credential life cycle of one connection, call by call, without a server. */
class AuthMiddlewareTest {

  private static final CallStatus OK = new CallStatus(FlightStatusCode.OK, null, null, null);

  private static String sent(AuthMiddleware auth) {
    return call(auth, null, OK);
  }

  /** One call: returns the authorization it sent; the server answers {@code answer}. */
  private static String call(AuthMiddleware auth, String answer, CallStatus status) {
    FlightClientMiddleware middleware = auth.onCallStarted(new CallInfo(FlightMethod.DO_GET));
    CallHeaders outgoing = new FlightCallHeaders();
    middleware.onBeforeSendingHeaders(outgoing);
    CallHeaders incoming = new FlightCallHeaders();
    if (answer != null) {
      incoming.insert("authorization", answer);
    }
    middleware.onHeadersReceived(incoming);
    middleware.onCallCompleted(status);
    return outgoing.get("authorization");
  }

  @Test
  void basicIsExchangedForTheServersBearerAndRefreshedTokensReplaceIt() {
    AuthMiddleware auth = AuthMiddleware.basic("alice", "pa:ss");
    String basic =
        "Basic "
            + Base64.getEncoder().encodeToString("alice:pa:ss".getBytes(StandardCharsets.UTF_8));
    assertThat(call(auth, "Bearer first", OK)).isEqualTo(basic);
    assertThat(auth.holdsServerToken()).isTrue();
    assertThat(call(auth, "bearer second", OK)).isEqualTo("Bearer first");
    assertThat(sent(auth)).isEqualTo("Bearer second");
    assertThat(sent(auth)).isEqualTo("Bearer second");
  }

  @Test
  void aRejectedServerTokenFallsBackToTheCredentials() {
    AuthMiddleware auth = AuthMiddleware.basic("alice", "secret");
    call(auth, "Bearer token", OK);
    assertThat(call(auth, null, CallStatus.UNAUTHENTICATED)).isEqualTo("Bearer token");
    assertThat(sent(auth)).startsWith("Basic ");
  }

  @Test
  void otherAuthorizationSchemesInResponsesAreIgnored() {
    AuthMiddleware auth = AuthMiddleware.bearer("fixed");
    call(auth, "Basic Zm9vOmJhcg==", OK);
    call(auth, "Bearer ", OK);
    assertThat(sent(auth)).isEqualTo("Bearer fixed");
    assertThat(auth.holdsServerToken()).isFalse();
  }

  @Test
  void restartBeginsAgainFromTheConfiguredCredentials() {
    AuthMiddleware auth = AuthMiddleware.basic("alice", "secret");
    call(auth, "Bearer token", OK);
    AuthMiddleware otherHost = auth.restart();
    assertThat(sent(otherHost)).startsWith("Basic ");
    assertThat(sent(auth)).isEqualTo("Bearer token");
  }

  @Test
  void toStringNamesTheSchemeOnly() {
    assertThat(AuthMiddleware.basic("alice", "secret").toString())
        .isEqualTo("AuthMiddleware{Basic}")
        .doesNotContain("secret");
    assertThat(AuthMiddleware.bearer("tok").toString()).doesNotContain("tok}");
  }
}
