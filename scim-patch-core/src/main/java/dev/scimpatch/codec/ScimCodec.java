package dev.scimpatch.codec;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.tree.ScimNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * JSON text to the core's tree and back: what an adapter to a JSON library implements, so that
 * everything else ({@link Patcher}, error documents, validation) is written once, in the core.
 *
 * <p>A codec reads strictly: malformed JSON or encoding, a member name given twice in one object
 * (ignoring ASCII case, as SCIM names are case-insensitive), a member name that is not valid
 * Unicode, content after the document, and input beyond the codec's limits are all
 * {@code 400 invalidSyntax}. Numbers stay exact. It never closes a stream it is given. Adapters
 * register their codec with {@link java.util.ServiceLoader} ({@link #installed()}), for the core's
 * constraints on JSON text.
 *
 * @since 0.1
 */
public interface ScimCodec {

  /**
   * Reads one JSON document from UTF-8 (or UTF-16, UTF-32, as RFC 8259 allows) bytes.
   *
   * @param json the document
   * @return its tree
   * @throws ScimPatchException {@code 400 invalidSyntax} for anything but one well-formed document
   */
  ScimNode read(byte[] json);

  /**
   * Reads one JSON document from text.
   *
   * @param json the document
   * @return its tree
   * @throws ScimPatchException {@code 400 invalidSyntax} for anything but one well-formed document
   */
  ScimNode read(String json);

  /**
   * Reads one JSON document from a stream; does not close it.
   *
   * @param json the document
   * @return its tree
   * @throws ScimPatchException {@code 400 invalidSyntax} for anything but one well-formed document
   * @throws UncheckedIOException if the stream itself fails
   */
  ScimNode read(InputStream json);

  /**
   * Writes a tree as compact UTF-8 JSON.
   *
   * @param node the tree
   * @return the JSON
   * @throws IllegalArgumentException for a member name that is not valid Unicode (an unpaired
   *     surrogate), which no reader would take back; the readers never make one
   */
  byte[] writeBytes(ScimNode node);

  /**
   * Writes a tree as compact UTF-8 JSON to a stream; does not close it.
   *
   * @param node the tree
   * @param out where to write
   * @throws IllegalArgumentException as {@link #writeBytes(ScimNode)}
   * @throws UncheckedIOException if the stream fails
   */
  void write(ScimNode node, OutputStream out);

  /**
   * Converts a tree of this codec's JSON library (a Jackson {@code JsonNode}, say) with the same
   * rules as {@link #read(byte[])}.
   *
   * @param tree the tree
   * @return its core tree, or {@code null} if {@code tree} is not of this codec's library
   * @throws ScimPatchException {@code 400 invalidSyntax} for a tree that is not JSON
   */
  default @Nullable ScimNode fromTree(Object tree) {
    return null;
  }

  /**
   * Returns the codec of the JSON adapter on the class or module path (the first that
   * {@link java.util.ServiceLoader} finds; adapters read and write alike).
   *
   * @return the codec
   * @throws IllegalStateException if no adapter is installed
   */
  static ScimCodec installed() {
    return Codecs.installed().get(0);
  }

  /**
   * Converts a tree of any installed adapter's JSON library ({@link #fromTree(Object)}).
   *
   * @param tree the tree
   * @return its core tree
   * @throws IllegalArgumentException if no installed adapter knows the tree's type
   * @throws ScimPatchException {@code 400 invalidSyntax} for a tree that is not JSON
   */
  static ScimNode convertTree(Object tree) {
    for (ScimCodec codec : Codecs.installed()) {
      ScimNode node = codec.fromTree(tree);
      if (node != null) {
        return node;
      }
    }
    throw new IllegalArgumentException("no installed JSON adapter converts a " + tree.getClass().getName());
  }
}
