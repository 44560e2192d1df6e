package dev.scimpatch.jackson3;

import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.codec.JsonTextCodec;
import dev.scimpatch.codec.ScimCodec;
import dev.scimpatch.codec.TreeWriter;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.io.CharConversionException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON to scim-patch tree and back with Jackson 3 ({@code tools.jackson}): its streaming parser and
 * generator (no intermediate {@link JsonNode}), and conversion from and to {@code JsonNode} for
 * callers who hold one. It reads and writes exactly as the Jackson 2 adapter's codec does, byte
 * for byte and error for error: the rules are the core's ({@link dev.scimpatch.codec.TreeBuilder}, {@link TreeWriter},
 * {@link dev.scimpatch.codec.JsonTextCodec}), and this class maps Jackson 3's tokens and trees onto them.
 *
 * <p>The reader is strict: a member name given twice in one object (ignoring ASCII case, as SCIM
 * names are case-insensitive), a member name that is not valid Unicode, content after the
 * document, malformed JSON or text encoding, and input beyond the {@link Limits} (document
 * length, nesting depth, string, member name and number length) are {@code 400 invalidSyntax}.
 * {@code JsonNode} trees are held to the same limits, counted as the JSON text they stand for.
 * Numbers stay exact ({@link BigDecimal}). Readers and writers never close the streams they are
 * given. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScimJson extends JsonTextCodec {

  private static final ScimJson DEFAULTS = new ScimJson(Limits.defaults());

  private final JsonFactory factory;

  /**
   * Creates a reader and writer with the default limits, as {@link #defaults()} is; for
   * {@link java.util.ServiceLoader}, which finds this class as the installed {@link ScimCodec}.
   */
  public ScimJson() {
    this(Limits.defaults());
  }

  private ScimJson(Limits limits) {
    super(limits);
    this.factory = JsonFactory.builder()
        // The core's TreeBuilder finds duplicate names, ignoring case.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Written as the Jackson 2 adapter writes: characters beyond the BMP as UTF-8, upper-case
        // hex in escapes, '/' as it is.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxJsonDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(1000).build())
        .build();
  }

  /** {@return the reader and writer with the default limits of requests, {@link Limits#defaults()}} */
  public static ScimJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a reader and writer with other limits.
   *
   * @param limits the limits; those of JSON apply ({@link Limits#maxDocumentLength()},
   *     {@link Limits#maxJsonDepth()}, {@link Limits#maxStringLength()},
   *     {@link Limits#maxNameLength()}, {@link Limits#maxNumberLength()})
   * @return the reader and writer
   */
  public static ScimJson of(Limits limits) {
    Objects.requireNonNull(limits, "limits");
    return limits.equals(DEFAULTS.limits()) ? DEFAULTS : new ScimJson(limits);
  }

  /** {@return this reader and writer with other limits, as {@link #of(Limits)}} */
  @Override
  public ScimJson withLimits(Limits limits) {
    return limits.equals(limits()) ? this : of(limits);
  }

  // ------------------------------------------------------------------ reading

  /** Jackson 3's parser on the input, into the core's tree; the rest of reading is the core's. */
  @Override
  protected ScimNode parse(Input input) {
    try (JsonParser p = open(input)) {
      return document(tokens(p));
    } catch (StreamReadException e) {
      throw input.malformed(where(e.getLocation()), String.valueOf(e.getOriginalMessage()));
    } catch (JacksonException e) {
      throw failure(e, input.inMemory());
    }
  }

  private JsonParser open(Input input) {
    ObjectReadContext context = ObjectReadContext.empty();
    byte[] bytes = input.bytes();
    String text = input.text();
    InputStream stream = input.stream();
    return bytes != null ? factory.createParser(context, bytes)
        : text != null ? factory.createParser(context, text)
        : stream != null ? factory.createParser(context, stream)
        : factory.createParser(context, Objects.requireNonNull(input.reader()));
  }

  /**
   * A failure other than malformed syntax: {@code 400 invalidSyntax}, unless a stream or reader
   * itself failed, which is {@link UncheckedIOException} (Jackson 3 wraps it unchecked).
   */
  private static RuntimeException failure(JacksonException e, boolean inMemory) {
    if (e instanceof JacksonIOException io) {
      if (io.getCause() instanceof CharConversionException c) {
        return notUnicode(c);
      }
      if (!inMemory && io.getCause() != null) {
        return new UncheckedIOException(io.getCause());
      }
      return unreadable(String.valueOf(e.getMessage()));
    }
    if (e instanceof StreamConstraintsException) {
      return exceedsLimit(String.valueOf(e.getMessage()));
    }
    return ScimPatchException.of(ScimType.INVALID_SYNTAX,
        "malformed JSON " + where(e.getLocation()) + ": " + firstLine(String.valueOf(e.getOriginalMessage())));
  }

  /**
   * Reads the value at the parser's current token (or its next one, if it has none yet) and leaves
   * the parser on the value's last token: for deserializers that receive a parser from
   * databind. The parser's own stream limits apply.
   *
   * @param parser the parser, at or before the value
   * @return the value's tree
   * @throws ScimPatchException {@code 400 invalidSyntax} for malformed JSON or duplicate members
   */
  public ScimNode read(JsonParser parser) {
    Objects.requireNonNull(parser, "parser");
    try {
      return value(tokens(parser));
    } catch (JacksonException e) {
      throw failure(e, false);
    }
  }

  /** Jackson's parser as the core walks it. */
  private static Tokens<RuntimeException> tokens(JsonParser p) {
    return new Tokens<>() {
      @Override
      public @Nullable Token next() throws RuntimeException {
        return token(p.nextToken(), p);
      }

      @Override
      public @Nullable Token current() {
        return token(p.currentToken(), p);
      }

      @Override
      public String text() throws RuntimeException {
        return p.currentToken() == JsonToken.PROPERTY_NAME ? Objects.requireNonNull(p.currentName()) : p.getString();
      }

      @Override
      public String where() {
        return ScimJson.where(p.currentTokenLocation());
      }

      @Override
      public long consumed() {
        TokenStreamLocation end = p.currentLocation();
        return end.getByteOffset() >= 0 ? end.getByteOffset() : end.getCharOffset();
      }
    };
  }

  private static @Nullable Token token(@Nullable JsonToken t, JsonParser p) {
    if (t == null) {
      return null;
    }
    return switch (t) {
      case START_OBJECT -> Token.START_OBJECT;
      case END_OBJECT -> Token.END_OBJECT;
      case START_ARRAY -> Token.START_ARRAY;
      case END_ARRAY -> Token.END_ARRAY;
      case PROPERTY_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Token.NUMBER;
      case VALUE_TRUE -> Token.TRUE;
      case VALUE_FALSE -> Token.FALSE;
      case VALUE_NULL -> Token.NULL;
      default -> throw ScimPatchException.of(ScimType.INVALID_SYNTAX,
          "unexpected " + t + " " + where(p.currentTokenLocation()));
    };
  }

  private static String where(@Nullable TokenStreamLocation at) {
    return at == null ? "" : where(at.getLineNr(), at.getColumnNr());
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a node as compact UTF-8 JSON.
   *
   * @throws IllegalArgumentException if a member name holds an unpaired surrogate (the reader
   *     never makes one)
   */
  @Override
  public byte[] writeBytes(ScimNode node) {
    // Segments, not one doubling array: a result costs about twice its length, not three times.
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      write(node, out);
      return out.toByteArray();
    }
  }

  /**
   * Writes a node as compact JSON text.
   *
   * @param node the tree
   * @return the JSON
   * @throws IllegalArgumentException for a member name that is not valid Unicode
   */
  public String writeString(ScimNode node) {
    StringWriter out = new StringWriter();
    write(node, out);
    return out.toString();
  }

  /** Writes a node as compact UTF-8 JSON to a stream; does not close it. */
  @Override
  public void write(ScimNode node, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      write(node, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a node as compact JSON to a writer; does not close it.
   *
   * @param node the tree
   * @param out where to write
   * @throws IllegalArgumentException for a member name that is not valid Unicode
   * @throws UncheckedIOException if the writer fails
   */
  public void write(ScimNode node, Writer out) {
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      write(node, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a node to a generator the caller owns (pretty-printed, say).
   *
   * @param node the tree
   * @param g the generator
   * @throws IllegalArgumentException for a member name that is not valid Unicode
   */
  public void write(ScimNode node, JsonGenerator g) {
    try {
      TreeWriter.write(node, new TreeWriter.Sink() {
        @Override
        public void startObject() {
          g.writeStartObject();
        }

        @Override
        public void name(String name) {
          g.writeName(name);
        }

        @Override
        public void endObject() {
          g.writeEndObject();
        }

        @Override
        public void startArray() {
          g.writeStartArray();
        }

        @Override
        public void endArray() {
          g.writeEndArray();
        }

        @Override
        public void string(String value) {
          g.writeString(value);
        }

        @Override
        public void number(BigDecimal value) {
          g.writeNumber(value);
        }

        @Override
        public void bool(boolean value) {
          g.writeBoolean(value);
        }

        @Override
        public void nullValue() {
          g.writeNull();
        }
      });
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e); // the sink above throws none
    }
  }

  // ------------------------------------------------------------------ JsonNode

  /**
   * Converts a Jackson 3 tree, held to this codec's limits as the JSON text it stands for would
   * be. Numbers that Jackson holds as {@code double} convert through their decimal text; binary
   * nodes become the base64 text Jackson writes for them; a node that holds {@code null} is the
   * JSON {@code null}. A subtree shared by several parents counts once per parent, as in the text.
   *
   * @param json the Jackson tree
   * @return the core's tree
   * @throws ScimPatchException {@code 400 invalidSyntax} for a tree deeper, or a string, member
   *     name or number longer, than the limits allow, a tree whose text would be longer than
   *     {@link Limits#maxDocumentLength()}, a non-finite number, a {@code null} or unpaired
   *     surrogate in a member name, a name given twice, or a node that is not JSON (a POJO)
   */
  public ScimNode fromJsonNode(JsonNode json) {
    Objects.requireNonNull(json, "json");
    return new JsonNodeReader(limits()).read(json);
  }

  /** Converts a Jackson 3 {@link JsonNode} as {@link #fromJsonNode} does; {@code null} for any other tree. */
  @Override
  public @Nullable ScimNode fromTree(Object tree) {
    return tree instanceof JsonNode node ? fromJsonNode(node) : null;
  }

  /**
   * Converts a node to a Jackson 3 tree, numbers exactly ({@link BigDecimal}).
   *
   * @param node the core's tree
   * @return the Jackson tree
   */
  public JsonNode toJsonNode(ScimNode node) {
    Objects.requireNonNull(node, "node");
    return JsonNodeWriter.write(node);
  }

  /**
   * Converts an object to a Jackson 3 {@link ObjectNode}, members in order.
   *
   * @param object the core's object
   * @return the Jackson object
   */
  public ObjectNode toObjectNode(ScimObject object) {
    return (ObjectNode) toJsonNode(object);
  }
}
