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
   * Whether to talk to the server over TLS. Defaults to {@code true}, like the official Arrow
   * Flight SQL JDBC driver; set {@code useEncryption=false} for a plaintext server. With TLS on,
   * the server certificate is checked against the JVM's default trust store.
   */
  USE_ENCRYPTION(
      "useEncryption",
      "true",
      Type.BOOLEAN,
      "Connect over TLS (true) or plaintext gRPC (false). TLS checks the server certificate"
          + " against the JVM's default trust store."),
  /**
   * The most threads one connection uses to fetch the endpoints of a result in parallel. Endpoints
   * that the server marks {@code ordered} are still returned in order; each endpoint buffers only a
   * few batches ahead of the reader. A positive number; 1 reads one endpoint at a time.
   */
  THREAD_POOL_SIZE(
      "threadPoolSize",
      "4",
      Type.INTEGER,
      "Most threads a connection uses to fetch the endpoints of a result in parallel.");

  /** How a property's value is written and checked. */
  public enum Type {
    /** {@code true} or {@code false} (case-insensitive). */
    BOOLEAN("true", "false"),
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
  private final boolean required;

  ConnectionProperty(String key, String defaultValue, Type type, String description) {
    this(key, defaultValue, type, description, false);
  }

  ConnectionProperty(
      String key, String defaultValue, Type type, String description, boolean required) {
    this.key = requireNonNull(key, "key is null");
    this.defaultValue = defaultValue;
    this.type = requireNonNull(type, "type is null");
    this.description = requireNonNull(description, "description is null");
    this.required = required;
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

  /** Whether a connection cannot be made without this property. */
  public boolean isRequired() {
    return required;
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
