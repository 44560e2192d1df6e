package dev.scimpatch.jackson.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.jackson.ScimErrors;
import dev.scimpatch.jackson.ScimJson;
import dev.scimpatch.jackson.ScimPatch;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.response.Exchange;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testkit.OperationGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.UserGenerator;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A server's own test of its PATCH endpoint, with scim-patch as the oracle: for each seeded case
 * a User and one to three operations (valid for it or not) are generated, the user is stored,
 * the PATCH is sent over HTTP, and the server's status and body must be what scim-patch answers
 * for the same user and request (strict profile, User schema), {@code meta} aside.
 *
 * <p>The server here is the example server of this directory; a server team starts its own and
 * stores the user its own way. A failing case names its seed, and
 * {@code -Dscimpatch.seed=<seed> -Dscimpatch.cases=1} runs that case alone.
 */
class OracleExampleTest {

  /** Cases per run: {@code -Dscimpatch.cases}, at most 50, so that the build stays quick. */
  private static final int CASES = Math.min(Property.caseCount(), 50);

  private static final ScimPatch ORACLE =
      ScimPatch.builder().profile(Profile.strict()).schema(ResourceSchemas.user()).build();
  private static final ScimJson JSON = ORACLE.json();
  private static final UserGenerator USERS = new UserGenerator();
  private static final OperationGenerator OPERATIONS = OperationGenerator.users();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static ExampleScimServer server;

  @BeforeAll
  static void startServer() throws IOException {
    server = ExampleScimServer.start(Profile.strict(), Clock.systemUTC());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> patchAnswersAsScimPatchDoes() {
    return Property.cases("PATCH /Users/{id} answers as scim-patch does", Property.baseSeed(), CASES, rng -> {
      // A user, stored as the server would store it after a create.
      ScimObject user = USERS.user(rng);
      String id = ((ScimString) user.get("id")).value();
      byte[] stored = JSON.writeBytes(user);
      server.put("Users", id, stored);

      // One to three operations, valid for this user or not, as a PatchOp message.
      List<PatchOperation> operations = OPERATIONS.operations(rng, user, 1 + rng.nextInt(3));
      byte[] request = JSON.writeBytes(PatchMessages.write(new PatchRequest(operations)));

      // What the server answers.
      HttpResponse<byte[]> response = patch(URI.create(server.base() + "/Users/" + id), request);

      // What scim-patch answers: the patched user, or a SCIM error document.
      int expectedStatus;
      ScimObject expectedBody;
      try {
        expectedBody = ORACLE.patch(stored, request, Exchange.none()).body();
        expectedStatus = 200;
      } catch (ScimPatchException e) {
        expectedBody = ScimErrors.toNode(e);
        expectedStatus = e.status();
      }

      String context = "user " + user + "\nrequest " + JSON.read(request);
      assertEquals(expectedStatus, response.statusCode(), context);
      ScimObject actualBody = JSON.readObject(response.body());
      assertEquals(expectedBody.without("meta"), actualBody.without("meta"), context);
    });
  }

  private static HttpResponse<byte[]> patch(URI uri, byte[] body) {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", "application/scim+json")
        .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
