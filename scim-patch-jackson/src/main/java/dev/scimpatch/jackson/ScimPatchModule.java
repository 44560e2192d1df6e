package dev.scimpatch.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.scimpatch.PatchMessages;
import dev.scimpatch.PatchRequest;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimObject;
import java.io.IOException;
import java.util.Objects;

/**
 * A Jackson {@link com.fasterxml.jackson.databind.Module} that reads and writes
 * {@link PatchRequest} as a PatchOp message and {@link ScimNode} / {@link ScimObject} as JSON, so
 * they can be {@code @RequestBody} and response types in Spring or Jakarta REST:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ScimPatchModule()).build();
 * PatchRequest request = mapper.readValue(body, PatchRequest.class);
 * }</pre>
 *
 * <p>A malformed request throws {@link dev.scimpatch.ScimPatchException}; frameworks may wrap it
 * (Spring's {@code HttpMessageNotReadableException}, Jackson's {@code JsonMappingException} for a
 * request nested in a bean), so look for it among the causes.
 */
public final class ScimPatchModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module whose request reader parses paths with no known schema URNs. */
  public ScimPatchModule() {
    this(PathParser.defaults());
  }

  /** A module whose request reader parses paths with {@code paths}, for example one that knows the schema URNs. */
  public ScimPatchModule(PathParser paths) {
    super("scim-patch", Version.unknownVersion());
    Objects.requireNonNull(paths, "paths");
    addDeserializer(PatchRequest.class, new JsonDeserializer<>() {
      @Override
      public PatchRequest deserialize(JsonParser p, DeserializationContext ctxt) {
        return PatchMessages.read(ScimJson.defaults().read(p), paths);
      }
    });
    addSerializer(PatchRequest.class, new JsonSerializer<>() {
      @Override
      public void serialize(PatchRequest value, JsonGenerator g, SerializerProvider provider) throws IOException {
        ScimJson.defaults().write(PatchMessages.write(value), g);
      }
    });
    addDeserializer(ScimNode.class, new JsonDeserializer<>() {
      @Override
      public ScimNode deserialize(JsonParser p, DeserializationContext ctxt) {
        return ScimJson.defaults().read(p);
      }

      /** JSON {@code null} is a node too: {@link ScimNull}, not Java {@code null}. */
      @Override
      public ScimNode getNullValue(DeserializationContext ctxt) {
        return ScimNull.INSTANCE;
      }
    });
    addDeserializer(ScimObject.class, new JsonDeserializer<>() {
      @Override
      public ScimObject deserialize(JsonParser p, DeserializationContext ctxt) {
        return ScimJson.object(ScimJson.defaults().read(p));
      }
    });
    JsonSerializer<ScimNode> nodes = new JsonSerializer<>() {
      @Override
      public void serialize(ScimNode value, JsonGenerator g, SerializerProvider provider) throws IOException {
        ScimJson.defaults().write(value, g);
      }
    };
    addSerializer(ScimNode.class, nodes);
  }
}
