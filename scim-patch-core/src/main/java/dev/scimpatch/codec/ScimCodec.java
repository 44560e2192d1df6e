package dev.scimpatch.codec;

import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.internal.Text;
import dev.scimpatch.internal.json.JsonLength;
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
   * Returns this codec reading within other limits: document length, nesting depth, string,
   * member name and number length ({@link Limits#maxDocumentLength()},
   * {@link Limits#maxJsonDepth()}, {@link Limits#maxStringLength()}, {@link Limits#maxNameLength()},
   * {@link Limits#maxNumberLength()}); trees converted by {@link #fromTree} are held to the same.
   * {@link Patcher} reads requests with the request limits and stored resources with the resource
   * limits.
   *
   * @param limits the limits
   * @return a codec with those limits (this one if it has them already)
   */
  ScimCodec withLimits(Limits limits);

  /**
   * Whether a string holds a surrogate that is not half of a pair. A member name that does cannot
   * be written as UTF-8: readers refuse one ({@code 400 invalidSyntax}), and the core refuses one in
   * a request's values ({@code 400 invalidValue}).
   *
   * @param s the string
   * @return whether it holds an unpaired surrogate
   */
  static boolean hasUnpairedSurrogate(String s) {
    return Text.hasUnpairedSurrogate(s);
  }

  /**
   * The length in bytes of a string's compact JSON text: quoted, with quotes, backslashes and
   * control characters escaped, unpaired surrogates as {@code \\uXXXX}, the rest as UTF-8. A codec
   * that converts trees counts text with it, so that what it accepts from a tree is what it accepts
   * as bytes of the same length.
   *
   * @param s the string
   * @return the length of its JSON text
   */
  static long jsonLength(String s) {
    return JsonLength.ofString(s);
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
