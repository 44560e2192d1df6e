/**
 * The Jackson 2.x adapter of scim-patch. The adapter itself arrives with the adapter issue; until
 * then the module holds no classes and exports nothing, and only puts the build and the module
 * graph in place. It will export {@code dev.scimpatch.jackson} alone.
 */
module dev.scimpatch.jackson {
  requires transitive dev.scimpatch.core;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;
}
