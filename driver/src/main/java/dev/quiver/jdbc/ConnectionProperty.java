package dev.quiver.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every connection property the driver understands: the only source of keys, defaults, types and
 * descriptions. {@link java.sql.Driver#getPropertyInfo} and the documentation come from here.
 *
 * <p>Values come from the URL query string ({@code jdbc:flightsql://host:port?key=value}) or from
 * the {@link java.util.Properties} passed to {@code connect}. Keys are case-sensitive.
 */
public enum ConnectionProperty {
  /**
   * The user name for a Basic handshake. The server answers with a bearer token that the connection
   * then sends on every call. Requires {@link #PASSWORD}; excludes {@link #TOKEN}.
   */
  USER("user", null, Type.STRING, false, "User name for the Basic handshake (needs password)."),
  /** The password of {@link #USER}. Secret: never shown in messages or logs. */
  PASSWORD("password", null, Type.STRING, true, "Password of the user (secret)."),
  /**
   * A bearer token sent as given ({@code authorization: Bearer <token>}) on every call. Secret;
   * excludes {@link #USER}/{@link #PASSWORD}.
   */
  TOKEN("token", null, Type.STRING, true, "Bearer token sent as given on every call (secret)."),
  /**
   * Whether to talk to the server over TLS. Defaults to {@code true}, like the official Arrow
   * Flight SQL JDBC driver; set {@code useEncryption=false} for a plaintext server. With TLS on,
   * the server certificate is checked (see {@link #TLS_ROOT_CERTS}, {@link #TRUST_STORE}, {@link
   * #USE_SYSTEM_TRUST_STORE}).
   */
  USE_ENCRYPTION(
      "useEncryption",
      "true",
      Type.BOOLEAN,
      false,
      "Connect over TLS (true) or plaintext gRPC (false). TLS checks the server certificate."),
  /**
   * Accept any server certificate. Insecure: for test servers only. Cannot be combined with trust
   * or client-certificate options.
   */
  DISABLE_CERTIFICATE_VERIFICATION(
      "disableCertificateVerification",
      "false",
      Type.BOOLEAN,
      false,
      "Accept any server certificate without checking it (insecure; tests only)."),
  /**
   * Whether the JVM's default trust store (the {@code javax.net.ssl.trustStore} or the JDK's {@code
   * cacerts}) is trusted. It is trusted in addition to {@link #TLS_ROOT_CERTS} and {@link
   * #TRUST_STORE}; turning it off with neither given would trust nothing, which is an error.
   */
  USE_SYSTEM_TRUST_STORE(
      "useSystemTrustStore",
      "true",
      Type.BOOLEAN,
      false,
      "Trust the JVM's default trust store, in addition to tlsRootCerts and trustStore."),
  /** A PEM file of CA or server certificates to trust. */
  TLS_ROOT_CERTS(
      "tlsRootCerts", null, Type.STRING, false, "PEM file of certificates to trust (path)."),
  /** A JKS or PKCS12 trust store whose certificates are trusted. */
  TRUST_STORE(
      "trustStore",
      null,
      Type.STRING,
      false,
      "JKS or PKCS12 file whose certificates are trusted (path)."),
  /** The password of {@link #TRUST_STORE}. Secret. */
  TRUST_STORE_PASSWORD(
      "trustStorePassword", null, Type.STRING, true, "Password of the trust store (secret)."),
  /** A PEM client certificate (chain) for mutual TLS. Requires {@link #CLIENT_KEY}. */
  CLIENT_CERTIFICATE(
      "clientCertificate",
      null,
      Type.STRING,
      false,
      "PEM client certificate for mutual TLS (path; needs clientKey)."),
  /**
   * The PEM private key of {@link #CLIENT_CERTIFICATE}: PKCS#8 ({@code BEGIN PRIVATE KEY}) or
   * PKCS#1 RSA ({@code BEGIN RSA PRIVATE KEY}), unencrypted. The path is not secret; the key is
   * never shown.
   */
  CLIENT_KEY(
      "clientKey",
      null,
      Type.STRING,
      false,
      "PEM private key of the client certificate, PKCS#8 or PKCS#1 RSA, unencrypted (path)."),
  /**
   * Whether every Flight client of the connection (also those for other hosts that endpoints point
   * at) shares one cookie jar, and so one server session. With {@code false} each host keeps its
   * own cookies.
   */
  RETAIN_COOKIES(
      "retainCookies",
      "true",
      Type.BOOLEAN,
      false,
      "Share the connection's cookies (server session) with the clients for other hosts."),
  /**
   * Whether the clients for other hosts reuse the bearer token the connection obtained. With {@code
   * false} each host is authenticated on its own with the configured credentials.
   */
  RETAIN_AUTH(
      "retainAuth",
      "true",
      Type.BOOLEAN,
      false,
      "Reuse the connection's bearer token for other hosts (false: authenticate per host)."),
  /** The catalog to use, set at connect through Flight session options (like setCatalog). */
  CATALOG("catalog", null, Type.STRING, false, "Catalog to use, set as a session option."),
  /** The schema to use, set at connect through Flight session options (like setSchema). */
  SCHEMA("schema", null, Type.STRING, false, "Schema to use, set as a session option."),
  /**
   * Milliseconds to wait for the server while connecting (TCP, TLS and the first call). A positive
   * number.
   */
  CONNECT_TIMEOUT_MS(
      "connectTimeoutMs",
      "10000",
      Type.INTEGER,
      false,
      "Milliseconds to wait for the server while connecting."),
  /**
   * The most threads one connection uses to fetch the endpoints of a result in parallel. Endpoints
   * that the server marks {@code ordered} are still returned in order; each endpoint buffers only a
   * few batches ahead of the reader. A positive number; 1 reads one endpoint at a time.
   */
  THREAD_POOL_SIZE(
      "threadPoolSize",
      "4",
      Type.INTEGER,
      false,
      "Most threads a connection uses to fetch the endpoints of a result in parallel.");

  /** How a property's value is written and checked. */
  public enum Type {
    /** {@code true} or {@code false} (case-insensitive). */
    BOOLEAN("true", "false"),
    /** Any text. */
    STRING,
    /** A decimal integer. */
    INTEGER;

    private final List<String> choices;

    Type(String... choices) {
      this.choices = Collections.unmodifiableList(Arrays.asList(choices));
    }

    /** The allowed values, or an empty list when any value of the type is allowed. */
    public List<String> choices() {
      return choices;
    }
  }

  private final String key;
  private final String defaultValue;
  private final Type type;
  private final String description;
  private final boolean secret;

  ConnectionProperty(
      String key, String defaultValue, Type type, boolean secret, String description) {
    this.key = requireNonNull(key, "key is null");
    this.defaultValue = defaultValue;
    this.type = requireNonNull(type, "type is null");
    this.secret = secret;
    this.description = requireNonNull(description, "description is null");
  }

  /** The key as written in URLs and {@code Properties}. */
  public String key() {
    return key;
  }

  /** The value used when the property is not given; empty when there is none. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** How the value is written and checked. */
  public Type type() {
    return type;
  }

  /** A one-line description for users (shown by BI tools in the connection dialog). */
  public String description() {
    return description;
  }

  /** The allowed values, or empty when any value of the {@link #type()} is allowed. */
  public List<String> choices() {
    return type.choices();
  }

  /**
   * Whether a connection cannot be made without this property. None is: every server may be reached
   * without credentials, and every other property has a default.
   */
  public boolean isRequired() {
    return false;
  }

  /** Whether the value is a secret that must never appear in messages, logs or headers. */
  public boolean isSecret() {
    return secret;
  }

  /** The property with this exact key, if any. */
  public static Optional<ConnectionProperty> forKey(String key) {
    for (ConnectionProperty property : values()) {
      if (property.key.equals(key)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }

  /** The property whose key equals this one ignoring case, if any. */
  public static Optional<ConnectionProperty> forKeyIgnoreCase(String key) {
    for (ConnectionProperty property : values()) {
      if (property.key.equalsIgnoreCase(key)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }
}
