package dev.quiver.jdbc.internal.client;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.arrow.flight.CallHeaders;
import org.apache.arrow.flight.CallInfo;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightClientMiddleware;

/**
 * Adds a connection's fixed headers to every call. A middleware rather than a {@code CallOption}
 * because some Arrow 18.3.0 client methods take no options (ARROW-FACTS trap 2), and a middleware
 * reaches every call, including those.
 */
final class HeaderMiddleware implements FlightClientMiddleware {

  private final Map<String, String> headers;

  private HeaderMiddleware(Map<String, String> headers) {
    this.headers = headers;
  }

  @Override
  public void onBeforeSendingHeaders(CallHeaders outgoing) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      outgoing.insert(header.getKey(), header.getValue());
    }
  }

  @Override
  public void onHeadersReceived(CallHeaders incoming) {}

  @Override
  public void onCallCompleted(CallStatus status) {}

  /** One factory per connection; stateless, so it can serve every client of that connection. */
  static final class Factory implements FlightClientMiddleware.Factory {
    private final HeaderMiddleware middleware;

    Factory(Map<String, String> headers) {
      requireNonNull(headers, "headers is null");
      this.middleware =
          new HeaderMiddleware(Collections.unmodifiableMap(new LinkedHashMap<>(headers)));
    }

    @Override
    public FlightClientMiddleware onCallStarted(CallInfo info) {
      return middleware;
    }
  }
}
