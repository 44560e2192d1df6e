/**
 * The Jackson 2.x adapter of scim-patch: JSON to tree and back ({@link dev.scimpatch.jackson.ScimJson}),
 * SCIM error documents ({@link dev.scimpatch.jackson.ScimErrors}), a Jackson module
 * ({@link dev.scimpatch.jackson.ScimPatchModule}), the one-call facade
 * ({@link dev.scimpatch.jackson.ScimPatch}) and Bean Validation constraints
 * ({@code dev.scimpatch.jackson.validation}, needing jakarta.validation at run time only if used).
 * The command-line tool ({@code dev.scimpatch.jackson.cli}) is not exported.
 */
module dev.scimpatch.jackson {
  requires transitive dev.scimpatch.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;
  requires static transitive jakarta.validation;

  exports dev.scimpatch.jackson;
  exports dev.scimpatch.jackson.validation;
}
