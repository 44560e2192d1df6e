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
 * The annotated element must be a SCIM PATCH request body (RFC 7644 §3.5.2) that a
 * {@link dev.scimpatch.profile.RequestReader} accepts under {@link #profile()} (strict by
 * default): the PatchOp schema, one or more operations, each with a known {@code op}, a path that
 * parses and a value where one is needed, and nothing the profile's emulation refuses. Whether the
 * operations then apply to a resource is not checked here; that takes the resource.
 *
 * <p>Supported types:
 * <ul>
 *   <li>{@link String}: JSON text;</li>
 *   <li>{@code byte[]}: UTF-8 JSON;</li>
 *   <li>a JSON library's tree (a Jackson {@code JsonNode}) that an installed adapter converts;</li>
 *   <li>{@link dev.scimpatch.request.PatchRequest}: already read, and checked again under the
 *       profile.</li>
 * </ul>
 * JSON is read with the installed adapter's codec ({@link dev.scimpatch.codec.ScimCodec#installed()}).
 * {@code null} is valid.
 *
 * <pre>{@code
 * @PatchMapping("/scim/v2/Users/{id}")
 * ResponseEntity<byte[]> patch(@PathVariable String id,
 *     @RequestBody @ValidPatchRequest(schemaUrns = {
 *         "urn:ietf:params:scim:schemas:core:2.0:User",
 *         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}) byte[] body) { ... }
 * }</pre>
 *
 * <p>The violation message is {@link #message()} followed by the {@code scimType} keyword and the
 * failing operation's index, for example {@code "is not a valid SCIM PATCH request
 * (invalidValue, operation 0)"}; it never quotes the request.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {
    PatchRequestValidators.ForString.class,
    PatchRequestValidators.ForBytes.class,
    PatchRequestValidators.ForTree.class,
    PatchRequestValidators.ForPatchRequest.class})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidPatchRequest.List.class)
@SuppressWarnings("exports") // jakarta.validation: its users require it themselves
public @interface ValidPatchRequest {

  /** {@return the message template; by default the fixed text "is not a valid SCIM PATCH request"} */
  String message() default "{dev.scimpatch.validation.ValidPatchRequest.message}";

  /** {@return the validation groups the constraint belongs to; empty, the default, for {@code Default}} */
  Class<?>[] groups() default {};

  /** {@return the payloads attached to the constraint, metadata for the validation client; none by default} */
  Class<? extends Payload>[] payload() default {};

  /**
   * {@return the schema URNs to parse paths with (R-PATH-8)} For example those of
   * {@link dev.scimpatch.schema.ResourceSchema#schemaUrns()}. Each must be a URN, or
   * initializing the validator fails. Default: none known.
   */
  String[] schemaUrns() default {};

  /**
   * {@return the profile to read with, by preset name ({@link dev.scimpatch.Profile#named(String)})}
   * Naming the server's profile keeps a client's dialect that the server accepts from being
   * refused here; the profile's extensions count as known schema URNs. An unknown name fails
   * initializing the validator. Default {@code "strict"}.
   */
  String profile() default "strict";

  /**
   * Several {@link ValidPatchRequest} constraints on one element, for different groups.
   *
   * @since 0.1
   */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    ValidPatchRequest[] value();
  }
}
