package dev.scimpatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimpatch.Emulation.AllowedOps;
import dev.scimpatch.Emulation.Extensions;
import dev.scimpatch.Emulation.MaxOperations;
import dev.scimpatch.Emulation.OnceOnlyAttributes;
import dev.scimpatch.Emulation.OperationPaths;
import dev.scimpatch.Emulation.PathFilterAttributes;
import dev.scimpatch.Emulation.SingleValueAttributes;
import dev.scimpatch.Tolerance.OpCase;
import dev.scimpatch.Tolerance.UnknownAttributes;
import dev.scimpatch.schema.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A {@link Profile} is a value: equality, its printed form, narrowing, and its switches' rules. */
class ProfileValueTest {

  @Test
  void aProfileEqualsItsCopy() {
    Profile entra = Profile.named("entra");
    assertThat(entra.with()).isEqualTo(entra).isSameAs(entra);
    Profile rebuilt = Profile.of("entra", entra.differences().toArray(new Profile.Switch[0]));
    assertThat(rebuilt).isEqualTo(entra).hasSameHashCodeAs(entra);
    assertThat(entra.with(UnknownAttributes.IGNORE)).isNotEqualTo(entra);
    assertThat(entra.withName("other")).isNotEqualTo(entra);
    assertThat(Profile.named("okta")).as("a name is part of the value").isNotEqualTo(Profile.strict());
  }

  @Test
  void toStringListsWhatDiffersFromStrict() {
    assertThat(Profile.strict()).hasToString("Profile[strict]");
    assertThat(Profile.named("seismic"))
        .hasToString("Profile[seismic: AllowedOps[ops=[replace]], OperationPaths.REQUIRED, "
            + "Extensions[urn:ietf:params:scim:schemas:extension:seismic:2.0:User]]");
    assertThat(Profile.named("entra").with(UnknownAttributes.IGNORE).toString())
        .startsWith("Profile[entra: OpCase.CASE_INSENSITIVE, ").contains("UnknownAttributes.IGNORE");
    assertThat(Profile.strict().differences()).isEmpty();
  }

  @Test
  void everySwitchHasItsStrictDefault() {
    Set<Class<?>> types = new HashSet<>();
    for (Class<?> group : Profile.Switch.class.getPermittedSubclasses()) {
      assertThat(group).as("the switches come in four groups").isIn(Tolerance.class, Semantics.class, Emulation.class, Dialect.class);
      types.addAll(List.of(group.getPermittedSubclasses()));
    }
    assertThat(types).hasSize(45);
    List<Class<?>> held = new ArrayList<>();
    for (Profile.Switch s : Profile.strict().switches()) {
      held.add(s.getClass());
      if (s instanceof Enum<?> e) {
        assertThat(e.ordinal()).as("an enum switch's default is its first constant: %s", s).isZero();
      }
      assertThat(Profile.strict().get(s.getClass())).isSameAs(s);
    }
    assertThat(held).as("one value of each switch type").containsExactlyInAnyOrderElementsOf(types);
    for (Class<?> type : types) {
      assertThat(type.isEnum() || type.isRecord()).as("%s is an enum or a record", type).isTrue();
    }
  }

  @Test
  void aPresetNarrows() {
    Profile aws = Profile.named("aws");
    assertThat(aws.get(SingleValueAttributes.class).contains("addresses")).isTrue();
    Profile narrower = aws.with(new SingleValueAttributes(Set.of("emails")));
    assertThat(narrower.get(SingleValueAttributes.class).contains("addresses")).isFalse();
    assertThat(narrower.get(SingleValueAttributes.class).contains("emails")).isTrue();
    Profile none = aws.without(SingleValueAttributes.class, OnceOnlyAttributes.class);
    assertThat(none.get(SingleValueAttributes.class)).isEqualTo(Profile.strict().get(SingleValueAttributes.class));
    assertThat(none.get(OnceOnlyAttributes.class).names()).isEmpty();
    assertThat(none.get(Emulation.PathFilters.class)).as("the rest stays").isEqualTo(aws.get(Emulation.PathFilters.class));
  }

  /** Review D1: set-valued switches fold names once, so every spelling matches. */
  @Test
  void setValuedSwitchesMatchNamesIgnoringCase() {
    SingleValueAttributes e6 = new SingleValueAttributes(Set.of("Emails"));
    assertThat(e6.contains("emails")).isTrue();
    assertThat(e6.contains("EMAILS")).isTrue();
    assertThat(e6.names()).containsExactly("emails");
    PathFilterAttributes e3 = new PathFilterAttributes(Set.of("members"));
    assertThat(e3.covers("Members")).isTrue();
    assertThat(e3.covers("emails")).isFalse();
    assertThat(new PathFilterAttributes(Set.of()).covers("anything")).as("empty: every attribute").isTrue();
    assertThat(new OnceOnlyAttributes(Set.of("userName")).contains("USERNAME")).isTrue();
    assertThat(new SingleValueAttributes(Set.of("Emails"))).isEqualTo(new SingleValueAttributes(Set.of("emails")));
  }

  @Test
  void switchValuesCheckTheirArguments() {
    assertThatThrownBy(() -> new MaxOperations(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AllowedOps(Set.of())).isInstanceOf(IllegalArgumentException.class);
    Schema ext = Schema.open("urn:example:ext", "Ext");
    assertThatThrownBy(() -> new Extensions(List.of(ext, Schema.open("URN:EXAMPLE:EXT", "Ext2"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofStartsFromStrictAndTheLastValueWins() {
    Profile p = Profile.of("mine", OpCase.CASE_INSENSITIVE, OperationPaths.REQUIRED, OpCase.EXACT);
    assertThat(p.name()).isEqualTo("mine");
    assertThat(p.get(OpCase.class)).isEqualTo(OpCase.EXACT);
    assertThat(p.has(OperationPaths.REQUIRED)).isTrue();
    assertThat(p.differences()).containsExactly(OperationPaths.REQUIRED);
  }

  @Test
  void namedIgnoresAsciiCaseOnly() {
    assertThat(Profile.named("ENTRA")).isSameAs(Profile.named("entra"));
    assertThatThrownBy(() -> Profile.named("nobody")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strict").hasMessageContaining("interop-draft");
    assertThat(Profile.presets()).extracting(Profile::name).containsExactly("strict", "lenient", "entra", "okta",
        "seismic", "github", "adra", "omni", "aws", "google", "salesforce", "interop-draft");
  }
}
