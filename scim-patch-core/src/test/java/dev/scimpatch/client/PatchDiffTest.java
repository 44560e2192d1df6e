package dev.scimpatch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.profile.RequestReader;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@link PatchDiff} on hand-made resources: what a minimal diff is, and each dialect's form. */
class PatchDiffTest {

  private static final PatchDiff USERS = PatchDiff.of(ResourceSchemas.user());
  private static final PatchDiff GROUPS = PatchDiff.of(ResourceSchemas.group());
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private static ScimObject json(String json) {
    return (ScimObject) Json.parse(json.replace('\'', '"'));
  }

  private static final ScimObject USER = json("""
      {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': '2819c223', 'userName': 'bjensen',
       'name': {'givenName': 'Barbara', 'familyName': 'Jensen'}, 'title': 'Tour Guide',
       'emails': [{'value': 'bjensen@example.com', 'type': 'work', 'primary': true},
                  {'value': 'babs@example.org', 'type': 'home'}],
       'meta': {'resourceType': 'User', 'version': 'W/1'}}""");

  private static final ScimObject GROUP = json("""
      {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'], 'id': 'e9e30dba', 'displayName': 'Tour Guides',
       'members': [{'value': '2819c223', 'display': 'Babs'}, {'value': '902c246b', 'display': 'Mandy'},
                   {'value': 'c3a26dd3', 'display': 'Kim'}]}""");

  /** The ops, checked: read from the message in the target's dialect and applied under it, they give {@code updated}. */
  private static List<PatchOperation> diff(PatchDiff diff, @Nullable ResourceSchema schema, ScimObject old,
      ScimObject updated, Profile target) {
    List<PatchOperation> ops = diff.diff(old, updated, target);
    ResourceType type = ResourceType.of(schema, target);
    ScimObject result = PatchEngine.of(type).apply(old, RequestReader.of(type).read(diff.message(ops, target))).resource();
    assertThat(result.without("meta")).isEqualTo(updated.without("meta"));
    return ops;
  }

  private static List<PatchOperation> userDiff(ScimObject updated, Profile target) {
    return diff(USERS, ResourceSchemas.user(), USER, updated, target);
  }

  private static List<PatchOperation> groupDiff(ScimObject updated, Profile target) {
    return diff(GROUPS, ResourceSchemas.group(), GROUP, updated, target);
  }

  @Test
  void equalResourcesGiveAnEmptyRequest() {
    assertThat(USERS.diff(USER, USER)).isEmpty();
    ScimObject touched = USER.with("meta", json("{'resourceType': 'User', 'version': 'W/2'}"));
    assertThat(USERS.diff(USER, touched)).as("meta is the server's").isEmpty();
    // absent, null and [] are one state (R-CHR-14)
    assertThat(USERS.diff(USER, USER.with("nickName", dev.scimpatch.tree.ScimNull.INSTANCE))).isEmpty();
    assertThat(PatchMessages.write(List.of(), Profile.strict()).get("Operations")).hasToString("[]");
  }

  @Test
  void oneChangedSubAttributeOfOneValueIsOneOperation() {
    ScimObject updated = USER.with("emails", json("""
        {'e': [{'value': 'bjensen@example.com', 'type': 'other', 'primary': true},
               {'value': 'babs@example.org', 'type': 'home'}]}""").get("e"));
    assertThat(userDiff(updated, Profile.strict()))
        .containsExactly(PatchOperation.replace("emails[value eq \"bjensen@example.com\"].type", json("{'t': 'other'}").get("t")));
  }

  @Test
  void aChangedSubAttributeOfAComplexAttributeIsOneOperation() {
    ScimObject updated = USER.with("name", json("{'givenName': 'Babs', 'familyName': 'Jensen'}"));
    assertThat(userDiff(updated, Profile.strict())).hasToString("[Replace[path=name.givenName, value=\"Babs\"]]");
  }

  @Test
  void valuesAreRemovedByFilterAndAddedInOneOperation() {
    ScimObject updated = GROUP.with("members", json("""
        {'m': [{'value': '2819c223', 'display': 'Babs'}, {'value': 'c3a26dd3', 'display': 'Kim'},
               {'value': '08e1d05d', 'display': 'Lee'}, {'value': '5b0a8b2f', 'display': 'Ana'}]}""").get("m"));
    assertThat(groupDiff(updated, Profile.strict())).hasToString("[Remove[path=members[value eq \"902c246b\"]], "
        + "Add[path=members, value=[{\"value\":\"08e1d05d\",\"display\":\"Lee\"},{\"value\":\"5b0a8b2f\",\"display\":\"Ana\"}]]]");
  }

