package dev.quiver.jdbc.internal.config;

import dev.quiver.jdbc.ConnectionProperty;
import dev.quiver.jdbc.internal.error.SqlState;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.Map;

/**
 * Checks the values of the known properties and how they combine, and fills a {@link
 * ConnectionConfig.Builder}. Contradictions are errors (HY024) rather than one option silently
 * winning; bad values are 22023. Messages name properties, never secret values.
 */
final class ConnectionSettings {

  private final Map<ConnectionProperty, String> values;

  private ConnectionSettings(Map<ConnectionProperty, String> values) {
    this.values = values;
  }

  static ConnectionConfig resolve(
      ConnectionConfig.Builder builder,
      Map<ConnectionProperty, String> values,
      Map<String, String> headers)
      throws SQLException {
    ConnectionSettings settings = new ConnectionSettings(values);
    settings.credentials(builder, headers);
    settings.tls(builder);
    builder
        .retainCookies(settings.bool(ConnectionProperty.RETAIN_COOKIES))
        .retainAuth(settings.bool(ConnectionProperty.RETAIN_AUTH))
        .catalogAndSchema(
            settings.text(ConnectionProperty.CATALOG), settings.text(ConnectionProperty.SCHEMA))
        .connectTimeoutMillis(settings.positiveInt(ConnectionProperty.CONNECT_TIMEOUT_MS))
        .threadPoolSize(settings.positiveInt(ConnectionProperty.THREAD_POOL_SIZE));
    return builder.build();
  }

  private void credentials(ConnectionConfig.Builder builder, Map<String, String> headers)
      throws SQLException {
    String user = text(ConnectionProperty.USER);
    String password = text(ConnectionProperty.PASSWORD);
    String token = text(ConnectionProperty.TOKEN);
    if ((user != null || token != null) && headers.containsKey("authorization")) {
      throw conflict(
          "an explicit 'authorization' header cannot be combined with 'user' or 'token'");
    }
    if (token != null && (user != null || password != null)) {
      throw conflict("'token' cannot be combined with 'user'/'password'; give one or the other");
    }
    if (user == null && password != null) {
      throw conflict("'password' is given without 'user'");
    }
    if (user != null && password == null) {
      throw conflict("'user' is given without 'password'");
    }
    builder.credentials(user, password).token(token);
  }

  private void tls(ConnectionConfig.Builder builder) throws SQLException {
    boolean useEncryption = bool(ConnectionProperty.USE_ENCRYPTION);
    boolean disableVerification = bool(ConnectionProperty.DISABLE_CERTIFICATE_VERIFICATION);
    boolean useSystemTrustStore = bool(ConnectionProperty.USE_SYSTEM_TRUST_STORE);
    Path rootCerts = file(ConnectionProperty.TLS_ROOT_CERTS);
    Path trustStore = file(ConnectionProperty.TRUST_STORE);
    String trustStorePassword = text(ConnectionProperty.TRUST_STORE_PASSWORD);
    Path clientCertificate = file(ConnectionProperty.CLIENT_CERTIFICATE);
    Path clientKey = file(ConnectionProperty.CLIENT_KEY);

    if (!useEncryption) {
      for (ConnectionProperty tlsOnly :
          new ConnectionProperty[] {
            ConnectionProperty.DISABLE_CERTIFICATE_VERIFICATION,
            ConnectionProperty.TLS_ROOT_CERTS,
            ConnectionProperty.TRUST_STORE,
            ConnectionProperty.TRUST_STORE_PASSWORD,
            ConnectionProperty.CLIENT_CERTIFICATE,
            ConnectionProperty.CLIENT_KEY
          }) {
        if (isSet(tlsOnly) && !isDefault(tlsOnly)) {
          throw conflict(
              "'"
                  + tlsOnly.key()
                  + "' is a TLS option but useEncryption=false; remove one of them");
        }
      }
    }
    if (trustStorePassword != null && trustStore == null) {
      throw conflict("'trustStorePassword' is given without 'trustStore'");
    }
    if ((clientCertificate == null) != (clientKey == null)) {
      throw conflict("'clientCertificate' and 'clientKey' must be given together");
    }
    if (disableVerification && (rootCerts != null || trustStore != null)) {
      throw conflict(
          "disableCertificateVerification=true contradicts 'tlsRootCerts'/'trustStore': either"
              + " verify the server against them or do not verify at all");
    }
    if (useEncryption
        && !disableVerification
        && !useSystemTrustStore
        && rootCerts == null
        && trustStore == null) {
      throw conflict(
          "useSystemTrustStore=false leaves no certificate to trust; give 'tlsRootCerts' or"
              + " 'trustStore'");
    }
    builder
        .useEncryption(useEncryption)
        .disableCertificateVerification(disableVerification)
        .useSystemTrustStore(useSystemTrustStore)
        .tlsRootCerts(rootCerts)
        .trustStore(trustStore, trustStorePassword)
        .clientCertificate(clientCertificate, clientKey);
  }

  private boolean isSet(ConnectionProperty property) {
    String value = values.get(property);
    return value != null && !value.isEmpty();
  }

  private boolean isDefault(ConnectionProperty property) {
    return property.defaultValue().map(values.get(property)::equalsIgnoreCase).orElse(false);
  }

  /** The value, or {@code null} when absent or empty (tools send {@code user=""}). */
  private String text(ConnectionProperty property) {
    String value = values.get(property);
    return value == null || value.isEmpty() ? null : value;
  }

  private boolean bool(ConnectionProperty property) throws SQLException {
    String text = values.getOrDefault(property, property.defaultValue().orElseThrow());
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw badValue(property, text, "expected one of: " + String.join(", ", property.choices()));
  }

  private int positiveInt(ConnectionProperty property) throws SQLException {
    String text = values.getOrDefault(property, property.defaultValue().orElseThrow());
    try {
      int value = Integer.parseInt(text.trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw badValue(property, text, "expected a positive integer");
  }

  private Path file(ConnectionProperty property) throws SQLException {
    String text = text(property);
    if (text == null) {
      return null;
    }
    Path path;
    try {
      path = Paths.get(text);
    } catch (InvalidPathException invalid) {
      throw badValue(property, text, "not a valid file path");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "File of connection property '" + property.key() + "' cannot be read: " + path);
    }
    return path;
  }

  private static SQLException badValue(ConnectionProperty property, String text, String expected) {
    // Secrets are never echoed, whatever their value.
    String shown = property.isSecret() ? "(hidden)" : "'" + text + "'";
    return SqlState.INVALID_PARAMETER_VALUE.exception(
        "Invalid value "
            + shown
            + " for connection property '"
            + property.key()
            + "'; "
            + expected);
  }

  private static SQLException conflict(String message) {
    return SqlState.INVALID_ATTRIBUTE_VALUE.exception(
        "Conflicting connection properties: " + message);
  }
}
