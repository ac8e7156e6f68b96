package dev.quiver.jdbc.internal.metadata;

/**
 * A JDBC metadata search pattern ({@code %} any sequence, {@code _} any one character, the search
 * string escape before either to match it literally), matched client-side where Flight SQL has no
 * filter (column names in {@code getColumns}). Matching is exact in case: names are compared as the
 * server stores them.
 */
final class LikePattern {

  private static final char ANY = '%';
  private static final char ONE = '_';

  /** One element of the compiled pattern: a literal character, ONE or ANY. */
  private final int[] tokens;

  private static final int TOKEN_ANY = -1;
  private static final int TOKEN_ONE = -2;

  private LikePattern(int[] tokens) {
    this.tokens = tokens;
  }

  /**
   * @param pattern the pattern; {@code null} matches everything
   * @param escape the search string escape ({@code DatabaseMetaData.getSearchStringEscape}); null
   *     or empty for none
   */
  static LikePattern compile(String pattern, String escape) {
    if (pattern == null) {
      return new LikePattern(new int[] {TOKEN_ANY});
    }
    String escapeString = escape == null ? "" : escape;
    int[] tokens = new int[pattern.length()];
    int count = 0;
    int i = 0;
    while (i < pattern.length()) {
      if (!escapeString.isEmpty() && pattern.startsWith(escapeString, i)) {
        int next = i + escapeString.length();
        if (next < pattern.length()) {
          // An escaped character (usually % or _, or the escape itself) is a literal.
          tokens[count++] = pattern.charAt(next);
          i = next + 1;
        } else {
          tokens[count++] = pattern.charAt(i); // a trailing escape stands for itself
          i++;
        }
        continue;
      }
      char c = pattern.charAt(i);
      tokens[count++] = c == ANY ? TOKEN_ANY : c == ONE ? TOKEN_ONE : c;
      i++;
    }
    int[] compiled = new int[count];
    System.arraycopy(tokens, 0, compiled, 0, count);
    return new LikePattern(compiled);
  }

  boolean matches(String value) {
    if (value == null) {
      return false;
    }
    // Greedy matching with backtracking to the last ANY: linear for the patterns tools send.
    int v = 0;
    int t = 0;
    int starToken = -1;
    int starValue = 0;
    while (v < value.length()) {
      if (t < tokens.length
          && (tokens[t] == TOKEN_ONE || (tokens[t] >= 0 && tokens[t] == value.charAt(v)))) {
        v++;
        t++;
      } else if (t < tokens.length && tokens[t] == TOKEN_ANY) {
        starToken = t++;
        starValue = v;
      } else if (starToken >= 0) {
        t = starToken + 1;
        v = ++starValue;
      } else {
        return false;
      }
    }
    while (t < tokens.length && tokens[t] == TOKEN_ANY) {
      t++;
    }
    return t == tokens.length;
  }
}