  @Test
  void aMovedPrimaryNeedsNoOperationForTheValueTheServerDemotes() {
    ScimObject updated = USER.with("emails", json("""
        {'e': [{'value': 'bjensen@example.com', 'type': 'work', 'primary': false},
               {'value': 'babs@example.org', 'type': 'home', 'primary': true}]}""").get("e"));
    List<PatchOperation> ops = userDiff(updated, Profile.strict());
    assertThat(ops).hasSize(2);
  }

  @Test
  void aNewOrderIsAWholeReplace() {
    ScimObject updated = USER.with("emails", json("""
        {'e': [{'value': 'babs@example.org', 'type': 'home'},
               {'value': 'bjensen@example.com', 'type': 'work', 'primary': true}]}""").get("e"));
    assertThat(userDiff(updated, Profile.strict())).containsExactly(PatchOperation.replace("emails", updated.get("emails")));
  }

  @Test
  void extensionAttributesGetPathsAndSchemasFollows() {
    ScimObject updated = USER.with(ENTERPRISE, json("{'employeeNumber': '701984'}"))
        .with("schemas", json("{'s': ['urn:ietf:params:scim:schemas:core:2.0:User', '" + ENTERPRISE + "']}").get("s"));
    assertThat(userDiff(updated, Profile.strict())).hasToString("[Add[path=" + ENTERPRISE + ":employeeNumber, value=\"701984\"]]");
    assertThat(diff(USERS, ResourceSchemas.user(), updated, USER, Profile.strict()))
        .hasToString("[Remove[path=" + ENTERPRISE + ":employeeNumber]]");
  }

