package dev.quiver.conformance;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Resolves {@link ConformanceTarget} parameters of checks from {@link Targets#current()}. */
public final class TargetExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ConformanceTarget.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ConformanceTarget target = Targets.current();
    if (target == null) {
      throw new ParameterResolutionException(
          "No conformance target installed: run the checks through ConformanceRunner");
    }
    return target;
  }
}
