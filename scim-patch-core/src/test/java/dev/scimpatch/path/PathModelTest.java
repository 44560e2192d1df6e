package dev.scimpatch.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The path and filter records as values: factories, invariants, equality, printing. */
class PathModelTest {

  @Test
  void factoriesBuildWhatTheParserBuilds() {
    assertThat(Path.of("members")).isEqualTo(Path.parse("members"));
    assertThat(Path.of("name", "givenName")).isEqualTo(Path.parse("name.givenName"));
    Path emails = Path.of("emails", Filter.eq("type", "work")).withSubAttribute("value");
    assertThat(emails).isEqualTo(Path.parse("emails[type eq \"work\"].value"));
    assertThat(emails.hasFilter()).isTrue();
    assertThat(emails.attributePath()).isEqualTo(AttributePath.of("emails", "value"));
    Path ext = Path.of("employeeNumber").withSchema("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(ext.toString()).isEqualTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber");
    assertThat(Path.parse(ext.toString())).isEqualTo(ext);
  }

  @Test
  void recordsRejectWhatTheGrammarRejects() {
    assertThatThrownBy(() -> Path.of("1x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Path.of("$ref")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Path.of("a", "b.c")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Path.of("a").withSchema("notaurn")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AttributePath(null, "a b", null)).isInstanceOf(IllegalArgumentException.class);
    Filter nested = Filter.parse("x[a pr]");
    assertThatThrownBy(() -> Path.of("emails", nested)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Filter.ValuePath(AttributePath.of("a", "b"), Filter.parse("c pr")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Filter.ValuePath(AttributePath.of("a"), nested))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Filter.And(List.of(Filter.parse("a pr"))))
        .isInstanceOf(IllegalArgumentException.class);
    AttributePath a = AttributePath.of("a");
    assertThatThrownBy(() -> new Filter.Comparison(a, ComparisonOperator.GT, ScimBoolean.TRUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Filter.Comparison(a, ComparisonOperator.LE, ScimNull.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Filter.Comparison(a, ComparisonOperator.SW, ScimNumber.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Filter.Comparison(a, ComparisonOperator.EQ, ScimObject.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void logicalOperatorsFlatten() {
    Filter a = Filter.parse("a pr");
    Filter b = Filter.parse("b pr");
    Filter c = Filter.parse("c pr");
    assertThat(Filter.and(Filter.and(a, b), c)).isEqualTo(Filter.and(a, Filter.and(b, c)))
        .isEqualTo(new Filter.And(List.of(a, b, c)));
    assertThat(Filter.or(a, Filter.or(b, c))).isEqualTo(Filter.parse("a pr or b pr or c pr"));
    assertThat(Filter.and(Filter.or(a, b), c).toString()).isEqualTo("(a pr or b pr) and c pr");
    assertThat(Filter.or(Filter.and(a, b), c).toString()).isEqualTo("a pr and b pr or c pr");
    assertThat(Filter.not(Filter.or(a, b)).toString()).isEqualTo("not (a pr or b pr)");
  }

  @Test
  void namesKeepTheirSpellingAndMatchIgnoringCase() {
    AttributePath x = AttributePath.of("Emails", "VALUE");
    assertThat(x).isNotEqualTo(AttributePath.of("emails", "value"));
    assertThat(x.matches(AttributePath.of("emails", "value"))).isTrue();
    assertThat(x.matches(AttributePath.of("emails"))).isFalse();
    assertThat(new AttributePath("urn:a:B", "x", null).matches(new AttributePath("URN:A:b", "X", null))).isTrue();
    assertThat(ComparisonOperator.fromKeyword("Ge")).contains(ComparisonOperator.GE);
    assertThat(ComparisonOperator.fromKeyword("pr")).isEmpty();
    assertThat(ComparisonOperator.fromKeyword("\u017Fw")).as("LONG S is not s").isEmpty();
    assertThat(ComparisonOperator.GE.isOrdering()).isTrue();
    assertThat(ComparisonOperator.EW.isSubstring()).isTrue();
  }

  @Test
  void parserConfiguration() {
    PathParser p = PathParser.builder().schemaUrns(List.of("urn:a:b", "urn:a:b:cd")).build();
    assertThat(p.schemaUrns()).containsExactly("urn:a:b:cd", "urn:a:b");
    assertThatThrownBy(() -> PathParser.builder().schemaUrns(List.of("http://x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Path.parse(null)).isInstanceOf(NullPointerException.class);
    assertThat(Filter.parse("a eq \"x\"")).isEqualTo(
        new Filter.Comparison(AttributePath.of("a"), ComparisonOperator.EQ, ScimString.of("x")));
  }

  @Test
  void schemalessTraitsAreDefaultsBehindANonPublicType() {
    AttributeTraits traits = AttributeTraits.schemaless();
    assertThat(traits).isSameAs(AttributeTraits.schemaless());
    assertThat(traits.caseExact(AttributePath.of("userName"))).isFalse();
    assertThat(traits.type(AttributePath.of("userName"))).isEmpty();
    assertThat(Modifier.isPublic(traits.getClass().getModifiers())).isFalse();
    assertThat(AttributeTraits.class.getDeclaredClasses()).isEmpty();
  }

  @Test
  void eachFilterRecordHasItsOwnKind() {
    Map<Filter.Kind, Filter> examples = Map.of(
        Filter.Kind.COMPARISON, Filter.parse("a eq 1"),
        Filter.Kind.PRESENT, Filter.parse("a pr"),
        Filter.Kind.AND, Filter.parse("a pr and b pr"),
        Filter.Kind.OR, Filter.parse("a pr or b pr"),
        Filter.Kind.NOT, Filter.parse("not (a pr)"),
        Filter.Kind.VALUE_PATH, Filter.parse("emails[type pr]"));
    assertThat(examples.keySet()).containsExactlyInAnyOrder(Filter.Kind.values());
    examples.forEach((kind, filter) -> assertThat(filter.kind()).as("kind of %s", filter).isEqualTo(kind));
    assertThat(examples.values().stream().map(Object::getClass))
        .containsExactlyInAnyOrder(Filter.class.getPermittedSubclasses());
  }
}
