package dev.scimpatch.jackson.example;

import dev.scimpatch.PatchResult;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.jackson.ScimErrors;
import dev.scimpatch.jackson.ScimJson;
import dev.scimpatch.jackson.ScimPatch;
import dev.scimpatch.schema.ResourceSchemas;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The README's example: SCIM PATCH of users in a Spring MVC controller. */
// tag::patch[]
@RestController
public class UserPatchController {

  private static final MediaType SCIM_JSON = MediaType.parseMediaType(ScimErrors.MEDIA_TYPE);
  private static final ScimPatch PATCH = ScimPatch.builder().schema(ResourceSchemas.user()).build();

  private final UserRepository users;

  /** Creates the controller over a repository of users stored as JSON. */
  public UserPatchController(UserRepository users) {
    this.users = users;
  }

  /** Applies a PatchOp request to the user {@code id}. */
  @PatchMapping(path = "/scim/v2/Users/{id}",
      consumes = {"application/scim+json", "application/json"}, produces = "application/scim+json")
  public ResponseEntity<byte[]> patch(@PathVariable String id, @RequestBody byte[] body) {
    Optional<byte[]> stored = users.find(id);
    if (stored.isEmpty()) {
      return error(ScimPatchException.ofStatus(404, "no such user"));
    }
    try {
      PatchResult result = PATCH.applyForResult(stored.get(), body);
      byte[] patched = ScimJson.defaults().writeBytes(result.resource());
      if (result.changed()) { // else leave meta.lastModified and meta.version alone
        users.save(id, patched);
      }
      return ResponseEntity.ok().contentType(SCIM_JSON).body(patched);
    } catch (ScimPatchException e) {
      return error(e);
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
