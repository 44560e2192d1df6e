package dev.scimpatch.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.request.PatchRequest;
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
 * ScimPatch patch = ScimPatch.builder().profile(Profile.named("entra")).schema(ResourceSchemas.user()).build();
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ScimPatchModule(patch)).build();
 * PatchRequest request = mapper.readValue(body, PatchRequest.class);
 * }</pre>
 *
 * <p>Requests are read as the facade it is built with reads them: under its profile, schema and
 * limits. A malformed request throws {@link dev.scimpatch.ScimPatchException}; frameworks may
 * wrap it (Spring's {@code HttpMessageNotReadableException}, Jackson's
 * {@code JsonMappingException} for a request nested in a bean), so look for it among the causes.
 *
 * @since 0.1
 */
public final class ScimPatchModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module that reads requests strictly, schema-less, with the default limits. */
  public ScimPatchModule() {
    this(ScimPatch.builder().build());
  }

  /**
   * A module that reads requests as {@code patch} does: under its profile, schema and limits.
   *
   * @param patch the facade the server applies the requests with
   */
  public ScimPatchModule(ScimPatch patch) {
    super("scim-patch", Version.unknownVersion());
    Objects.requireNonNull(patch, "patch");
    ScimJson json = patch.json();
    addDeserializer(PatchRequest.class, new JsonDeserializer<>() {
      @Override
      public PatchRequest deserialize(JsonParser p, DeserializationContext ctxt) {
        return patch.patcher().readRequest(json.read(p));
      }
    });
    addSerializer(PatchRequest.class, new JsonSerializer<>() {
      @Override
      public void serialize(PatchRequest value, JsonGenerator g, SerializerProvider provider) throws IOException {
        json.write(PatchMessages.write(value), g);
      }
    });
    addDeserializer(ScimNode.class, new JsonDeserializer<>() {
      @Override
      public ScimNode deserialize(JsonParser p, DeserializationContext ctxt) {
        return json.read(p);
      }

      // JSON null is a node too: ScimNull, not Java null.
      @Override
      public ScimNode getNullValue(DeserializationContext ctxt) {
        return ScimNull.INSTANCE;
      }
    });
    addDeserializer(ScimObject.class, new JsonDeserializer<>() {
      @Override
      public ScimObject deserialize(JsonParser p, DeserializationContext ctxt) {
        return ScimJson.asObject(json.read(p));
      }
    });
    addSerializer(ScimNode.class, new JsonSerializer<>() {
      @Override
      public void serialize(ScimNode value, JsonGenerator g, SerializerProvider provider) throws IOException {
        json.write(value, g);
      }
    });
  }
}
