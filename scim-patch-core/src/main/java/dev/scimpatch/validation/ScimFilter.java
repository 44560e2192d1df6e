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
 * The annotated {@link String} must be a SCIM filter (RFC 7644 §3.4.2.2) that
 * {@link dev.scimpatch.path.PathParser#parseFilter(String)} accepts with the default limits, such
 * as a {@code filter} query parameter. {@code null} is valid.
 *
 * <p>The violation message is {@link #message()} followed by the {@code scimType} keyword, for
 * example {@code "is not a valid SCIM filter (invalidFilter)"}; it never quotes the filter.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = ScimFilterValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ScimFilter.List.class)
@SuppressWarnings("exports") // jakarta.validation: its users require it themselves
public @interface ScimFilter {

  /** {@return the message template; by default the fixed text "is not a valid SCIM filter"} */
  String message() default "{dev.scimpatch.validation.ScimFilter.message}";

  /** {@return the validation groups the constraint belongs to; empty, the default, for {@code Default}} */
  Class<?>[] groups() default {};

  /** {@return the payloads attached to the constraint, metadata for the validation client; none by default} */
  Class<? extends Payload>[] payload() default {};

  /**
   * {@return the schema URNs to parse attribute paths in the filter with (R-PATH-8)} Each must be a
   * URN, or initializing the validator fails. Default: none known.
   */
  String[] schemaUrns() default {};

  /**
   * Several {@link ScimFilter} constraints on one element, for different groups.
   *
   * @since 0.1
   */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    ScimFilter[] value();
  }
}
