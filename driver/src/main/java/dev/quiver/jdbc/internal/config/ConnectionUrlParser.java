package dev.quiver.jdbc.internal.config;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.ConnectionProperty;
import dev.quiver.jdbc.internal.error.SqlState;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Strict parsing of {@code jdbc:flightsql://host:port[/][?key=value&...]} plus {@link Properties}
 * into a {@link ConnectionConfig}. Mistakes are errors with a SQLState, never silently ignored:
 *
 * <ul>
 *   <li>a missing or out-of-range port, an unbracketed IPv6 address, user info, a path: HY024;
 *   <li>a key given twice in the URL, or in the URL and the properties with different values:
 *       HY024;
 *   <li>an unknown key: HY024 naming the valid keys, except on the official driver's schemes where,
 *       as in that driver, unknown keys are sent to the server as call headers;
 *   <li>a known key of the official driver that Quiver does not implement yet: 0A000;
 *   <li>a bad value ({@code useEncryption=maybe}): 22023;
 *   <li>properties that contradict each other ({@code token} with {@code user}, a TLS option with
 *       {@code useEncryption=false}, ...): HY024 (see {@link ConnectionSettings}).
 * </ul>
 *
 * <p>Query keys and values are URL-decoded (UTF-8). {@code header.<name>=value} adds a header sent
 * on every call.
 */
public final class ConnectionUrlParser {

  /** Prefix of explicit header properties: {@code header.x-tenant=acme}. */
  public static final String HEADER_PREFIX = "header.";

  /**
   * Keys the official Arrow Flight SQL driver understands that Quiver does not implement yet.
   * Passing one is refused (0A000) rather than ignored or, on the official schemes, sent as a
   * header (which would leak a password as plain metadata). Empty values are ignored because tools
   * commonly send {@code user=""}.
   */
  private static final List<String> NOT_YET_SUPPORTED_KEYS = Collections.emptyList();

  // gRPC metadata names: lower-case letters, digits, '-', '_', '.' (names are lower-cased first).
  private static final Pattern HEADER_NAME = Pattern.compile("[a-z0-9_.\\-]+");
  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._\\-]+");
  private static final Pattern IPV6_ADDRESS =
      Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9._\\-]+)?");

  private ConnectionUrlParser() {}

  /** Whether {@code url} uses one of the driver's schemes. */
  public static boolean accepts(String url) {
    return UrlScheme.of(url).isPresent();
  }

  /** Parses and checks {@code url} and {@code info} ({@code null} = no properties). */
  public static ConnectionConfig parse(String url, Properties info) throws SQLException {
    requireNonNull(url, "url is null");
    UrlScheme scheme =
        UrlScheme.of(url)
            .orElseThrow(
                () ->
                    badUrl(
                        "URL must start with jdbc:flightsql://, jdbc:arrow-flight-sql:// or"
                            + " jdbc:arrow-flight://",
                        url));
    String rest = url.substring(scheme.prefix().length());
    int queryStart = rest.indexOf('?');
    String authorityAndPath = queryStart < 0 ? rest : rest.substring(0, queryStart);
    String query = queryStart < 0 ? null : rest.substring(queryStart + 1);

    int pathStart = authorityAndPath.indexOf('/');
    String authority = pathStart < 0 ? authorityAndPath : authorityAndPath.substring(0, pathStart);
    if (pathStart >= 0 && pathStart != authorityAndPath.length() - 1) {
      throw badUrl("URL must not have a path", url);
    }
    if (authority.indexOf('@') >= 0) {
      throw badUrl("URL must not contain user information; pass credentials as properties", url);
    }
    HostAndPort hostAndPort = parseAuthority(authority, url);

    Map<String, String> raw = new LinkedHashMap<>();
    parseQuery(query, scheme, url, raw);
    mergeProperties(info, scheme, raw);
    return resolve(scheme, hostAndPort, raw);
  }

  /**
   * The values supplied for each property, best effort and without validation, for {@link
   * java.sql.Driver#getPropertyInfo}: malformed parts are skipped.
   */
  public static Map<ConnectionProperty, String> suppliedValues(String url, Properties info) {
    Map<ConnectionProperty, String> values = new EnumMap<>(ConnectionProperty.class);
    Optional<UrlScheme> scheme = UrlScheme.of(url);
    if (scheme.isEmpty()) {
      return values;
    }
    int queryStart = url.indexOf('?');
    if (queryStart >= 0) {
      for (String part : url.substring(queryStart + 1).split("&")) {
        int equals = part.indexOf('=');
        if (equals > 0) {
          try {
            String key = decode(part.substring(0, equals));
            String value = decode(part.substring(equals + 1));
            lookUp(key, scheme.get()).ifPresent(property -> values.put(property, value));
          } catch (IllegalArgumentException malformed) {
            // Skipped on purpose: this view only pre-fills a dialog; connect() reports the error.
          }
        }
      }
    }
    if (info != null) {
      for (String key : info.stringPropertyNames()) {
        lookUp(key, scheme.get())
            .ifPresent(property -> values.put(property, info.getProperty(key)));
      }
    }
    return values;
  }

  private static HostAndPort parseAuthority(String authority, String url) throws SQLException {
    String host;
    String portText;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw badUrl("IPv6 address is missing its closing ']'", url);
      }
      host = authority.substring(1, close);
      if (!IPV6_ADDRESS.matcher(host).matches() || host.indexOf(':') < 0) {
        throw badUrl("Invalid IPv6 address '" + host + "'", url);
      }
      String afterHost = authority.substring(close + 1);
      if (!afterHost.startsWith(":")) {
        throw badUrl("URL must give a port: [address]:port", url);
      }
      portText = afterHost.substring(1);
    } else {
      int colon = authority.indexOf(':');
      if (colon < 0) {
        throw badUrl("URL must give a port: host:port", url);
      }
      host = authority.substring(0, colon);
      portText = authority.substring(colon + 1);
      if (portText.indexOf(':') >= 0) {
        throw badUrl("IPv6 addresses must be written in brackets, e.g. [::1]:port", url);
      }
      if (host.isEmpty()) {
        throw badUrl("URL must give a host", url);
      }
      if (!HOST_NAME.matcher(host).matches()) {
        throw badUrl("Invalid host '" + host + "'", url);
      }
    }
    return new HostAndPort(host, parsePort(portText, url));
  }

  private static int parsePort(String text, String url) throws SQLException {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
      throw badUrl("Invalid port '" + text + "'; expected a number from 1 to 65535", url);
    }
    int port = Integer.parseInt(text);
    if (port < 1 || port > 65535) {
      throw badUrl("Port " + port + " is out of range 1-65535", url);
    }
    return port;
  }

  private static void parseQuery(
      String query, UrlScheme scheme, String url, Map<String, String> raw) throws SQLException {
    if (query == null || query.isEmpty()) {
      return;
    }
    for (String part : query.split("&", -1)) {
      if (part.isEmpty()) {
        throw badUrl("URL has an empty parameter (a stray '&')", url);
      }
      int equals = part.indexOf('=');
      if (equals <= 0) {
        throw badUrl("URL parameter '" + part + "' is not of the form key=value", url);
      }
      String key;
      String value;
      try {
        key = decode(part.substring(0, equals));
        value = decode(part.substring(equals + 1));
      } catch (IllegalArgumentException malformed) {
        throw badUrl("URL parameter '" + part + "' is not correctly URL-encoded", url);
      }
      String existing = findKey(raw, key, scheme);
      if (existing != null) {
        throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
            "Connection property '" + key + "' is given more than once in the URL");
      }
      raw.put(key, value);
    }
  }

  private static void mergeProperties(Properties info, UrlScheme scheme, Map<String, String> raw)
      throws SQLException {
    if (info == null) {
      return;
    }
    for (Map.Entry<Object, Object> entry : info.entrySet()) {
      if (!(entry.getKey() instanceof String) || !(entry.getValue() instanceof String)) {
        throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
            "Connection properties must have String keys and values; got "
                + typeName(entry.getKey())
                + " -> "
                + typeName(entry.getValue()));
      }
      String key = (String) entry.getKey();
      String value = (String) entry.getValue();
      String existing = findKey(raw, key, scheme);
      if (existing != null) {
        // Tools often repeat URL parameters in the Properties; that is fine when they agree.
        if (!raw.get(existing).equals(value)) {
          throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
              "Connection property '"
                  + key
                  + "' is given in both the URL and the properties with different values");
        }
        continue;
      }
      raw.put(key, value);
    }
  }

  private static ConnectionConfig resolve(
      UrlScheme scheme, HostAndPort hostAndPort, Map<String, String> raw) throws SQLException {
    Map<ConnectionProperty, String> values = new EnumMap<>(ConnectionProperty.class);
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : raw.entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue();
      if (key.regionMatches(true, 0, HEADER_PREFIX, 0, HEADER_PREFIX.length())) {
        addHeader(headers, key.substring(HEADER_PREFIX.length()), value, key);
        continue;
      }
      Optional<ConnectionProperty> property = lookUp(key, scheme);
      if (property.isPresent()) {
        values.put(property.get(), value);
      } else if (isNotYetSupported(key)) {
        if (!value.isEmpty()) {
          throw SqlState.FEATURE_NOT_SUPPORTED.exception(
              "Connection property '" + key + "' is not supported by this version of the driver");
        }
      } else if (scheme.isOfficial()) {
        // The official driver sends unknown properties to the server as headers; so do we.
        addHeader(headers, key, value, key);
      } else {
        throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
            "Unknown connection property '" + key + "'; valid properties are: " + validKeys());
      }
    }
    return ConnectionSettings.resolve(
        new ConnectionConfig.Builder(scheme, hostAndPort.host, hostAndPort.port, headers),
        values,
        headers);
  }

  private static void addHeader(Map<String, String> headers, String name, String value, String key)
      throws SQLException {
    String lowerName = name.toLowerCase(Locale.ROOT);
    if (!HEADER_NAME.matcher(lowerName).matches()
        || lowerName.startsWith("grpc-")
        || lowerName.endsWith("-bin")) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "Connection property '"
              + key
              + "' does not name a valid header (letters, digits, '-', '_', '.'; not grpc-*"
              + " or *-bin)");
    }
    if (headers.containsKey(lowerName)) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "Header '" + lowerName + "' is given more than once");
    }
    headers.put(lowerName, value);
  }

  private static Optional<ConnectionProperty> lookUp(String key, UrlScheme scheme) {
    return scheme.isOfficial()
        ? ConnectionProperty.forKeyIgnoreCase(key)
        : ConnectionProperty.forKey(key);
  }

  private static boolean isNotYetSupported(String key) {
    return NOT_YET_SUPPORTED_KEYS.stream().anyMatch(known -> known.equalsIgnoreCase(key));
  }

  /** The key already in {@code raw} that is the same property as {@code key}, or null. */
  private static String findKey(Map<String, String> raw, String key, UrlScheme scheme) {
    if (raw.containsKey(key)) {
      return key;
    }
    if (scheme.isOfficial()) {
      for (String existing : raw.keySet()) {
        if (existing.equalsIgnoreCase(key)) {
          return existing;
        }
      }
    }
    return null;
  }

  private static String validKeys() {
    return Arrays.stream(ConnectionProperty.values())
            .map(ConnectionProperty::key)
            .collect(Collectors.joining(", "))
        + ", "
        + HEADER_PREFIX
        + "<name>";
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String typeName(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }

  private static SQLException badUrl(String problem, String url) {
    // The query string may carry secrets (header values), so only the part before it is shown.
    int queryStart = url.indexOf('?');
    String shown = queryStart < 0 ? url : url.substring(0, queryStart) + "?...";
    return SqlState.INVALID_ATTRIBUTE_VALUE.exception(problem + ": " + shown);
  }

  private static final class HostAndPort {
    final String host;
    final int port;

    HostAndPort(String host, int port) {
      this.host = host;
      this.port = port;
    }
  }
}
