package dev.scimpatch.jackson.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.PatchMessages;
import dev.scimpatch.PatchRequest;
import dev.scimpatch.Profile;
import dev.scimpatch.jackson.ScimJson;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.tree.ScimNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The validators of {@link ValidPatchRequest}, one per supported type. A Bean Validation provider
 * picks the one for the annotated element's type; applications do not use them directly.
 */
public final class PatchRequestValidators {
  private PatchRequestValidators() {}

  /** Reads a body as the facade does under the constraint's profile; a failure becomes an input-free violation. */
  private static boolean check(Reader reader, ConstraintValidatorContext context, Reading body) {
    return Violations.check(context, () -> PatchMessages.read(body.read(), reader.paths, reader.profile, null));
  }

  /** What a constraint's attributes configure: the path parser and the profile. */
  private static final class Reader {
    final PathParser paths;
    final Profile profile;

    Reader(ValidPatchRequest constraint) {
      this.profile = Profile.named(constraint.profile());
      List<String> urns = new ArrayList<>(List.of(constraint.schemaUrns()));
      profile.extensions().forEach(e -> urns.add(e.id()));
      this.paths = Violations.parser(urns.toArray(new String[0]));
    }

    static final Reader STRICT = new Reader(PathParser.defaults(), Profile.strict());

    private Reader(PathParser paths, Profile profile) {
      this.paths = paths;
      this.profile = profile;
    }
  }

  /** How a validator turns its value into a tree; may throw {@link dev.scimpatch.ScimPatchException}. */
  @FunctionalInterface
  private interface Reading {
    ScimNode read();
  }

  /** {@link ValidPatchRequest} on JSON text. */
  public static final class ForString implements ConstraintValidator<ValidPatchRequest, String> {
    private Reader reader = Reader.STRICT;

    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForString() {}

    @Override
    public void initialize(ValidPatchRequest constraint) {
      reader = new Reader(constraint);
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      return value == null || check(reader, context, () -> ScimJson.defaults().read(value));
    }
  }

  /** {@link ValidPatchRequest} on UTF-8 JSON. */
  public static final class ForBytes implements ConstraintValidator<ValidPatchRequest, byte[]> {
    private Reader reader = Reader.STRICT;

    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForBytes() {}

    @Override
    public void initialize(ValidPatchRequest constraint) {
      reader = new Reader(constraint);
    }

    @Override
    public boolean isValid(byte @Nullable [] value, ConstraintValidatorContext context) {
      return value == null || check(reader, context, () -> ScimJson.defaults().read(value));
    }
  }

  /** {@link ValidPatchRequest} on a Jackson tree. */
  public static final class ForJsonNode implements ConstraintValidator<ValidPatchRequest, JsonNode> {
    private Reader reader = Reader.STRICT;

    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForJsonNode() {}

    @Override
    public void initialize(ValidPatchRequest constraint) {
      reader = new Reader(constraint);
    }

    @Override
    public boolean isValid(@Nullable JsonNode value, ConstraintValidatorContext context) {
      return value == null || check(reader, context, () -> ScimJson.defaults().fromJsonNode(value));
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
