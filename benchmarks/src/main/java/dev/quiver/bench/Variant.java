package dev.quiver.bench;

import java.util.Locale;

/**
 * The ways of reading the same data that every benchmark compares in one run. The JMH parameter
 * {@code variant} takes the {@link #key()} of one of these.
 */
public enum Variant {
  /** Raw {@code FlightSqlClient} reading the Arrow vectors directly: the practical limit. */
  FLIGHT("flight"),
  /** Quiver through {@code java.sql}, URL {@code jdbc:flightsql://}. */
  QUIVER("quiver"),
  /** The official Arrow Flight SQL JDBC driver 18.3.0, URL {@code jdbc:arrow-flight-sql://}. */
  OFFICIAL("official"),
  /** DuckDB JDBC in-process ({@code jdbc:duckdb:}) on a copy of the same tables: no network. */
  DUCKDB("duckdb");

  private final String key;

  Variant(String key) {
    this.key = key;
  }

  /** The JMH parameter value. */
  public String key() {
    return key;
  }

  /** True when the variant talks to the fixture server over Flight SQL. */
  public boolean usesFixture() {
    return this != DUCKDB;
  }

  /** Parses a JMH parameter value such as {@code quiver}. */
  public static Variant parse(String key) {
    for (Variant variant : values()) {
      if (variant.key.equals(key.trim().toLowerCase(Locale.ROOT))) {
        return variant;
      }
    }
    throw new IllegalArgumentException(
        "Unknown variant '" + key + "'; expected flight, quiver, official or duckdb");
  }
}
