package dev.scimpatch.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/** The codecs {@link java.util.ServiceLoader} finds, looked up once. */
final class Codecs {
  private Codecs() {}

  private static volatile @Nullable List<ScimCodec> installed;

  /**
   * The installed codecs, at least one.
   *
   * @throws IllegalStateException if there is none
   */
  static List<ScimCodec> installed() {
    List<ScimCodec> found = installed;
    if (found == null) {
      List<ScimCodec> codecs = new ArrayList<>();
      ServiceLoader.load(ScimCodec.class, ScimCodec.class.getClassLoader()).forEach(codecs::add);
      if (codecs.isEmpty()) {
        throw new IllegalStateException(
            "no JSON adapter is installed: add scim-patch-jackson (or another adapter) to the class path");
      }
      found = List.copyOf(codecs);
      installed = found;
    }
    return found;
  }
}
