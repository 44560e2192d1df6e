package dev.scimpatch.validation;

import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.codec.ScimCodec;
import dev.scimpatch.profile.RequestReader;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.tree.ScimNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The validators of {@link ValidPatchRequest}, one per supported type. A Bean Validation provider
 * picks the one for the annotated element's type; applications do not use them directly. JSON is
 * read with the installed adapter's codec ({@link ScimCodec#installed()}).
 *
 * @since 0.1
 */
@SuppressWarnings("exports") // jakarta.validation: its users require it themselves
public final class PatchRequestValidators {
  private PatchRequestValidators() {}

  /** Reads a body as the facade does under the constraint's profile; a failure becomes an input-free violation. */
  private static boolean check(RequestReader reader, ConstraintValidatorContext context, Supplier<ScimNode> body) {
    return Violations.check(context, () -> reader.read(body.get()));
  }

  /** The reader a constraint's attributes configure: its profile, and its schema URNs for paths. */
  private static RequestReader reader(ValidPatchRequest constraint) {
    Profile profile = Profile.named(constraint.profile());
    return RequestReader.of(ResourceType.schemaless(profile, List.of(constraint.schemaUrns())));
  }

  private static final RequestReader STRICT = RequestReader.of(ResourceType.schemaless());

  /** What the validators share: the reader their constraint configures. */
  abstract static class Base<T> implements ConstraintValidator<ValidPatchRequest, T> {
    RequestReader reader = STRICT;

    @Override
    public void initialize(ValidPatchRequest constraint) {
      reader = reader(constraint);
    }
  }

  /**
   * {@link ValidPatchRequest} on JSON text.
   *
   * @since 0.1
   */
  public static final class ForString extends Base<String> {
    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForString() {}

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      return value == null || check(reader, context, () -> ScimCodec.installed().read(value));
    }
  }

  /**
   * {@link ValidPatchRequest} on UTF-8 JSON.
   *
   * @since 0.1
   */
  public static final class ForBytes extends Base<byte[]> {
    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForBytes() {}

    @Override
    public boolean isValid(byte @Nullable [] value, ConstraintValidatorContext context) {
      return value == null || check(reader, context, () -> ScimCodec.installed().read(value));
    }
  }

  /**
   * {@link ValidPatchRequest} on a JSON library's tree, such as a Jackson {@code JsonNode}: one the
   * installed adapters convert ({@link ScimCodec#fromTree(Object)}).
   *
   * @since 0.1
   */
  public static final class ForTree extends Base<Object> {
    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForTree() {}

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if no installed adapter knows the value's type: the
     *     constraint is on an element of a type it does not support
     */
    @Override
    public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      ScimNode tree;
      try {
        tree = ScimCodec.convertTree(value);
      } catch (IllegalArgumentException e) {
        // Not a tree of an installed adapter (a Map, say): not a request this constraint can read.
        return Violations.refuse(context, ScimPatchException.of(ScimType.INVALID_SYNTAX, "not a JSON tree"));
      } catch (ScimPatchException e) {
        return Violations.refuse(context, e);
      }
      return check(reader, context, () -> tree);
    }
  }

  /**
   * {@link ValidPatchRequest} on a request already read: read again under the constraint's profile,
   * so that what the profile's emulation refuses (E1–E5, E7, E9, E10) is a violation here too.
   *
   * @since 0.1
   */
  public static final class ForPatchRequest extends Base<PatchRequest> {
    /** Creates the validator; the provider then calls {@link #initialize}. */
    public ForPatchRequest() {}

    @Override
    public boolean isValid(@Nullable PatchRequest value, ConstraintValidatorContext context) {
      return value == null || Violations.check(context, () -> reader.read(value));
    }
  }
}
