package dev.quiver.jdbc.internal.client;

import dev.quiver.jdbc.internal.config.ConnectionConfig;
import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;

/**
 * Explains why {@code connect()} failed when gRPC only says "UNAVAILABLE": a TLS client against a
 * plaintext server and the reverse, an untrusted or mismatched server certificate, a missing client
 * certificate. The message names the connection properties that fix it; the Flight exception stays
 * the cause. Everything else goes through the one mapping of {@link FlightErrors}.
 */
final class ConnectFailures {

  private static final String TRUST_OPTIONS =
      "'tlsRootCerts', 'trustStore'/'trustStorePassword' or 'useSystemTrustStore'"
          + " (or disableCertificateVerification=true for a test server)";

  private ConnectFailures() {}

  static SQLException explain(RuntimeException failure, ConnectionConfig config) {
    SQLException mapped = FlightErrors.toSqlException(failure, FlightErrors.Phase.CONNECT);
    if (!(failure instanceof FlightRuntimeException)) {
      return mapped;
    }
    FlightStatusCode code = ((FlightRuntimeException) failure).status().code();
    if (code == FlightStatusCode.TIMED_OUT) {
      return SqlState.UNABLE_TO_CONNECT.exception(
          "Cannot connect: the server at "
              + config.host()
              + ":"
              + config.port()
              + " did not answer within connectTimeoutMs="
              + config.connectTimeoutMillis()
              + " ("
              + mapped.getMessage()
              + ")",
          failure);
    }
    if (code != FlightStatusCode.UNAVAILABLE) {
      return mapped;
    }
    String where = config.host() + ":" + config.port();
    String detail = causeText(failure);
    String problem = null;
    if (hasCause(failure, ConnectException.class)) {
      problem = null; // nobody listens: the plain message says so
    } else if (config.useEncryption()) {
      if (detail.contains("not an ssl/tls record") || detail.contains("notsslrecord")) {
        problem =
            "the server at "
                + where
                + " does not speak TLS; connect with useEncryption=false for a plaintext server";
      } else if (detail.contains("certificate_required")
          || detail.contains("certificate required")) {
        problem =
            "the server at "
                + where
                + " requires a client certificate; give 'clientCertificate' and 'clientKey'";
      } else if (detail.contains("subject alternative")
          || detail.contains("hostname")
          || detail.contains("does not match")) {
        problem =
            "the server certificate does not match the host name '"
                + config.host()
                + "'; connect with the name the certificate was issued for";
      } else if (hasCause(failure, SSLException.class) || detail.contains("certificate")) {
        problem =
            "the TLS handshake with "
                + where
                + " failed; the server certificate is not trusted or was rejected. Trust it with "
                + TRUST_OPTIONS;
      }
    } else if (detail.contains("network closed") || detail.contains("connection reset")) {
      problem =
          "the server at "
              + where
              + " closed the plaintext connection; it probably requires TLS: connect with"
              + " useEncryption=true";
    }
    if (problem == null) {
      return mapped;
    }
    return SqlState.UNABLE_TO_CONNECT.exception(
        "Cannot connect: " + problem + " (" + mapped.getMessage() + ")", failure);
  }

  private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** The messages and class names of the whole cause chain, lower-cased. */
  private static String causeText(Throwable failure) {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause()) {
      text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
      text.append('\n');
      depth++;
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }
}
