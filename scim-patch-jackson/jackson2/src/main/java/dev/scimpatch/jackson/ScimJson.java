package dev.scimpatch.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.codec.JsonTextCodec;
import dev.scimpatch.codec.ScimCodec;
import dev.scimpatch.codec.TreeWriter;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JSON to scim-patch tree and back, with Jackson's streaming parser and generator (no
 * intermediate {@link JsonNode}), and conversion from and to {@code JsonNode} for callers who hold
 * one.
 *
 * <p>The reader is strict: a member name given twice in one object (ignoring ASCII case, as SCIM
 * names are case-insensitive), a member name that is not valid Unicode, content after the
 * document, malformed JSON or text encoding, and input beyond the stream limits are
 * {@code 400 invalidSyntax}, never "last key wins". Readers and writers never close the streams
 * they are given. Numbers stay exact
 * ({@link BigDecimal}; never a {@code double}). Immutable and thread-safe.
 *
 * <p>It reads within {@link Limits}: document length, nesting depth, string, member name and
 * number length ({@link Limits#defaults()} unless told otherwise), and holds {@link JsonNode} trees
 * it converts to the same, their size counted as the JSON text they stand for.
 *
 * <p>It is the {@link ScimCodec} the adapter installs ({@link java.util.ServiceLoader}).
 *
 * @since 0.1
 */
public final class ScimJson extends JsonTextCodec {

  private static final ScimJson DEFAULTS = new ScimJson(Limits.defaults());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
        // Duplicate names are found by the tree builder, ignoring case; Jackson's check would cost
        // a set per object for what it finds already.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // CANONICALIZE_FIELD_NAMES stays on: without it Jackson decodes bytes through a Reader,
        // which turns invalid UTF-8 into U+FFFD instead of refusing it.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        // Characters beyond the BMP (emoji) as UTF-8, as writeString does, not as \\u escapes.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
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

  /** Jackson 2's parser on the input, into the core's tree; the rest of reading is the core's. */
  @Override
  protected ScimNode parse(Input input) {
    try (JsonParser p = open(input)) {
      return document(tokens(p));
    } catch (JsonParseException e) {
      throw input.malformed(where(e.getLocation()), String.valueOf(e.getOriginalMessage()));
    } catch (IOException e) {
      throw failure(e, input.inMemory());
    }
  }

  private JsonParser open(Input input) throws IOException {
    byte[] bytes = input.bytes();
    String text = input.text();
    InputStream stream = input.stream();
    return bytes != null ? factory.createParser(bytes)
        : text != null ? factory.createParser(text)
        : stream != null ? factory.createParser(stream)
        : factory.createParser(Objects.requireNonNull(input.reader()));
  }

  /**
   * A failure other than malformed syntax: {@code 400 invalidSyntax}, unless a stream or reader
   * itself failed, which is {@link UncheckedIOException}.
   */
  private static RuntimeException failure(IOException e, boolean inMemory) {
    if (e instanceof CharConversionException c) {
      return notUnicode(c);
    }
    if (e instanceof StreamConstraintsException) {
      return exceedsLimit(String.valueOf(e.getMessage()));
    }
    if (e instanceof JsonProcessingException j) {
      return ScimPatchException.of(ScimType.INVALID_SYNTAX,
          "malformed JSON " + where(j.getLocation()) + ": " + firstLine(String.valueOf(j.getOriginalMessage())));
    }
    return inMemory ? unreadable(String.valueOf(e.getMessage())) : new UncheckedIOException(e);
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
    } catch (IOException e) {
      throw failure(e, false);
    }
  }

  /** Jackson's parser as the core walks it. */
  private static Tokens<IOException> tokens(JsonParser p) {
    return new Tokens<>() {
      @Override
      public @Nullable Token next() throws IOException {
        return token(p.nextToken(), p);
      }

      @Override
      public @Nullable Token current() {
        return token(p.currentToken(), p);
      }

      @Override
      public String text() throws IOException {
        return p.currentToken() == JsonToken.FIELD_NAME ? Objects.requireNonNull(p.currentName()) : p.getText();
      }

      @Override
      public String where() {
        return ScimJson.where(p.currentTokenLocation());
      }

      @Override
      public long consumed() {
        JsonLocation end = p.currentLocation();
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
      case FIELD_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Token.NUMBER;
      case VALUE_TRUE -> Token.TRUE;
      case VALUE_FALSE -> Token.FALSE;
      case VALUE_NULL -> Token.NULL;
      default -> throw ScimPatchException.of(ScimType.INVALID_SYNTAX,
          "unexpected " + t + " " + where(p.currentTokenLocation()));
    };
  }

  private static String where(@Nullable JsonLocation at) {
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
    // Segments, not one doubling array: a result costs about twice its length, as Jackson's own
    // writeValueAsBytes does.
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
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(node, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes a node as compact UTF-8 JSON to a stream; does not close it. */
  @Override
  public void write(ScimNode node, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(node, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(node, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a node to a generator the caller owns (pretty-printed, say).
   *
   * @param node the tree
   * @param g the generator
   * @throws IOException if the generator fails
   * @throws IllegalArgumentException for a member name that is not valid Unicode
   */
  public void write(ScimNode node, JsonGenerator g) throws IOException {
    TreeWriter.write(node, new TreeWriter.Sink() {
      @Override
      public void startObject() throws IOException {
        g.writeStartObject();
      }

      @Override
      public void name(String name) throws IOException {
        g.writeFieldName(name);
      }

      @Override
      public void endObject() throws IOException {
        g.writeEndObject();
      }

      @Override
      public void startArray() throws IOException {
        g.writeStartArray();
      }

      @Override
      public void endArray() throws IOException {
        g.writeEndArray();
      }

      @Override
      public void string(String value) throws IOException {
        if (g instanceof UTF8JsonGenerator && ScimCodec.hasUnpairedSurrogate(value)) {
          // Jackson 2.18 to 2.20 join an unpaired surrogate to the character after it when writing
          // bytes; the text Jackson 2.21+ writes, written here on every release.
          g.writeRawValue(literal(value));
        } else {
          g.writeString(value);
        }
      }

      @Override
      public void number(BigDecimal value) throws IOException {
        g.writeNumber(value);
      }

      @Override
      public void bool(boolean value) throws IOException {
        g.writeBoolean(value);
      }

      @Override
      public void nullValue() throws IOException {
        g.writeNull();
      }
    });
  }

  /**
   * A string as Jackson 2.21+ writes it to bytes: quotes and backslashes escaped, the control
   * characters with a short escape where JSON has one and as {@code \\u00XX} otherwise, unpaired
   * surrogates as {@code \\uXXXX}, upper-case hex digits; the rest as it is.
   */
  private static String literal(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        switch (c) {
          case '\b' -> sb.append("\\b");
          case '\t' -> sb.append("\\t");
          case '\n' -> sb.append("\\n");
          case '\f' -> sb.append("\\f");
          case '\r' -> sb.append("\\r");
          default -> unicodeEscape(sb, c);
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        unicodeEscape(sb, c);
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static void unicodeEscape(StringBuilder sb, char c) {
    String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
    sb.append("\\u").append("0000", hex.length(), 4).append(hex);
  }

  // ------------------------------------------------------------------ JsonNode

  /**
   * Converts a Jackson tree, held to this codec's limits as the JSON text it stands for would be.
   * Numbers that Jackson holds as {@code double} convert through their decimal text; binary
   * nodes become the base64 text Jackson writes for them; a node that holds {@code null} (a
   * {@code TextNode} made with {@code null}, say) is the JSON {@code null}, as Jackson writes it. A
   * subtree shared by several parents counts once per parent, as in the text.
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

  /** Converts a Jackson 2 {@link JsonNode} as {@link #fromJsonNode} does; {@code null} for any other tree. */
  @Override
  public @Nullable ScimNode fromTree(Object tree) {
    return tree instanceof JsonNode node ? fromJsonNode(node) : null;
  }

  /**
   * Converts a node to a Jackson tree, numbers exactly ({@link java.math.BigDecimal}).
   *
   * @param node the core's tree
   * @return the Jackson tree
   */
  public JsonNode toJsonNode(ScimNode node) {
    Objects.requireNonNull(node, "node");
    return switch (node.kind()) {
      case OBJECT -> toObjectNode((ScimObject) node);
      case ARRAY -> {
        ScimArray a = (ScimArray) node;
        ArrayNode array = NODES.arrayNode(a.size());
        for (ScimNode e : a) {
          array.add(toJsonNode(e));
        }
        yield array;
      }
      case STRING -> NODES.textNode(((ScimString) node).value());
      case NUMBER -> NODES.numberNode(((ScimNumber) node).value());
      case BOOLEAN -> NODES.booleanNode(((ScimBoolean) node).value());
      case NULL -> NODES.nullNode();
    };
  }

  /**
   * Converts an object to a Jackson {@link ObjectNode}, members in order.
   *
   * @param object the core's object
   * @return the Jackson object
   */
  public ObjectNode toObjectNode(ScimObject object) {
    ObjectNode out = NODES.objectNode();
    for (ScimObject.Member m : object.members()) {
      out.set(m.name(), toJsonNode(m.value()));
    }
    return out;
  }
}
