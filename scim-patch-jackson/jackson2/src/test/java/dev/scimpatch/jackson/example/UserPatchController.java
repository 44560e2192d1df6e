package dev.scimpatch.jackson.example;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.jackson.ScimErrors;
import dev.scimpatch.jackson.ScimPatch;
import dev.scimpatch.response.Exchange;
import dev.scimpatch.response.Reply;
import dev.scimpatch.schema.ResourceSchemas;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The README's example: SCIM PATCH of users in a Spring MVC controller. */
// tag::patch[]
@RestController
public class UserPatchController {

  private static final MediaType SCIM_JSON = MediaType.parseMediaType(ScimErrors.MEDIA_TYPE);
  private static final ScimPatch PATCH = ScimPatch.builder().schema(ResourceSchemas.user()).build();

  private final UserRepository users;
  private final Clock clock;

  /** Creates the controller over a repository of users stored as JSON. */
  public UserPatchController(UserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /** Applies a PatchOp request to the user {@code id}. */
  @PatchMapping(path = "/scim/v2/Users/{id}",
      consumes = {"application/scim+json", "application/json"}, produces = "application/scim+json")
  public ResponseEntity<byte[]> patch(@PathVariable String id, @RequestBody byte[] body,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @RequestParam(required = false) @Nullable String attributes,
      @RequestParam(required = false) @Nullable String excludedAttributes) {
    Optional<byte[]> stored = users.find(id);
    if (stored.isEmpty()) {
      return error(ScimPatchException.ofStatus(404, "no such user"));
    }
    try {
      Reply reply = PATCH.patch(stored.get(), body, Exchange.none().withIfMatch(ifMatch)
          .withAttributes(attributes, excludedAttributes).withStamp(clock));
      if (reply.changed()) { // else meta.lastModified and meta.version stay as they are
        users.save(id, PATCH.json().writeBytes(reply.stored()));
      }
      // The body never holds a password (returned: never), nor what the parameters leave out.
      return ResponseEntity.ok().contentType(SCIM_JSON).eTag(reply.version())
          .body(PATCH.json().writeBytes(reply.body()));
    } catch (ScimPatchException e) {
      return error(e); // 400, 409, 412: nothing was stored
    }
  }

  private static ResponseEntity<byte[]> error(ScimPatchException e) {
    return ResponseEntity.status(e.status()).contentType(SCIM_JSON).body(ScimErrors.toBytes(e));
  }
  // end::patch[]

  /** Users by id, each stored as its UTF-8 JSON. */
  public interface UserRepository {
    /** Returns the user's JSON, or empty if there is no such user. */
    Optional<byte[]> find(String id);

    /** Stores the user's JSON. */
    void save(String id, byte[] json);
  }

  /** A {@link UserRepository} in memory. */
  public static class InMemoryUserRepository implements UserRepository {
    private final Map<String, byte[]> users = new ConcurrentHashMap<>();

    @Override
    public Optional<byte[]> find(String id) {
      return Optional.ofNullable(users.get(id));
    }

    @Override
    public void save(String id, byte[] json) {
      users.put(id, json.clone());
    }
  }
}
