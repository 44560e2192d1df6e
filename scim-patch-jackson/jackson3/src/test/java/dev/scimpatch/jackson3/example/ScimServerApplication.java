package dev.scimpatch.jackson3.example;

import dev.scimpatch.Profile;
import dev.scimpatch.jackson3.ScimPatch;
import dev.scimpatch.jackson3.ScimPatchModule;
import dev.scimpatch.schema.ResourceSchemas;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;

/**
 * A small SCIM server on Spring Boot 4, which runs on Jackson 3: the Spring counterpart of the
 * Jackson 2 adapter's {@code ExampleScimServer}, with the same behaviour. {@link ScimController}
 * answers GET, PATCH and PUT of {@code /scim/v2/Users/{id}} and {@code /scim/v2/Groups/{id}} under
 * one profile, with {@code ETag}/{@code If-Match}/{@code If-None-Match}, response shaping
 * ({@code attributes}, {@code excludedAttributes}, {@code returned}) and SCIM error documents
 * ({@link ScimErrorAdvice}). Resources are kept in memory as JSON ({@link Resources}); each one's
 * schema is the built-in one its {@code schemas} names, if any.
 *
 * <p>It shows the Spring Boot way of registering {@link ScimPatchModule}: a bean of type
 * {@link JacksonModule}. Boot 4's Jackson auto-configuration adds every such bean to the
 * {@code JsonMapper} it builds, which Spring MVC reads {@code application/scim+json} and
 * {@code application/json} bodies with, so a controller can take a
 * {@link dev.scimpatch.request.PatchRequest} as its {@code @RequestBody} (the Groups PATCH does).
 *
 * <p>Settings (Spring properties): {@code scim.profile}, the preset PATCH requests are read under
 * ({@code strict} unless set), and {@code scim.clock}, an instant that {@code meta.lastModified} is
 * stamped with (the system clock unless set). {@code SpringBootScimServerTest} starts it on a
 * random loopback port ({@code server.port=0}, {@code server.address=127.0.0.1}).
 */
@SpringBootApplication
public class ScimServerApplication {

  /**
   * Runs the server, for trying it by hand: {@code --scim.profile=entra --server.port=8080}, say.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ScimServerApplication.class, args);
  }

  /**
   * The profile PATCH requests are read under.
   *
   * @param name the preset's name, property {@code scim.profile}
   * @return the preset
   */
  @Bean
  public Profile scimProfile(@Value("${scim.profile:strict}") String name) {
    return Profile.named(name);
  }

  /**
   * The clock {@code meta.lastModified} is stamped from.
   *
   * @param fixed an instant to stamp every change with (property {@code scim.clock}), or empty
   *     for the system clock
   * @return the clock
   */
  @Bean
  public Clock scimClock(@Value("${scim.clock:}") String fixed) {
    return fixed.isEmpty() ? Clock.systemUTC() : Clock.fixed(Instant.parse(fixed), ZoneOffset.UTC);
  }

  /**
   * The scim-patch Jackson 3 module, registered the Spring Boot way: Boot adds every
   * {@link JacksonModule} bean to its {@code JsonMapper}. {@code PatchRequest} bodies are then
   * read under the profile with the Group schema, for the Groups PATCH; the Users PATCH reads its
   * body as bytes, since a user's schema depends on the stored user.
   *
   * @param profile the profile
   * @return the module
   */
  // tag::module[]
  @Bean
  public JacksonModule scimPatchModule(Profile profile) {
    return new ScimPatchModule(ScimPatch.builder().profile(profile).schema(ResourceSchemas.group()).build());
  }
  // end::module[]

  /** {@return the resource store} */
  @Bean
  public Resources resources() {
    return new Resources();
  }

  /** The resources, each stored as its UTF-8 JSON, by type ({@code Users}, {@code Groups}) and id. */
  public static final class Resources {
    private final Map<String, byte[]> json = new ConcurrentHashMap<>();

    /**
     * Stores a resource, as a create would.
     *
     * @param type {@code Users} or {@code Groups}
     * @param id the id
     * @param resource the resource
     */
    public void put(String type, String id, byte[] resource) {
      json.put(type + "/" + id, resource.clone());
    }

    /**
     * Returns a resource.
     *
     * @param type {@code Users} or {@code Groups}
     * @param id the id
     * @return its JSON, or empty if there is no such resource
     */
    public Optional<byte[]> get(String type, String id) {
      return Optional.ofNullable(json.get(type + "/" + id));
    }
  }
}
