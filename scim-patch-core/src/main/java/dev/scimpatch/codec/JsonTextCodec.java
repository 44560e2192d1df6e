package dev.scimpatch.codec;

import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What reading JSON text is for every codec, whatever its library: the document length checked
 * first, UTF-8 checked ({@link Utf8Check}), UTF-16 and UTF-32 decoded by the core
 * ({@link JsonEncodings}), a malformed document described in the core's words
 * ({@link JsonSyntax}), and the errors worded alike. A library's codec extends it and only opens
 * its parser on an {@link Input} and maps the parser's tokens into a {@link TreeBuilder}, so that
 * two codecs read every input alike, byte for byte and error for error.
 *
 * @since 0.1
 */
public abstract class JsonTextCodec implements ScimCodec {

  private final Limits limits;

  /**
   * A codec that reads within limits.
   *
   * @param limits the limits of the JSON text: {@link Limits#maxDocumentLength()} here, the others
   *     the library's parser applies (or {@link TreeBuilder#forTree(Limits)} for its trees)
   */
  protected JsonTextCodec(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** {@return the limits it reads within} */
  public final Limits limits() {
    return limits;
  }

  /**
   * One JSON document for the library's parser, in exactly one of four forms, and what the core
   * knows of it.
   *
   * @since 0.1
   */
  public static final class Input {
    private final byte @Nullable [] bytes;
    private final @Nullable String text;
    private final @Nullable InputStream stream;
    private final @Nullable Reader reader;
    private final Supplier<String> syntaxError;

    private Input(byte @Nullable [] bytes, @Nullable String text, @Nullable InputStream stream,
        @Nullable Reader reader, Supplier<String> syntaxError) {
      this.bytes = bytes;
      this.text = text;
      this.stream = stream;
      this.reader = reader;
      this.syntaxError = syntaxError;
    }

    /** {@return the document as UTF-8 bytes, checked, or {@code null} in another form} */
    public byte @Nullable [] bytes() {
      return bytes;
    }

    /** {@return the document as text, or {@code null} in another form} */
    public @Nullable String text() {
      return text;
    }

    /** {@return the document as a UTF-8 stream, checked as it is read, or {@code null}} */
    public @Nullable InputStream stream() {
      return stream;
    }

    /** {@return the document as a reader, or {@code null}} */
    public @Nullable Reader reader() {
      return reader;
    }

    /** {@return whether the document is held in memory, so that no I/O can fail but the content} */
    public boolean inMemory() {
      return bytes != null || text != null;
    }

    /**
     * The error for a document the library found malformed: the core's description of its first
     * syntax error, the same for every library; the library's own words only where the core
     * finds the syntax sound (a library may refuse more).
     *
     * @param where the library's position, {@code "at line 1, column 2"}, or empty
     * @param libraryMessage the library's description
     * @return {@code 400 invalidSyntax}
     */
    public ScimPatchException malformed(String where, String libraryMessage) {
      String error = syntaxError.get();
      return ScimPatchException.of(ScimType.INVALID_SYNTAX, error.isEmpty()
          ? "malformed JSON " + where + ": " + firstLine(libraryMessage)
          : "malformed JSON " + error);
    }
  }

  /**
   * Opens the library's parser on the input and reads its one document into the core's tree
   * ({@link TreeBuilder#forParser}), refusing content after it; then {@link #checkLength} with the
   * parser's final position. Maps the library's failures with {@link Input#malformed},
   * {@link #exceedsLimit}, {@link #notUnicode} and {@link #unreadable}.
   *
   * @param input the document
   * @return its tree
   */
  protected abstract ScimNode parse(Input input);

  /**
   * A library's parser as the core walks it: one token at a time.
   *
   * @param <X> the exception the library's parser throws ({@link IOException} for a checked one)
   * @since 0.1
   */
  protected interface Tokens<X extends Exception> {
    /**
     * Moves to the next token.
     *
     * @return its kind, or {@code null} at the end of the input
     * @throws X if the parser fails
     */
    @Nullable Token next() throws X;

    /**
     * The current token's kind without moving, for a parser handed over mid-document.
     *
     * @return the kind, or {@code null} if the parser has not started
     */
    @Nullable Token current();

    /**
     * The text of the current name, string or number token.
     *
     * @return the text
     * @throws X if the parser fails
     */
    String text() throws X;

    /** {@return the current token's position, {@code "at line 1, column 2"}, or empty} */
    String where();

    /** {@return the bytes (or characters, for text) read so far} */
    long consumed();
  }

  /**
   * The kinds of JSON tokens.
   *
   * @since 0.1
   */
  protected enum Token {
    /** The start of an object. */
    START_OBJECT,
    /** The end of an object. */
    END_OBJECT,
    /** The start of an array. */
    START_ARRAY,
    /** The end of an array. */
    END_ARRAY,
    /** A member name. */
    NAME,
    /** A string value. */
    STRING,
    /** A number. */
    NUMBER,
    /** {@code true}. */
    TRUE,
    /** {@code false}. */
    FALSE,
    /** {@code null}. */
    NULL
  }

  /**
   * Reads the one document of a parser: its value into the core's tree, nothing after it, and
   * its whole length within the limit.
   *
   * @param <X> the parser's exception
   * @param tokens the parser
   * @return the document's tree
   * @throws X if the parser fails
   */
  protected final <X extends Exception> ScimNode document(Tokens<X> tokens) throws X {
    Token first = tokens.next();
    if (first == null) {
      throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "the JSON document is empty");
    }
    ScimNode node = value(tokens, first);
    if (tokens.next() != null) {
      throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "content after the end of the JSON document " + tokens.where());
    }
    checkLength(tokens.consumed());
    return node;
  }

  /**
   * Reads the value at the parser's current token (or its next one) and leaves the parser on the
   * value's last token: for a library that hands a deserializer its parser.
   *
   * @param <X> the parser's exception
   * @param tokens the parser
   * @return the value's tree
   * @throws X if the parser fails
   */
  protected static <X extends Exception> ScimNode value(Tokens<X> tokens) throws X {
    Token first = tokens.current() != null ? tokens.current() : tokens.next();
    if (first == null) {
      throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "the JSON document is empty");
    }
    return value(tokens, first);
  }

  /** One value, token by token into a {@link TreeBuilder}, which checks names and numbers. */
  private static <X extends Exception> ScimNode value(Tokens<X> tokens, Token first) throws X {
    TreeBuilder tree = TreeBuilder.forParser(tokens::where);
    int depth = 0;
    for (Token t = first; ; t = tokens.next()) {
      if (t == null) {
        throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "the JSON document ends inside a value");
      }
      switch (t) {
        case START_OBJECT -> {
          tree.startObject();
          depth++;
        }
        case END_OBJECT -> {
          tree.endObject();
          depth--;
        }
        case START_ARRAY -> {
          tree.startArray();
          depth++;
        }
        case END_ARRAY -> {
          tree.endArray();
          depth--;
        }
        case NAME -> tree.name(tokens.text());
        case STRING -> tree.string(tokens.text());
        case NUMBER -> tree.number(tokens.text());
        case TRUE -> tree.bool(true);
        case FALSE -> tree.bool(false);
        case NULL -> tree.nullValue();
      }
      if (depth == 0) {
        return tree.build();
      }
    }
  }

  /** Reads one JSON document: UTF-8, or UTF-16 or UTF-32 as RFC 8259 §8.1 allows. */
  @Override
  public final ScimNode read(byte[] json) {
    Objects.requireNonNull(json, "json");
    checkLength(json.length);
    String decoded;
    try {
      Utf8Check.check(json);
      decoded = JsonEncodings.decodeUnlessUtf8(json);
    } catch (CharConversionException e) {
      throw notUnicode(e);
    }
    if (decoded != null) {
      return read(decoded);
    }
    return parse(new Input(json, null, null, null, () -> JsonSyntax.firstError(json)));
  }

  /** Reads one JSON document from a stream (UTF-8, -16 or -32, as RFC 8259 allows); does not close it. */
  @Override
  public final ScimNode read(InputStream json) {
    Objects.requireNonNull(json, "json");
    JsonEncodings.Peeked peeked;
    try {
      peeked = JsonEncodings.peek(json);
      if (!peeked.utf8()) {
        // Rare: read whole (at most one byte over the limit) and decoded as the bytes are.
        return read(peeked.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxDocumentLength() + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Utf8Check.Checked checked = Utf8Check.checking(peeked.stream());
    JsonSyntax.Watched watched = JsonSyntax.watch(checked);
    long upTo = limits.maxDocumentLength() + 1;
    ScimNode node;
    try {
      node = parse(new Input(null, null, watched, null, () -> {
        drain(checked, upTo);
        return watched.firstError();
      }));
    } catch (ScimPatchException e) {
      // As for bytes, which are checked whole first: malformed UTF-8 anywhere is the error. The
      // library may have stopped reading early; the rest is read (within the limit) and checked.
      drain(checked, upTo);
      CharConversionException failure = checked.failure();
      throw failure != null ? notUnicode(failure) : e;
    }
    CharConversionException failure = checked.failure();
    if (failure != null) {
      throw notUnicode(failure);
    }
    return node;
  }

  private static void drain(Utf8Check.Checked checked, long upTo) {
    try {
      checked.drain(upTo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one JSON document from characters; does not close the reader.
   *
   * @param json the document
   * @return its tree
   * @throws ScimPatchException {@code 400 invalidSyntax} for anything but one well-formed document
   * @throws UncheckedIOException if the reader fails
   */
  public final ScimNode read(Reader json) {
    Objects.requireNonNull(json, "json");
    JsonSyntax.WatchedReader watched = JsonSyntax.watch(json);
    return parse(new Input(null, null, null, watched, watched::firstError));
  }

  /** Reads one JSON document from a string. */
  @Override
  public final ScimNode read(String json) {
    Objects.requireNonNull(json, "json");
    return parse(new Input(null, json, null, null, () -> JsonSyntax.firstError(json)));
  }

  /**
   * Reads one JSON document that must be an object.
   *
   * @param json the document, UTF-8
   * @return the object
   * @throws ScimPatchException {@code 400 invalidSyntax} if it is malformed or not an object
   */
  public final ScimObject readObject(byte[] json) {
    return asObject(read(json));
  }

  /**
   * A document that must be an object, as a JSON library's deserializer reads one.
   *
   * @param node the document
   * @return the object
   * @throws ScimPatchException {@code 400 invalidSyntax} if it is not an object
   */
  public static ScimObject asObject(ScimNode node) {
    if (node instanceof ScimObject o) {
      return o;
    }
    throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "expected a JSON object, not " + node.jsonType());
  }

  /**
   * Refuses a document longer than {@link Limits#maxDocumentLength()}: before reading bytes, and
   * after parsing with the parser's final position (libraries check while loading input, and some
   * releases miss the last part).
   *
   * @param length the document's length in bytes, or characters for text
   * @throws ScimPatchException {@code 400 invalidSyntax} if it is too long
   */
  protected final void checkLength(long length) {
    if (length > limits.maxDocumentLength()) {
      throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "the JSON document exceeds a limit: Document length ("
          + length + ") exceeds the maximum allowed (" + limits.maxDocumentLength() + ")");
    }
  }

  /**
   * The error for input that is not valid Unicode.
   *
   * @param e what the check or the library found
   * @return {@code 400 invalidSyntax}
   */
  protected static ScimPatchException notUnicode(CharConversionException e) {
    return ScimPatchException.of(ScimType.INVALID_SYNTAX, "the input is not valid Unicode: "
        + firstLine(String.valueOf(e.getMessage())));
  }

  /**
   * The error for input beyond one of the parser's limits, without the library's API names
   * ("…, from `StreamReadConstraints.getMaxDocumentLength()`").
   *
   * @param libraryMessage the library's message
   * @return {@code 400 invalidSyntax}
   */
  protected static ScimPatchException exceedsLimit(String libraryMessage) {
    String terms = libraryMessage.replaceAll(", from `[^`]*`", "")
        .replaceAll(" ?\\(?`[A-Za-z]+\\.[A-Za-z.]+\\([^`]*\\)`\\)?", "");
    return ScimPatchException.of(ScimType.INVALID_SYNTAX, "the JSON document exceeds a limit: " + firstLine(terms));
  }

  /**
   * The error for in-memory input the library could not read for another reason.
   *
   * @param libraryMessage the library's message
   * @return {@code 400 invalidSyntax}
   */
  protected static ScimPatchException unreadable(String libraryMessage) {
    return ScimPatchException.of(ScimType.INVALID_SYNTAX, "unreadable JSON: " + firstLine(libraryMessage));
  }

  /**
   * A position for messages.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return {@code "at line 3, column 7"}
   */
  protected static String where(int line, int column) {
    return "at line " + line + ", column " + column;
  }

  /**
   * The first line of a message, at most 64 characters.
   *
   * @param message the message
   * @return its first line, cut with "..." if longer
   */
  protected static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() <= 64 ? line : line.substring(0, 64) + "...";
  }
}
