package dev.scimpatch.validation;

import dev.scimpatch.path.PathParser;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The validator of {@link ScimFilter}: parses with {@link PathParser#parseFilter(String)}. A Bean
 * Validation provider uses it; applications do not.
 *
 * @since 0.1
 */
@SuppressWarnings("exports") // jakarta.validation: its users require it themselves
public final class ScimFilterValidator implements ConstraintValidator<ScimFilter, String> {
  private PathParser paths = PathParser.defaults();

  /** Creates the validator; the provider then calls {@link #initialize}. */
  public ScimFilterValidator() {}

  @Override
  public void initialize(ScimFilter constraint) {
    paths = Violations.parser(constraint.schemaUrns());
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || Violations.check(context, () -> paths.parseFilter(value));
  }
}
