package dev.scimpatch.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link String} must be a SCIM PATCH path (RFC 7644 §3.5.2, Figure 7) that
 * {@link dev.scimpatch.path.PathParser#parse(String)} accepts with the default limits.
 * {@code null} is valid.
 *
 * <p>The violation message is {@link #message()} followed by the {@code scimType} keyword,
 * {@code invalidPath} or {@code invalidFilter} (an error inside the brackets), for example
 * {@code "is not a valid SCIM attribute path (invalidPath)"}; it never quotes the path.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = ScimPathValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ScimPath.List.class)
@SuppressWarnings("exports") // jakarta.validation: its users require it themselves
public @interface ScimPath {

  /** {@return the message template; by default the fixed text "is not a valid SCIM attribute path"} */
  String message() default "{dev.scimpatch.validation.ScimPath.message}";

  /** {@return the validation groups the constraint belongs to; empty, the default, for {@code Default}} */
  Class<?>[] groups() default {};

  /** {@return the payloads attached to the constraint, metadata for the validation client; none by default} */
  Class<? extends Payload>[] payload() default {};

  /**
   * {@return the schema URNs to parse paths with (R-PATH-8)} Each must be a URN, or initializing
   * the validator fails. Default: none known.
   */
  String[] schemaUrns() default {};

  /**
   * Several {@link ScimPath} constraints on one element, for different groups.
   *
   * @since 0.1
   */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    ScimPath[] value();
  }
}
