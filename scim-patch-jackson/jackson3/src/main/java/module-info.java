import org.jspecify.annotations.NullMarked;

/**
 * The Jackson 3 ({@code tools.jackson}) adapter of scim-patch: JSON to tree and back
 * ({@link dev.scimpatch.jackson3.ScimJson}, the {@link dev.scimpatch.codec.ScimCodec} it installs),
 * SCIM error documents ({@link dev.scimpatch.jackson3.ScimErrors}), a Jackson 3 module
 * ({@link dev.scimpatch.jackson3.ScimPatchModule}) and the one-call facade
 * ({@link dev.scimpatch.jackson3.ScimPatch}). Nothing of Jackson 2.
 */
@NullMarked
@SuppressWarnings("module") // the name ends in a digit: it is the package's, jackson3 for Jackson 3
module dev.scimpatch.jackson3 {
  requires transitive dev.scimpatch.core;
  requires transitive tools.jackson.databind;
  requires static transitive org.jspecify;

  exports dev.scimpatch.jackson3;

  provides dev.scimpatch.codec.ScimCodec with dev.scimpatch.jackson3.ScimJson;
}
