package dev.quiver.conformance.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.quiver.conformance.ConformanceTarget;
import dev.quiver.conformance.Targets;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs every check against one target through the JUnit Platform Launcher. */
public final class ConformanceRunner {
  static final String CHECKS_PACKAGE = "dev.quiver.conformance.checks";

  private ConformanceRunner() {}

  /**
   * Runs the checks whose class name matches {@code classNamePattern} (a regex; {@code ".*"} for
   * all) and returns their results sorted by capability, then id.
   */
  public static List<CheckResult> run(
      ConformanceTarget target, String classNamePattern, PrintStream progress, boolean live) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectPackage(CHECKS_PACKAGE))
            .filters(ClassNameFilter.includeClassNamePatterns(classNamePattern))
            .configurationParameter(
                "junit.jupiter.testmethod.order.default",
                "org.junit.jupiter.api.MethodOrderer$MethodName")
            .build();
    ResultCollector collector = new ResultCollector(progress, live);
    Targets.install(target);
    try {
      Launcher launcher = LauncherFactory.create();
      launcher.execute(request, collector);
    } finally {
      Targets.install(null);
    }
    return collector.results().stream()
        .sorted(
            Comparator.comparingInt(CheckResult::capabilityOrder).thenComparing(CheckResult::id))
        .collect(Collectors.toList());
  }
}
