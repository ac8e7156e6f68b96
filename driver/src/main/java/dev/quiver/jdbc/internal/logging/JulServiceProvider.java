package dev.quiver.jdbc.internal.logging;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Routes the logging of the libraries bundled in the driver jar (Arrow logs through SLF4J) to
 * {@code java.util.logging}, which every host application can configure or bridge.
 *
 * <p>Only the single driver jar registers this provider, for its relocated copy of SLF4J ({@code
 * dev.quiver.jdbc.shaded.org.slf4j}): the host application's own SLF4J, if any, is not touched, and
 * without a provider the relocated SLF4J would print "No SLF4J providers were found" on the console
 * of every BI tool. gRPC logs to {@code java.util.logging} directly and Netty finds the relocated
 * SLF4J, so all bundled logging ends up in one place, under logger names that start with {@code
 * dev.quiver.jdbc.shaded.}.
 */
public final class JulServiceProvider implements SLF4JServiceProvider {

  /** The parent of the loggers of every library bundled (relocated) in the driver jar. */
  static final String BUNDLED_LOGGERS = "dev.quiver.jdbc.shaded";

  // Held strongly: java.util.logging keeps loggers weakly, and a collected logger loses its level.
  private static final Logger BUNDLED = Logger.getLogger(BUNDLED_LOGGERS);

  private final ILoggerFactory loggerFactory = new JulLoggerFactory();
  private final IMarkerFactory markerFactory = new BasicMarkerFactory();
  private final MDCAdapter mdcAdapter = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggerFactory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markerFactory;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdcAdapter;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    quietBundledLoggersUnlessConfigured();
  }

  static void quietBundledLoggersUnlessConfigured() {
    boolean configured =
        LogManager.getLogManager().getProperty(BUNDLED_LOGGERS + ".level") != null
            || BUNDLED.getLevel() != null;
    if (!configured) {
      BUNDLED.setLevel(Level.WARNING);
    }
  }
}
