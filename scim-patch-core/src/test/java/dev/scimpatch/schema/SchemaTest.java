package dev.scimpatch.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema model and the built-in RFC 7643 schemas. */
class SchemaTest {

  @Test
  void r_chr_1_theBuilderStartsFromTheRfcDefaults() {
    Attribute a = Attribute.builder("x").build();
    assertThat(a.type()).isEqualTo(AttributeType.STRING);
    assertThat(a.multiValued()).isFalse();
    assertThat(a.required()).isFalse();
    assertThat(a.caseExact()).isFalse();
    assertThat(a.mutability()).isEqualTo(Mutability.READ_WRITE);
    assertThat(a.returned()).isEqualTo(Returned.DEFAULT);
    assertThat(a.uniqueness()).isEqualTo(Uniqueness.NONE);
    assertThat(a.canonicalValues()).isEmpty();
    assertThat(a.subAttributes()).isEmpty();
    assertThat(a.toBuilder().build()).isEqualTo(a);
  }

  @Test
  void commonAttributes() {
    assertThat(ResourceSchema.commonAttributes()).extracting(Attribute::name)
        .containsExactly("id", "externalId", "meta", "schemas");
    assertThat(ResourceSchema.ID.mutability()).isEqualTo(Mutability.READ_ONLY);
    assertThat(ResourceSchema.ID.caseExact()).isTrue();
    assertThat(ResourceSchema.EXTERNAL_ID.caseExact()).isTrue();
    assertThat(ResourceSchema.META.subAttributes()).allMatch(s -> s.mutability() == Mutability.READ_ONLY);
    assertThat(ResourceSchemas.user().coreAttribute("ID")).contains(ResourceSchema.ID);
    assertThat(ResourceSchemas.user().coreAttribute("USERNAME").orElseThrow().name()).isEqualTo("userName");
    assertThat(ResourceSchemas.user().schema("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER"))
        .contains(ResourceSchemas.enterpriseUserSchema());
    assertThat(ResourceSchemas.user().extension(ResourceSchemas.userSchema().id())).isEmpty();
  }

  @Test
  void invalidDefinitionsAreRefused() {
    Attribute complex = Attribute.builder("c").subAttributes(Attribute.builder("x").build()).build();
    assertThatThrownBy(() -> Attribute.builder("outer").subAttributes(complex).build())
        .as("RFC 7643 §2.3.8").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Attribute.builder("1x").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Attribute.builder("c").subAttributes(Attribute.builder("a").build(), Attribute.builder("A").build()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schema.of("not-a-urn", "X")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schema.of("urn:a:b", "X", Attribute.builder("a").build(), Attribute.builder("A").build()))
        .isInstanceOf(IllegalArgumentException.class);
    Schema core = Schema.of("urn:a:b", "X", Attribute.builder("id").build());
    assertThatThrownBy(() -> ResourceSchema.of("X", core, List.of())).as("redefines id").isInstanceOf(IllegalArgumentException.class);
    Schema ok = Schema.of("urn:a:b", "X");
    assertThatThrownBy(() -> ResourceSchema.of("X", ok, List.of(Schema.of("URN:A:B", "Y"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Mutability.fromKeyword("readOnly")).contains(Mutability.READ_ONLY);
    assertThat(Returned.fromKeyword("request")).contains(Returned.REQUEST);
    assertThat(Uniqueness.fromKeyword("global")).contains(Uniqueness.GLOBAL);
    assertThat(AttributeType.fromKeyword("dateTime")).contains(AttributeType.DATE_TIME);
    assertThat(AttributeType.fromKeyword("DateTime")).isEmpty();
  }
}
