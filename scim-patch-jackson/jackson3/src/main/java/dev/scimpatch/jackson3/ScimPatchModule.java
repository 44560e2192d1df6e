package dev.scimpatch.jackson3;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimObject;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that binds {@link PatchRequest} (read under a facade's profile, as a PatchOp
 * message), {@link ScimNode} and {@link ScimObject}, so that a framework on Jackson 3 (Spring Boot
 * 4, say) hands a controller the request already read:
 *
 * <pre>{@code
 * @Bean
 * JacksonModule scimPatch() {
 *   return new ScimPatchModule(ScimPatch.builder().profile(Profile.named("entra")).build());
 * }
 * }</pre>
 *
 * <p>A request the profile refuses throws {@link ScimPatchException} out of deserialization
 * (databind may wrap it; its cause is the SCIM error). JSON {@code null} is {@link ScimNull}, not
 * Java {@code null}.
 *
 * @since 0.1
 */
public final class ScimPatchModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module that reads requests under the strict profile, without a schema. */
  public ScimPatchModule() {
    this(ScimPatch.builder().build());
  }

  /**
   * A module that reads requests as {@code patch} does: its profile, schema and limits.
   *
   * @param patch the facade
   */
  public ScimPatchModule(ScimPatch patch) {
    super("scim-patch", Version.unknownVersion());
    Objects.requireNonNull(patch, "patch");
    ScimJson json = patch.codec();
    addDeserializer(PatchRequest.class, new ValueDeserializer<>() {
      @Override
      public PatchRequest deserialize(JsonParser p, DeserializationContext ctxt) {
        return patch.patcher().readRequest(json.read(p));
      }
    });
    addSerializer(PatchRequest.class, new ValueSerializer<>() {
      @Override
      public void serialize(PatchRequest value, JsonGenerator g, SerializationContext ctxt) {
        json.write(PatchMessages.write(value), g);
      }
    });
    addDeserializer(ScimNode.class, new ValueDeserializer<>() {
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
    addDeserializer(ScimObject.class, new ValueDeserializer<>() {
      @Override
      public ScimObject deserialize(JsonParser p, DeserializationContext ctxt) {
        return ScimJson.asObject(json.read(p));
      }
    });
    addSerializer(ScimNode.class, new ValueSerializer<>() {
      @Override
      public void serialize(ScimNode value, JsonGenerator g, SerializationContext ctxt) {
        json.write(value, g);
      }
    });
  }
}
