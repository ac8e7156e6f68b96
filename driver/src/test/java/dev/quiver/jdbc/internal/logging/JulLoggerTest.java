package dev.quiver.jdbc.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class JulLoggerTest {

  @Test
  void levelsMapOneToOne() {
    assertThat(JulLogger.julLevel(org.slf4j.event.Level.ERROR)).isEqualTo(Level.SEVERE);
    assertThat(JulLogger.julLevel(org.slf4j.event.Level.WARN)).isEqualTo(Level.WARNING);
    assertThat(JulLogger.julLevel(org.slf4j.event.Level.INFO)).isEqualTo(Level.INFO);
    assertThat(JulLogger.julLevel(org.slf4j.event.Level.DEBUG)).isEqualTo(Level.FINE);
    assertThat(JulLogger.julLevel(org.slf4j.event.Level.TRACE)).isEqualTo(Level.FINEST);
  }

  @Test
  void messagesAreFormattedAndCarryTheThrowableAndLoggerName() {
    String name = "dev.quiver.test.logging." + System.nanoTime();
    Logger target = Logger.getLogger(name);
    List<LogRecord> records = new ArrayList<>();
    Handler handler = capture(records);
    target.addHandler(handler);
    target.setUseParentHandlers(false);
    target.setLevel(Level.FINE);
    try {
      org.slf4j.Logger logger = new JulLoggerFactory().getLogger(name);
      RuntimeException failure = new RuntimeException("boom");
      logger.warn("{} of {}", 3, "things", failure);
      logger.debug("debug {}", 1);
      logger.trace("not logged");
      assertThat(logger.isTraceEnabled()).isFalse();
      assertThat(logger.isDebugEnabled()).isTrue();
      assertThat(records).hasSize(2);
      assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
      assertThat(records.get(0).getMessage()).isEqualTo("3 of things");
      assertThat(records.get(0).getThrown()).isSameAs(failure);
      assertThat(records.get(0).getLoggerName()).isEqualTo(name);
      assertThat(records.get(0).getSourceClassName()).isEqualTo(name);
      assertThat(records.get(1).getLevel()).isEqualTo(Level.FINE);
      assertThat(records.get(1).getMessage()).isEqualTo("debug 1");
    } finally {
      target.removeHandler(handler);
    }
  }

  @Test
  void bundledLoggersDefaultToWarningUnlessConfigured() {
    Logger bundled = Logger.getLogger(JulServiceProvider.BUNDLED_LOGGERS);
    Level before = bundled.getLevel();
    try {
      bundled.setLevel(null);
      JulServiceProvider.quietBundledLoggersUnlessConfigured();
      assertThat(bundled.getLevel()).isEqualTo(Level.WARNING);
      assertThat(
              Logger.getLogger(JulServiceProvider.BUNDLED_LOGGERS + ".io.grpc.X")
                  .isLoggable(Level.INFO))
          .isFalse();
      // A level the host application chose is left alone.
      bundled.setLevel(Level.FINE);
      JulServiceProvider.quietBundledLoggersUnlessConfigured();
      assertThat(bundled.getLevel()).isEqualTo(Level.FINE);
    } finally {
      bundled.setLevel(before);
    }
  }

  private static Handler capture(List<LogRecord> records) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
