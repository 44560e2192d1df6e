import org.jspecify.annotations.NullMarked;

/**
 * The Jackson 2.x adapter of scim-patch: JSON to tree and back ({@link dev.scimpatch.jackson.ScimJson},
 * the {@link dev.scimpatch.codec.ScimCodec} it installs), SCIM error documents as Jackson trees
 * ({@link dev.scimpatch.jackson.ScimErrors}), a Jackson module
 * ({@link dev.scimpatch.jackson.ScimPatchModule}) and the one-call facade
 * ({@link dev.scimpatch.jackson.ScimPatch}). The command-line tool ({@code dev.scimpatch.jackson.cli})
 * is not exported.
 */
@NullMarked
module dev.scimpatch.jackson {
  requires transitive dev.scimpatch.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports dev.scimpatch.jackson;

  provides dev.scimpatch.codec.ScimCodec with dev.scimpatch.jackson.ScimJson;
}
