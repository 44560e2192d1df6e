package dev.scimpatch.jackson3.example;

import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.codec.ErrorDocument;
import dev.scimpatch.jackson3.ScimJson;
import dev.scimpatch.jackson3.ScimPatch;
import dev.scimpatch.jackson3.example.ScimServerApplication.Resources;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.response.AttributeSelection;
import dev.scimpatch.response.Exchange;
import dev.scimpatch.response.Reply;
import dev.scimpatch.response.Shaping;
import dev.scimpatch.response.Versions;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.tree.ScimObject;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The example server's endpoints: GET, PATCH and PUT of {@code /scim/v2/Users/{id}} and
 * {@code /scim/v2/Groups/{id}}, as the Jackson 2 adapter's {@code ExampleScimServer} answers them.
 *
 * <ul>
 *   <li>GET: the resource shaped by {@code returned} ({@code password} never) and the
 *       {@code attributes} / {@code excludedAttributes} parameters, with its {@code ETag};
 *       {@code 304} without a body when {@code If-None-Match} names the current version.</li>
 *   <li>PATCH of a user: the body as bytes through {@link ScimPatch#patch(byte[], byte[], Exchange)},
 *       which checks {@code If-Match} ({@code 412} for a stale version) before anything is applied,
 *       stamps {@code meta} on a change and shapes the response.</li>
 *   <li>PATCH of a group: the body bound as a {@link PatchRequest} by the
 *       {@link dev.scimpatch.jackson3.ScimPatchModule} bean, then {@link ScimPatch#patch(ScimObject, PatchRequest, Exchange)}. Spring reads the body before the method runs, so a request the profile refuses
 *       is {@code 400} before the group is looked up or {@code If-Match} checked.</li>
 *   <li>PUT: the body as bytes through {@link ScimPatch#put(byte[], byte[], Exchange)}.</li>
 * </ul>
 *
 * <p>Every response body is {@code application/scim+json}, and none holds {@code password}, not
 * even that of a resource without a schema, whose {@code returned} nothing tells. A
 * {@link ScimPatchException} thrown here becomes its SCIM error document in
 * {@link ScimErrorAdvice}, and nothing is stored then. An unknown resource is {@code 404}. Spring
 * reads a whole body into memory before the facade's limits
 * ({@code Limits.maxDocumentLength()}, 1 MiB by default) refuse a longer one; a server open to the
 * internet caps request sizes in front of it as well.
 */
@RestController
public class ScimController {

  static final MediaType SCIM_JSON = MediaType.parseMediaType(ErrorDocument.MEDIA_TYPE);
  private static final ScimJson JSON = ScimJson.defaults();
  private static final String RESOURCE = "/scim/v2/{type:Users|Groups}/{id}";

  private final Resources resources;
  private final Clock clock;
  // One facade per schema, built once: users, groups, and resources that name neither.
  private final ScimPatch users;
  private final ScimPatch groups;
  private final ScimPatch schemaless;

  /**
   * Creates the endpoints.
   *
   * @param resources the store
   * @param profile the profile PATCH requests are read under
   * @param clock the clock {@code meta.lastModified} is stamped from
   */
  public ScimController(Resources resources, Profile profile, Clock clock) {
    this.resources = resources;
    this.clock = clock;
    this.users = ScimPatch.builder().profile(profile).schema(ResourceSchemas.user()).build();
    this.groups = ScimPatch.builder().profile(profile).schema(ResourceSchemas.group()).build();
    this.schemaless = ScimPatch.builder().profile(profile).build();
  }

  /**
   * Returns a resource.
   *
   * @param type {@code Users} or {@code Groups}
   * @param id the id
   * @param ifNoneMatch the {@code If-None-Match} header
   * @param attributes the {@code attributes} parameter
   * @param excludedAttributes the {@code excludedAttributes} parameter
   * @return {@code 200} with the shaped resource, or {@code 304}
   */
  @GetMapping(RESOURCE)
  public ResponseEntity<byte[]> get(@PathVariable("type") String type, @PathVariable("id") String id,
      @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
      @RequestParam(name = "attributes", required = false) @Nullable String attributes,
      @RequestParam(name = "excludedAttributes", required = false) @Nullable String excludedAttributes) {
    ScimObject current = JSON.readObject(stored(type, id));
    if (Versions.notModified(current, ifNoneMatch)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(Versions.version(current)).build();
    }
    ResourceSchema schema = ResourceSchemas.of(current).orElse(null);
    ScimObject shaped = Shaping.shape(current, schema, AttributeSelection.parse(attributes, excludedAttributes, schema));
    return ok(shaped, Versions.version(current));
  }

  /**
   * Applies a PatchOp request, read as bytes, to a user.
   *
   * @param id the id
   * @param body the PatchOp request
   * @param ifMatch the {@code If-Match} header
   * @param ifNoneMatch the {@code If-None-Match} header
   * @param attributes the {@code attributes} parameter
   * @param excludedAttributes the {@code excludedAttributes} parameter
   * @return {@code 200} with the patched user, shaped
   */
  @PatchMapping(path = "/scim/v2/Users/{id}", consumes = {"application/scim+json", "application/json"})
  public ResponseEntity<byte[]> patchUser(@PathVariable("id") String id, @RequestBody byte[] body,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
      @RequestParam(name = "attributes", required = false) @Nullable String attributes,
      @RequestParam(name = "excludedAttributes", required = false) @Nullable String excludedAttributes) {
    byte[] stored = stored("Users", id);
    Exchange exchange = exchange(ifMatch, ifNoneMatch, attributes, excludedAttributes);
    return store("Users", id, facade(stored).patch(stored, body, exchange));
  }

  /**
   * Applies a PatchOp request, bound by the {@code ScimPatchModule} bean, to a group, as
   * {@link ScimPatch#patch(byte[], byte[], Exchange)} applies a body.
   *
   * @param id the id
   * @param request the PatchOp request, read under the profile
   * @param ifMatch the {@code If-Match} header
   * @param ifNoneMatch the {@code If-None-Match} header
   * @param attributes the {@code attributes} parameter
   * @param excludedAttributes the {@code excludedAttributes} parameter
   * @return {@code 200} with the patched group, shaped
   */
  @PatchMapping(path = "/scim/v2/Groups/{id}", consumes = {"application/scim+json", "application/json"})
  public ResponseEntity<byte[]> patchGroup(@PathVariable("id") String id, @RequestBody PatchRequest request,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
      @RequestParam(name = "attributes", required = false) @Nullable String attributes,
      @RequestParam(name = "excludedAttributes", required = false) @Nullable String excludedAttributes) {
    byte[] stored = stored("Groups", id);
    Exchange exchange = exchange(ifMatch, ifNoneMatch, attributes, excludedAttributes);
    return store("Groups", id, facade(stored).patch(JSON.readObject(stored), request, exchange));
  }

  /**
   * Replaces a resource (RFC 7644 §3.5.1).
   *
   * @param type {@code Users} or {@code Groups}
   * @param id the id
   * @param body the replacement
   * @param ifMatch the {@code If-Match} header
   * @param ifNoneMatch the {@code If-None-Match} header
   * @param attributes the {@code attributes} parameter
   * @param excludedAttributes the {@code excludedAttributes} parameter
   * @return {@code 200} with the replaced resource, shaped
   */
  @PutMapping(path = RESOURCE, consumes = {"application/scim+json", "application/json"})
  public ResponseEntity<byte[]> put(@PathVariable("type") String type, @PathVariable("id") String id,
      @RequestBody byte[] body,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
      @RequestParam(name = "attributes", required = false) @Nullable String attributes,
      @RequestParam(name = "excludedAttributes", required = false) @Nullable String excludedAttributes) {
    byte[] stored = stored(type, id);
    Exchange exchange = exchange(ifMatch, ifNoneMatch, attributes, excludedAttributes);
    return store(type, id, facade(stored).put(stored, body, exchange));
  }

  private byte[] stored(String type, String id) {
    return resources.get(type, id).orElseThrow(() -> ScimPatchException.ofStatus(404, "no such resource"));
  }

  /** The facade for a stored resource: the schema its {@code schemas} names, if any. */
  private ScimPatch facade(byte[] stored) {
    ResourceSchema schema = ResourceSchemas.of(JSON.readObject(stored)).orElse(null);
    return schema == ResourceSchemas.user() ? users : schema == ResourceSchemas.group() ? groups : schemaless;
  }

  private Exchange exchange(@Nullable String ifMatch, @Nullable String ifNoneMatch,
      @Nullable String attributes, @Nullable String excludedAttributes) {
    return Exchange.none().withIfMatch(ifMatch).withIfNoneMatch(ifNoneMatch)
        .withAttributes(attributes, excludedAttributes).withStamp(clock);
  }

  private ResponseEntity<byte[]> store(String type, String id, Reply reply) {
    if (reply.changed()) { // else meta.lastModified and meta.version stay as they are
      resources.put(type, id, JSON.writeBytes(reply.stored()));
    }
    return ok(reply.body(), reply.version());
  }

  /**
   * A {@code 200} response. The shaping has left {@code password} out of a resource whose schema
   * is known; one without a schema loses it here, so that no response ever holds it.
   */
  private static ResponseEntity<byte[]> ok(ScimObject body, String version) {
    return ResponseEntity.ok().contentType(SCIM_JSON).eTag(version).body(JSON.writeBytes(body.without("password")));
  }
}
