package dev.scimpatch.codec;

import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds the core's tree from the events of one JSON document, as a codec reads them from text
 * (its parser's tokens) or from its JSON library's own tree. What a codec owes the core is checked
 * here, once for every codec: member names are valid Unicode and given once (ignoring case, as
 * SCIM names compare), and numbers are in the range the tree holds. Read from a tree
 * ({@link #forTree(Limits)}), it also holds the tree to the limits of JSON text: depth, the
 * lengths of names, strings and numbers, and the length of the compact UTF-8 text the tree stands
 * for, as {@link ScimCodec#jsonLength(String)} counts it; a parser checks those itself.
 *
 * <p>Events come in document order: a value is {@link #string}, {@link #number}, {@link #bool},
 * {@link #nullValue}, or a container opened with {@link #startObject} or {@link #startArray}
 * and closed with {@link #endObject} or {@link #endArray}; in an object each value follows its
 * {@link #name}. No recursion: a deep document costs no stack. Not thread-safe: one per document.
 *
 * @since 0.1
 */
public final class TreeBuilder {

  private final @Nullable Limits limits;
  private final Supplier<String> where;
  /** The open containers: a {@link ScimObject.Builder} or a {@link ScimArray.Builder}. */
  private final List<Object> open = new ArrayList<>();
  /** For each open container, the name it has in the object around it, or {@code null}. */
  private final List<@Nullable String> openNames = new ArrayList<>();
  private @Nullable String pendingName;
  private @Nullable ScimNode result;
  private long length;

  private TreeBuilder(@Nullable Limits limits, Supplier<String> where) {
    this.limits = limits;
    this.where = where;
  }

  /**
   * A builder for a parser's tokens: the parser holds the text to its limits.
   *
   * @param where the parser's position, for messages: {@code "at line 1, column 9"}, or empty
   * @return the builder
   */
  public static TreeBuilder forParser(Supplier<String> where) {
    return new TreeBuilder(null, Objects.requireNonNull(where, "where"));
  }

  /**
   * A builder for a JSON library's tree, held to the limits of the text the tree stands for (a
   * subtree shared by several parents counts once per parent, as in the text).
   *
   * @param limits the limits: {@link Limits#maxJsonDepth()}, {@link Limits#maxNameLength()},
   *     {@link Limits#maxStringLength()}, {@link Limits#maxNumberLength()} and
   *     {@link Limits#maxDocumentLength()}
   * @return the builder
   */
  public static TreeBuilder forTree(Limits limits) {
    return new TreeBuilder(Objects.requireNonNull(limits, "limits"), () -> "");
  }

  /** Opens an object. */
  public void startObject() {
    opening();
    open.add(ScimObject.builder());
  }

  /** Remembers the name the container being opened has in its parent. */
  private void push() {
    openNames.add(pendingName);
    pendingName = null;
  }

  /** Closes the innermost container and gives its parent the name back. */
  private void pop() {
    open.remove(open.size() - 1);
    pendingName = openNames.remove(openNames.size() - 1);
  }

  /**
   * The name of the next member of the open object.
   *
   * @param name the name; {@code null} (which a library's tree may hold) is refused
   * @throws ScimPatchException {@code 400 invalidSyntax} for a name that is null, too long, not
   *     valid Unicode, or given before (ignoring case)
   */
  public void name(@Nullable String name) {
    if (!(top() instanceof ScimObject.Builder object) || pendingName != null) {
      throw new IllegalStateException("a name belongs in an object, before its value");
    }
    if (name == null) {
      throw refused("a member name is null");
    }
    if (limits != null && name.length() > limits.maxNameLength()) {
      throw refused("a member name is longer than " + limits.maxNameLength() + " characters");
    }
    if (ScimCodec.hasUnpairedSurrogate(name)) {
      throw refused("a member name is not valid Unicode (unpaired surrogate)" + at());
    }
    if (object.has(name)) {
      throw refused("duplicate member \"" + snippet(name) + "\" (names are case-insensitive)" + at());
    }
    count(ScimCodec.jsonLength(name) + 2);
    pendingName = name;
  }

  /** Closes the open object. */
  public void endObject() {
    if (!(top() instanceof ScimObject.Builder object) || pendingName != null) {
      throw new IllegalStateException("no object to close");
    }
    pop();
    value(object.build());
  }

  /** Opens an array. */
  public void startArray() {
    opening();
    open.add(ScimArray.builder());
  }

  /** Closes the open array. */
  public void endArray() {
    if (!(top() instanceof ScimArray.Builder array) || pendingName != null) {
      throw new IllegalStateException("no array to close");
    }
    pop();
    value(array.build());
  }

  /**
   * A string.
   *
   * @param text the string; {@code null} (which a library's tree may hold) is the JSON
   *     {@code null}, as the library writes it
   */
  public void string(@Nullable String text) {
    if (text == null) {
      nullValue();
      return;
    }
    element();
    if (limits != null && text.length() > limits.maxStringLength()) {
      throw refused("a string is longer than " + limits.maxStringLength() + " characters");
    }
    count(ScimCodec.jsonLength(text));
    value(ScimString.of(text));
  }

  /**
   * A number as a parser gives its text.
   *
   * @param json the number's JSON text
   * @throws ScimPatchException {@code 400 invalidSyntax} for a number beyond the tree's range
   */
  public void number(String json) {
    element();
    ScimNumber number;
    try {
      number = ScimNumber.parse(json);
    } catch (NumberFormatException e) {
      throw refused("number out of range (scale beyond " + ScimNumber.MAX_SCALE + ")" + at());
    }
    count(json.length());
    value(number);
  }

  /**
   * A number as a library's tree holds it.
   *
   * @param value the number
   * @throws ScimPatchException {@code 400 invalidSyntax} for a number longer than the limit or
   *     beyond the tree's range
   */
  public void number(BigDecimal value) {
    element();
    // Bound the digits before counting them exactly: a big number may hold millions.
    if (limits != null && value.unscaledValue().bitLength() > 4L * limits.maxNumberLength()) {
      throw refused("a number is longer than " + limits.maxNumberLength() + " digits");
    }
    if (!ScimNumber.isInRange(value)) {
      throw refused("number out of range (scale beyond " + ScimNumber.MAX_SCALE + ")" + at());
    }
    if (limits != null && value.precision() > limits.maxNumberLength()) {
      throw refused("a number is longer than " + limits.maxNumberLength() + " digits");
    }
    count(value.precision() + 2L);
    value(ScimNumber.of(value));
  }

  /**
   * A number as a {@code double}, which a library's tree may hold: by its shortest decimal text.
   *
   * @param value the number
   * @throws ScimPatchException {@code 400 invalidSyntax} for a number that is not finite
   */
  public void number(double value) {
    if (!Double.isFinite(value)) {
      throw refused("a number must be finite, not " + value);
    }
    number(new BigDecimal(Double.toString(value)));
  }

  /**
   * A boolean.
   *
   * @param value the boolean
   */
  public void bool(boolean value) {
    element();
    count(5);
    value(ScimBoolean.of(value));
  }

  /** The JSON {@code null}. */
  public void nullValue() {
    element();
    count(4);
    value(ScimNull.INSTANCE);
  }

  /**
   * {@return the document, once its one value is complete}
   *
   * @throws IllegalStateException if it is not complete
   */
  public ScimNode build() {
    if (result == null || !open.isEmpty()) {
      throw new IllegalStateException("the document is not complete");
    }
    return result;
  }

  /**
   * The refusal of a tree that is not JSON (a POJO node, say), with this builder's position.
   *
   * @param reason what is not JSON
   * @return the {@code 400 invalidSyntax} error, to throw
   */
  public ScimPatchException notJson(String reason) {
    return refused(reason + at());
  }

  private @Nullable Object top() {
    return open.isEmpty() ? null : open.get(open.size() - 1);
  }

  private void opening() {
    if (top() instanceof ScimArray.Builder) {
      count(1); // its separator (one more than there are, as a bound)
    }
    if (limits != null && open.size() >= limits.maxJsonDepth()) {
      throw refused("the JSON tree is nested deeper than " + limits.maxJsonDepth() + " levels");
    }
    count(2);
    push();
  }

  /** Before a scalar value: in an array, its separator. */
  private void element() {
    if (top() instanceof ScimArray.Builder) {
      count(1);
    }
  }

  private void value(ScimNode node) {
    Object top = top();
    if (top instanceof ScimObject.Builder object) {
      if (pendingName == null) {
        throw new IllegalStateException("a value in an object follows its name");
      }
      object.put(pendingName, node);
      pendingName = null;
    } else if (top instanceof ScimArray.Builder array) {
      array.add(node);
    } else if (result == null) {
      result = node;
    } else {
      throw new IllegalStateException("a document holds one value");
    }
  }

  /** Counts bytes of the compact UTF-8 text the tree stands for; only for a tree. */
  private void count(long bytes) {
    if (limits != null) {
      length += bytes;
      if (length > limits.maxDocumentLength()) {
        throw refused("the JSON tree stands for a document longer than " + limits.maxDocumentLength() + " bytes");
      }
    }
  }

  private String at() {
    String w = where.get();
    return w.isEmpty() ? "" : " " + w;
  }

  private static String snippet(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "...";
  }

  private static ScimPatchException refused(String reason) {
    return ScimPatchException.of(ScimType.INVALID_SYNTAX, reason);
  }
}
