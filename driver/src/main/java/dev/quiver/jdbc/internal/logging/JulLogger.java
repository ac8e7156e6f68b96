package dev.quiver.jdbc.internal.logging;

import static java.util.Objects.requireNonNull;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.slf4j.Marker;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * An SLF4J logger that writes to the {@link java.util.logging.Logger} of the same name. Levels map
 * one to one: ERROR to SEVERE, WARN to WARNING, INFO to INFO, DEBUG to FINE, TRACE to FINEST.
 */
final class JulLogger extends LegacyAbstractLogger {

  private static final long serialVersionUID = 1L;

  private final transient java.util.logging.Logger target;

  JulLogger(String name) {
    this.name = requireNonNull(name, "name is null");
    this.target = java.util.logging.Logger.getLogger(name);
  }

  @Override
  public boolean isTraceEnabled() {
    return target.isLoggable(Level.FINEST);
  }

  @Override
  public boolean isDebugEnabled() {
    return target.isLoggable(Level.FINE);
  }

  @Override
  public boolean isInfoEnabled() {
    return target.isLoggable(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return target.isLoggable(Level.WARNING);
  }

  @Override
  public boolean isErrorEnabled() {
    return target.isLoggable(Level.SEVERE);
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      org.slf4j.event.Level level,
      Marker marker,
      String messagePattern,
      Object[] arguments,
      Throwable throwable) {
    Level julLevel = julLevel(level);
    if (!target.isLoggable(julLevel)) {
      return;
    }
    LogRecord record =
        new LogRecord(julLevel, MessageFormatter.basicArrayFormat(messagePattern, arguments));
    record.setLoggerName(name);
    record.setThrown(throwable);
    // Naming the source stops java.util.logging from walking the stack to this class.
    record.setSourceClassName(name);
    record.setSourceMethodName(null);
    target.log(record);
  }

  static Level julLevel(org.slf4j.event.Level level) {
    switch (level) {
      case ERROR:
        return Level.SEVERE;
      case WARN:
        return Level.WARNING;
      case INFO:
        return Level.INFO;
      case DEBUG:
        return Level.FINE;
      case TRACE:
        return Level.FINEST;
      default:
        throw new IllegalArgumentException("unknown SLF4J level " + level);
    }
  }
}
