package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, without asking the server, whether a plain statement returns rows. Plain statements are
 * not prepared (DESIGN.md "Query flow"), so {@code Statement.execute(sql)} needs a local rule to
 * pick Flight SQL's query path (GetFlightInfo + DoGet) or update path (DoPut).
 *
 * <p>The rule: skip whitespace, {@code --} and {@code /* *}{@code /} comments and opening
 * parentheses; if the first word is one of {@link #QUERY_KEYWORDS} (case-insensitive) the statement
 * is a query, otherwise an update. So {@code INSERT ... RETURNING} counts as an update.
 */
public enum StatementKind {
  /** Returns rows: run with {@code FlightSqlClient.execute}. */
  QUERY,
  /** Returns an update count (DML, DDL, SET, ...): run with {@code FlightSqlClient.executeUpdate}. */
  UPDATE;

  /** First words that make a statement a query (DuckDB's row-returning statements included). */
  public static final Set<String> QUERY_KEYWORDS =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  "SELECT", "WITH", "VALUES", "TABLE", "FROM", "SHOW", "DESCRIBE", "DESC",
                  "EXPLAIN", "PRAGMA", "SUMMARIZE", "PIVOT", "UNPIVOT", "CALL")));

  /** The kind of {@code sql} by the rule above. */
  public static StatementKind of(String sql) {
    requireNonNull(sql, "sql is null");
    String word = firstWord(sql);
    return QUERY_KEYWORDS.contains(word.toUpperCase(Locale.ROOT)) ? QUERY : UPDATE;
  }

  /** The first word after comments, whitespace and opening parentheses; empty if none. */
  static String firstWord(String sql) {
    int i = 0;
    int length = sql.length();
    while (i < length) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? length : end + 1;
      } else if (sql.startsWith("/*", i)) {
        i = skipBlockComment(sql, i);
      } else {
        break;
      }
    }
    int start = i;
    while (i < length && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i);
  }

  // Block comments nest in the SQL standard (and in DuckDB/PostgreSQL): /* a /* b */ c */.
  private static int skipBlockComment(String sql, int start) {
    int depth = 0;
    int i = start;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }
}
