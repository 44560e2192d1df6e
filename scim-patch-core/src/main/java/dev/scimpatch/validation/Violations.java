package dev.scimpatch.validation;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.path.PathParser;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** What the validators share: the parser from a constraint's URNs, and input-free violations. */
final class Violations {
  private Violations() {}

  /**
   * A parser that knows {@code schemaUrns}.
   *
   * @throws IllegalArgumentException if one is not a URN
   */
  static PathParser parser(String[] schemaUrns) {
    return schemaUrns.length == 0 ? PathParser.defaults()
        : PathParser.builder().schemaUrns(List.of(schemaUrns)).build();
  }

  /**
   * Replaces the default violation by one whose template is the constraint's own message template
   * followed by the error's scimType keyword and operation index, and returns {@code false}.
   *
   * <p>The template is composed of the constraint's message (the application's, not the
   * client's), a keyword of RFC 7644 Table 9 and a number: never of the input or of the exception's
   * message, which quotes it. So nothing the client sent is interpolated, as message parameter or
   * expression.
   */
  static boolean refuse(ConstraintValidatorContext context, ScimPatchException e) {
    StringBuilder template = new StringBuilder(context.getDefaultConstraintMessageTemplate());
    ScimType type = e.scimType();
    String keyword = type == null || !isWord(type.keyword()) ? null : type.keyword();
    int operation = e.operationIndex();
    if (keyword != null || operation >= 0) {
      template.append(" (");
      if (keyword != null) {
        template.append(keyword);
      }
      if (operation >= 0) {
        template.append(keyword != null ? ", " : "").append("operation ").append(operation);
      }
      template.append(')');
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(template.toString()).addConstraintViolation();
    return false;
  }

  /** Runs a parse; a {@link ScimPatchException} becomes the violation of {@link #refuse}. */
  static boolean check(ConstraintValidatorContext context, Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (ScimPatchException e) {
      return refuse(context, e);
    }
  }

  /** Letters only: a keyword that cannot carry template syntax ({@code { } $ # \}). */
  private static boolean isWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }
}
