package dev.quiver.jdbc.internal.jdbc;

import dev.quiver.jdbc.internal.error.SqlState;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/** Small helpers shared by the JDBC classes: unwrap and the "not supported" error. */
final class JdbcObjects {

  private JdbcObjects() {}

  /** {@code unwrap} per {@link java.sql.Wrapper}: the object itself when it implements the type. */
  static <T> T unwrap(Object self, Class<T> type) throws SQLException {
    if (type != null && type.isInstance(self)) {
      return type.cast(self);
    }
    throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
        self.getClass().getSimpleName() + " does not implement " + type);
  }

  static boolean isWrapperFor(Object self, Class<?> type) {
    return type != null && type.isInstance(self);
  }

  /** The 0A000 refusal naming the method (and why, when that helps). */
  static SQLFeatureNotSupportedException notSupported(String method) {
    return (SQLFeatureNotSupportedException)
        SqlState.FEATURE_NOT_SUPPORTED.exception(method + " is not supported");
  }
}