  @Test
  void aChangeToAReadOnlyAttributeIsAMutabilityError() {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> USERS.diff(USER, USER.with("id", json("{'i': 'other'}").get("i"))));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).isEqualTo(ScimType.MUTABILITY);
    assertThat(e.getMessage()).contains("\"id\" is readOnly");
    e = catchThrowableOfType(ScimPatchException.class,
        () -> USERS.diff(USER, USER.with("groups", json("{'g': [{'value': 'e9e30dba'}]}").get("g"))));
    assertThat(e.scimType()).isEqualTo(ScimType.MUTABILITY);
  }

  @Test
  void anImmutableAttributeMaySetButNotChange() {
    Schema core = Schema.of("urn:example:Thing", "Thing",
        Attribute.builder("serial").mutability(Mutability.IMMUTABLE).build(), Attribute.builder("label").build());
    ResourceSchema things = ResourceSchema.of("Thing", core, List.of());
    PatchDiff diff = PatchDiff.of(things);
    ScimObject none = json("{'schemas': ['urn:example:Thing'], 'label': 'a'}");
    ScimObject one = none.with("serial", json("{'s': 'S-1'}").get("s"));
    assertThat(diff(diff, things, none, one, Profile.strict())).hasToString("[Add[path=serial, value=\"S-1\"]]");
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> diff.diff(one, none.with("serial", json("{'s': 'S-2'}").get("s"))));
    assertThat(e.scimType()).isEqualTo(ScimType.MUTABILITY);
    assertThat(e.getMessage()).contains("\"serial\" is immutable");
  }

  @Test
  void schemalessResourcesDiffByShape() {
    ScimObject old = json("{'id': '1', 'tags': [{'value': 'a'}, {'value': 'b'}], 'profile': {'color': 'red'}}");
    ScimObject updated = json("{'id': '1', 'tags': [{'value': 'a', 'weight': 2}], 'profile': {'color': 'blue', 'size': 3}}");
    assertThat(diff(PatchDiff.schemaless(), null, old, updated, Profile.strict())).hasToString(
        "[Replace[path=tags[value eq \"a\"].weight, value=2], Remove[path=tags[value eq \"b\"]], "
            + "Replace[path=profile.color, value=\"blue\"], Replace[path=profile.size, value=3]]");
  }

  @Test
  void aNameNoPathCanSpellIsAnInvalidPathError() {
    ScimObject old = json("{'id': '1'}");
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> PatchDiff.schemaless().diff(old, old.with("first name", json("{'v': 'x'}").get("v"))));
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_PATH);
    assertThat(e.getMessage()).contains("first name");
  }

  // ------------------------------------------------------------------ dialects

  @Test
  void seismicGetsOnePathfulReplacePerAttribute() {
    Profile seismic = Profile.named("seismic");
    ScimObject updated = USER.with("name", json("{'givenName': 'Babs', 'familyName': 'Jensen'}"))
        .without("title")
        .with("emails", json("""
            {'e': [{'value': 'bjensen@example.com', 'type': 'other', 'primary': true},
                   {'value': 'babs@example.org', 'type': 'home'}]}""").get("e"));
    List<PatchOperation> ops = userDiff(updated, seismic);
    assertThat(ops).hasToString("[Replace[path=name.givenName, value=\"Babs\"], Replace[path=title, value=null], "
        + "Replace[path=emails, value=" + updated.get("emails") + "]]");
  }

  @Test
  void githubGetsNoFilters() {
    ScimObject updated = GROUP.with("members", json("{'m': [{'value': '2819c223', 'display': 'Babs'}]}").get("m"));
    List<PatchOperation> ops = groupDiff(updated, Profile.named("github"));
    assertThat(ops).allMatch(op -> op.path() == null || !op.path().hasFilter());
    assertThat(ops).containsExactly(PatchOperation.replace("members", updated.get("members")));
  }

  @Test
  void adraGetsItsEnvelopeAndOpSpelling() {
    Profile adra = Profile.named("adra");
    ScimObject updated = USER.with("title", json("{'t': 'Guide'}").get("t")).with("nickName", json("{'n': 'Babs'}").get("n"));
    ScimObject message = USERS.message(userDiff(updated, adra), adra);
    assertThat(message.names()).containsExactly("schemas", "operations");
    assertThat(message.get("operations")).hasToString(
        "[{\"op\":\"Replace\",\"path\":\"title\",\"value\":\"Guide\"},{\"op\":\"Add\",\"path\":\"nickName\",\"value\":\"Babs\"}]");
  }

  @Test
  void entraRemovesMembersByAValueArray() {
    Profile entra = Profile.named("entra");
    ScimObject updated = GROUP.with("members", json("{'m': [{'value': '902c246b', 'display': 'Mandy'}]}").get("m"));
    ScimObject message = GROUPS.message(groupDiff(updated, entra), entra);
    assertThat(message.get("Operations")).hasToString(
        "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"2819c223\"},{\"value\":\"c3a26dd3\"}]}]");
  }

  @Test
  void omniAndAwsRemoveEveryMemberWithoutAnUnfilteredRemove() {
    ScimObject updated = GROUP.without("members");
    // Omni refuses an unfiltered remove of members (E7), but takes a replace by nothing (R-REP-10)
    assertThat(groupDiff(updated, Profile.named("omni"))).hasToString("[Replace[path=members, value=[]]]");
    // AWS refuses both: one filtered remove per member
    assertThat(groupDiff(updated, Profile.named("aws"))).hasSize(3)
        .allMatch(op -> op.op() == dev.scimpatch.Op.REMOVE && op.path() != null && op.path().hasFilter());
  }

  @Test
  void whatTheDialectCannotSayIsAClearError() {
    ScimObject updated = GROUP.with("members", json("{'m': [{'value': '2819c223', 'display': 'Babs'}]}").get("m"));
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> GROUPS.diff(GROUP, updated, Profile.named("google")));
    assertThat(e.getMessage()).startsWith("no request in the google dialect").contains("members").contains("E5");
    assertThat(e.scimType()).isEqualTo(ScimType.TOO_MANY);
  }

  @Test
  void rewriteKeepsARequestTheTargetTakesAndRewritesOneItDoesNot() {
    PatchRequest deactivate = PatchRequest.of(PatchOperation.replace("active", dev.scimpatch.tree.ScimBoolean.FALSE));
    assertThat(USERS.rewrite(deactivate, Profile.named("seismic"), USER)).isEqualTo(deactivate.operations());
    PatchRequest addEmail = PatchRequest.of(PatchOperation.add("emails", json("{'e': [{'value': 'b@example.net'}]}").get("e")));
    List<PatchOperation> rewritten = USERS.rewrite(addEmail, Profile.named("seismic"), USER);
    assertThat(rewritten).hasSize(1);
    assertThat(rewritten.get(0)).isInstanceOf(PatchOperation.Replace.class);
    assertThat(rewritten.get(0).value()).isEqualTo(
        PatchEngine.of(ResourceSchemas.user()).apply(USER, addEmail).resource().get("emails"));
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> USERS.rewrite(PatchRequest.of(PatchOperation.remove("nickName[value eq \"x\"]")), Profile.named("seismic"), USER));
    assertThat(e).as("a request strict refuses is refused as strict refuses it").isNotNull();
  }
}
