package dev.scimpatch.validation;

import dev.scimpatch.path.PathParser;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The validator of {@link ScimPath}: parses with {@link PathParser#parse(String)}. A Bean
 * Validation provider uses it; applications do not.
 *
 * @since 0.1
 */
@SuppressWarnings("exports") // jakarta.validation: its users require it themselves
public final class ScimPathValidator implements ConstraintValidator<ScimPath, String> {
  private PathParser paths = PathParser.defaults();

  /** Creates the validator; the provider then calls {@link #initialize}. */
  public ScimPathValidator() {}

  @Override
  public void initialize(ScimPath constraint) {
    paths = Violations.parser(constraint.schemaUrns());
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || Violations.check(context, () -> paths.parse(value));
  }
}
