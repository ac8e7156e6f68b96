package dev.quiver.jdbc.internal.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a connection needs, parsed and checked once from the URL and properties. Immutable.
 * {@link #toString()} never shows secrets (password, token, trust-store password) or header values,
 * which may carry secrets too; it only says whether a secret is set.
 */
public final class ConnectionConfig {

  private final UrlScheme scheme;
  private final String host;
  private final int port;
  private final boolean useEncryption;
  private final Map<String, String> headers;
  private final String user;
  private final String password;
  private final String token;
  private final boolean disableCertificateVerification;
  private final boolean useSystemTrustStore;
  private final Path tlsRootCerts;
  private final Path trustStore;
  private final String trustStorePassword;
  private final Path clientCertificate;
  private final Path clientKey;
  private final boolean retainCookies;
  private final boolean retainAuth;
  private final String catalog;
  private final String schema;
  private final int connectTimeoutMillis;
  private final int threadPoolSize;

  private ConnectionConfig(Builder builder) {
    this.scheme = requireNonNull(builder.scheme, "scheme is null");
    this.host = requireNonNull(builder.host, "host is null");
    if (builder.port < 1 || builder.port > 65535) {
      throw new IllegalArgumentException("port out of range: " + builder.port);
    }
    this.port = builder.port;
    this.useEncryption = builder.useEncryption;
    this.headers =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(builder.headers, "headers is null")));
    this.user = builder.user;
    this.password = builder.password;
    this.token = builder.token;
    this.disableCertificateVerification = builder.disableCertificateVerification;
    this.useSystemTrustStore = builder.useSystemTrustStore;
    this.tlsRootCerts = builder.tlsRootCerts;
    this.trustStore = builder.trustStore;
    this.trustStorePassword = builder.trustStorePassword;
    this.clientCertificate = builder.clientCertificate;
    this.clientKey = builder.clientKey;
    this.retainCookies = builder.retainCookies;
    this.retainAuth = builder.retainAuth;
    this.catalog = builder.catalog;
    this.schema = builder.schema;
    if (builder.connectTimeoutMillis < 1) {
      throw new IllegalArgumentException(
          "connectTimeoutMillis must be positive: " + builder.connectTimeoutMillis);
    }
    this.connectTimeoutMillis = builder.connectTimeoutMillis;
    if (builder.threadPoolSize < 1) {
      throw new IllegalArgumentException(
          "threadPoolSize must be positive: " + builder.threadPoolSize);
    }
    this.threadPoolSize = builder.threadPoolSize;
  }

  public UrlScheme scheme() {
    return scheme;
  }

  /** The host name or address; an IPv6 address without brackets. */
  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** {@code useEncryption}: TLS on or off. */
  public boolean useEncryption() {
    return useEncryption;
  }

  /** Headers sent on every call of the connection (lower-case names, in the order given). */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@code user} for the Basic handshake; present together with {@link #password()}. */
  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /** {@code password}: secret. */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /** {@code token}: a bearer token sent as given; secret. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  public boolean disableCertificateVerification() {
    return disableCertificateVerification;
  }

  public boolean useSystemTrustStore() {
    return useSystemTrustStore;
  }

  public Optional<Path> tlsRootCerts() {
    return Optional.ofNullable(tlsRootCerts);
  }

  public Optional<Path> trustStore() {
    return Optional.ofNullable(trustStore);
  }

  /** {@code trustStorePassword}: secret. */
  public Optional<String> trustStorePassword() {
    return Optional.ofNullable(trustStorePassword);
  }

  /** {@code clientCertificate}; present together with {@link #clientKey()}. */
  public Optional<Path> clientCertificate() {
    return Optional.ofNullable(clientCertificate);
  }

  public Optional<Path> clientKey() {
    return Optional.ofNullable(clientKey);
  }

  public boolean retainCookies() {
    return retainCookies;
  }

  public boolean retainAuth() {
    return retainAuth;
  }

  /** {@code catalog} to set as a session option at connect. */
  public Optional<String> catalog() {
    return Optional.ofNullable(catalog);
  }

  /** {@code schema} to set as a session option at connect. */
  public Optional<String> schema() {
    return Optional.ofNullable(schema);
  }

  /** {@code connectTimeoutMs}: always positive. */
  public int connectTimeoutMillis() {
    return connectTimeoutMillis;
  }

  /** {@code threadPoolSize}: the most threads fetching the endpoints of a result at once. */
  public int threadPoolSize() {
    return threadPoolSize;
  }

  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("ConnectionConfig{scheme=")
            .append(scheme)
            .append(", host=")
            .append(host)
            .append(", port=")
            .append(port)
            .append(", useEncryption=")
            .append(useEncryption);
    if (user != null) {
      text.append(", user=").append(user).append(", password=").append(mask(password));
    }
    if (token != null) {
      text.append(", token=").append(mask(token));
    }
    if (useEncryption) {
      text.append(", disableCertificateVerification=")
          .append(disableCertificateVerification)
          .append(", useSystemTrustStore=")
          .append(useSystemTrustStore);
      appendIfSet(text, "tlsRootCerts", tlsRootCerts);
      appendIfSet(text, "trustStore", trustStore);
      if (trustStorePassword != null) {
        text.append(", trustStorePassword=").append(mask(trustStorePassword));
      }
      appendIfSet(text, "clientCertificate", clientCertificate);
      appendIfSet(text, "clientKey", clientKey);
    }
    text.append(", retainCookies=")
        .append(retainCookies)
        .append(", retainAuth=")
        .append(retainAuth);
    appendIfSet(text, "catalog", catalog);
    appendIfSet(text, "schema", schema);
    return text.append(", connectTimeoutMs=")
        .append(connectTimeoutMillis)
        .append(", threadPoolSize=")
        .append(threadPoolSize)
        .append(", headers=")
        .append(headers.keySet())
        .append("}")
        .toString();
  }

  private static String mask(String secret) {
    return secret == null ? "<none>" : "***";
  }

  private static void appendIfSet(StringBuilder text, String name, Object value) {
    if (value != null) {
      text.append(", ").append(name).append("=").append(value);
    }
  }

  /** Collects the checked values; only the parser (and tests of this package) build configs. */
  static final class Builder {
    private final UrlScheme scheme;
    private final String host;
    private final int port;
    private final Map<String, String> headers;
    private boolean useEncryption = true;
    private String user;
    private String password;
    private String token;
    private boolean disableCertificateVerification;
    private boolean useSystemTrustStore = true;
    private Path tlsRootCerts;
    private Path trustStore;
    private String trustStorePassword;
    private Path clientCertificate;
    private Path clientKey;
    private boolean retainCookies = true;
    private boolean retainAuth = true;
    private String catalog;
    private String schema;
    private int connectTimeoutMillis = 10_000;
    private int threadPoolSize = 4;

    Builder(UrlScheme scheme, String host, int port, Map<String, String> headers) {
      this.scheme = scheme;
      this.host = host;
      this.port = port;
      this.headers = headers;
    }

    Builder useEncryption(boolean value) {
      this.useEncryption = value;
      return this;
    }

    Builder credentials(String user, String password) {
      this.user = user;
      this.password = password;
      return this;
    }

    Builder token(String value) {
      this.token = value;
      return this;
    }

    Builder disableCertificateVerification(boolean value) {
      this.disableCertificateVerification = value;
      return this;
    }

    Builder useSystemTrustStore(boolean value) {
      this.useSystemTrustStore = value;
      return this;
    }

    Builder tlsRootCerts(Path value) {
      this.tlsRootCerts = value;
      return this;
    }

    Builder trustStore(Path store, String storePassword) {
      this.trustStore = store;
      this.trustStorePassword = storePassword;
      return this;
    }

    Builder clientCertificate(Path certificate, Path key) {
      this.clientCertificate = certificate;
      this.clientKey = key;
      return this;
    }

    Builder retainCookies(boolean value) {
      this.retainCookies = value;
      return this;
    }

    Builder retainAuth(boolean value) {
      this.retainAuth = value;
      return this;
    }

    Builder catalogAndSchema(String catalogValue, String schemaValue) {
      this.catalog = catalogValue;
      this.schema = schemaValue;
      return this;
    }

    Builder connectTimeoutMillis(int value) {
      this.connectTimeoutMillis = value;
      return this;
    }

    Builder threadPoolSize(int value) {
      this.threadPoolSize = value;
      return this;
    }

    ConnectionConfig build() {
      return new ConnectionConfig(this);
    }
  }
}
