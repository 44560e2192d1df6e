package dev.scimpatch.jackson.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.PatchMessages;
import dev.scimpatch.PatchRequest;
import dev.scimpatch.jackson.ScimJson;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.tree.ScimNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The validators of {@link ValidPatchRequest}, one per supported type. A Bean Validation provider
 * picks the one for the annotated element's type; applications do not use them directly.
 */
public final class PatchRequestValidators {
  private PatchRequestValidators() {}

  /** Reads a body with the facade's strict rules; a failure becomes an input-free violation. */
  private static boolean check(PathParser paths, ConstraintValidatorContext context, Reading body) {
    return Violations.check(context, () -> PatchMessages.read(body.read(), paths));
  }

  /** How a validator turns its value into a tree; may throw {@link dev.scimpatch.ScimPatchException}. */
  @FunctionalInterface
  private interface Reading {
    ScimNode read();
  }

  /** {@link ValidPatchRequest} on JSON text. */
  public static final class ForString implements ConstraintValidator<ValidPatchRequest, String> {
    private PathParser paths = PathParser.defaults();

    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForString() {}

    @Override
    public void initialize(ValidPatchRequest constraint) {
      paths = Violations.parser(constraint.schemaUrns());
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      return value == null || check(paths, context, () -> ScimJson.defaults().read(value));
    }
  }

  /** {@link ValidPatchRequest} on UTF-8 JSON. */
  public static final class ForBytes implements ConstraintValidator<ValidPatchRequest, byte[]> {
    private PathParser paths = PathParser.defaults();

    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForBytes() {}

    @Override
    public void initialize(ValidPatchRequest constraint) {
      paths = Violations.parser(constraint.schemaUrns());
    }

    @Override
    public boolean isValid(byte @Nullable [] value, ConstraintValidatorContext context) {
      return value == null || check(paths, context, () -> ScimJson.defaults().read(value));
    }
  }

  /** {@link ValidPatchRequest} on a Jackson tree. */
  public static final class ForJsonNode implements ConstraintValidator<ValidPatchRequest, JsonNode> {
    private PathParser paths = PathParser.defaults();

    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForJsonNode() {}

    @Override
    public void initialize(ValidPatchRequest constraint) {
      paths = Violations.parser(constraint.schemaUrns());
    }

    @Override
    public boolean isValid(@Nullable JsonNode value, ConstraintValidatorContext context) {
      return value == null || check(paths, context, () -> ScimJson.defaults().fromJsonNode(value));
    }
  }

  /**
   * {@link ValidPatchRequest} on a request already read: valid, since a {@link PatchRequest}
   * cannot exist unless it is one ({@code null} too, as for every constraint).
   */
  public static final class ForPatchRequest implements ConstraintValidator<ValidPatchRequest, PatchRequest> {

    /** Creates the validator. */
    public ForPatchRequest() {}

    @Override
    public boolean isValid(@Nullable PatchRequest value, ConstraintValidatorContext context) {
      return true;
    }
  }
}
