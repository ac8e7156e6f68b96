package dev.quiver.jdbc.internal.config;

import java.util.Optional;

/** The URL prefixes the driver accepts. */
public enum UrlScheme {
  /** Quiver's own scheme: strict properties, unknown keys are an error. */
  FLIGHTSQL("jdbc:flightsql://", false),
  /** The official Arrow Flight SQL JDBC driver's scheme. */
  ARROW_FLIGHT_SQL("jdbc:arrow-flight-sql://", true),
  /** The official driver's older scheme. */
  ARROW_FLIGHT("jdbc:arrow-flight://", true);

  private final String prefix;
  private final boolean official;

  UrlScheme(String prefix, boolean official) {
    this.prefix = prefix;
    this.official = official;
  }

  /** The prefix up to and including {@code //}. */
  public String prefix() {
    return prefix;
  }

  /**
   * Whether this is one of the official driver's schemes, where (as in that driver) property keys
   * are matched ignoring case and unknown keys are sent to the server as call headers.
   */
  public boolean isOfficial() {
    return official;
  }

  /** The scheme {@code url} starts with (case-insensitively), if any. */
  public static Optional<UrlScheme> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    for (UrlScheme scheme : values()) {
      if (url.regionMatches(true, 0, scheme.prefix, 0, scheme.prefix.length())) {
        return Optional.of(scheme);
      }
    }
    return Optional.empty();
  }
}
