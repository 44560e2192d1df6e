package dev.scimpatch.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.testkit.FilterGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.testkit.ScimNames;
import dev.scimpatch.testkit.ScimValues;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws of {@link FilterEvaluator#schemaless()} on generated filters and resources: the logical
 * operators behave as Java's {@code !}, {@code &&} and {@code ||}; evaluation is total (a boolean
 * or a 400 invalidFilter), deterministic, and leaves the resource alone.
 */
class FilterEvaluationPropertyTest {

  private static final FilterGenerator FILTERS = new FilterGenerator();
  private static final ResourceGenerator RESOURCES = new ResourceGenerator();
  private static final FilterEvaluator EVALUATOR = FilterEvaluator.schemaless();

  /** The outcome of one evaluation: a boolean, or the error's details. */
  record Outcome(Boolean value, String error) {
    static Outcome of(boolean value) {
      return new Outcome(value, null);
    }

    boolean failed() {
      return error != null;
    }

    Outcome not() {
      return failed() ? this : of(!value);
    }

    @Override
    public String toString() {
      return failed() ? error : value.toString();
    }
  }

  /**
   * Evaluates {@code filter}; a {@link ScimPatchException} must be a 400 invalidFilter. Anything
   * else escapes and fails the property.
   */
  static Outcome evaluate(Filter filter, ScimNode resource) {
    try {
      return Outcome.of(EVALUATOR.matches(filter, resource));
    } catch (ScimPatchException e) {
      assertThat(e.status()).as("status of %s", e.getMessage()).isEqualTo(400);
      assertThat(e.scimType()).as("scimType of %s", e.getMessage()).isEqualTo(ScimType.INVALID_FILTER);
      return new Outcome(null, Parsing.describe(e));
    }
  }

  /** A generated resource; now and then a bare value or an array instead of an object. */
  static ScimNode resource(RandomGenerator rng) {
    int r = rng.nextInt(40);
    if (r == 0) {
      return ScimValues.scalar(rng);
    } else if (r == 1) {
      return ScimArray.of(RESOURCES.resource(rng), RESOURCES.resource(rng));
    }
    return RESOURCES.resource(rng);
  }

  @TestFactory
  Stream<DynamicTest> notNegates() {
    return Property.cases("not (f) matches exactly when f does not", rng -> {
      Filter f = FILTERS.filter(rng);
      ScimNode resource = resource(rng);
      Outcome plain = evaluate(f, resource);
      Outcome negated = evaluate(new Filter.Not(f), resource);
      assertThat(negated).as("not (%s) on %s", f, resource).isEqualTo(plain.not());
      assertThat(evaluate(new Filter.Not(new Filter.Not(f)), resource))
          .as("not (not (%s)) on %s", f, resource).isEqualTo(plain);
    });
  }

  /**
   * The laws of {@code and}, {@code or} and {@code not} (RFC 7644 §3.4.2.2 gives them their Boolean
   * meaning), checked by evaluating differently shaped filters that mean the same: where the
   * evaluator answers both operands, order does not matter, De Morgan's laws hold, and absorption
   * and distribution hold. An operand the evaluator refuses (R-FLT-6) is left out: short-circuiting
   * decides whether the refusal shows.
   */
  @TestFactory
  Stream<DynamicTest> andOrNotKeepTheirLaws() {
    return Property.cases("and, or and not keep the Boolean laws", rng -> {
      Filter f = FILTERS.filter(rng);
      Filter g = FILTERS.filter(rng);
      Filter h = FILTERS.filter(rng);
      ScimNode resource = resource(rng);
      Outcome a = evaluate(f, resource);
      Outcome b = evaluate(g, resource);
      Outcome c = evaluate(h, resource);
      if (a.failed() || b.failed() || c.failed()) {
        return;
      }
      String on = " on " + resource;
      Filter fAndG = new Filter.And(List.of(f, g));
      Filter fOrG = new Filter.Or(List.of(f, g));
      assertThat(evaluate(fAndG, resource)).as("%s%s", fAndG, on).isEqualTo(Outcome.of(a.value() && b.value()));
      assertThat(evaluate(fOrG, resource)).as("%s%s", fOrG, on).isEqualTo(Outcome.of(a.value() || b.value()));
      assertThat(evaluate(new Filter.And(List.of(g, f)), resource)).as("and commutes%s", on).isEqualTo(evaluate(fAndG, resource));
      assertThat(evaluate(new Filter.Or(List.of(g, f)), resource)).as("or commutes%s", on).isEqualTo(evaluate(fOrG, resource));
      assertThat(evaluate(new Filter.Not(fAndG), resource)).as("not (f and g) = not f or not g%s", on)
          .isEqualTo(evaluate(new Filter.Or(List.of(new Filter.Not(f), new Filter.Not(g))), resource));
      assertThat(evaluate(new Filter.Not(fOrG), resource)).as("not (f or g) = not f and not g%s", on)
          .isEqualTo(evaluate(new Filter.And(List.of(new Filter.Not(f), new Filter.Not(g))), resource));
      assertThat(evaluate(new Filter.Or(List.of(f, fAndG)), resource)).as("f or (f and g) = f%s", on).isEqualTo(a);
      assertThat(evaluate(new Filter.And(List.of(f, fOrG)), resource)).as("f and (f or g) = f%s", on).isEqualTo(a);
      assertThat(evaluate(new Filter.And(List.of(f, new Filter.Or(List.of(g, h)))), resource))
          .as("f and (g or h) = (f and g) or (f and h)%s", on)
          .isEqualTo(evaluate(new Filter.Or(List.of(fAndG, new Filter.And(List.of(f, h)))), resource));
    });
  }

  @TestFactory
  Stream<DynamicTest> evaluationIsTotalDeterministicAndPure() {
    return Property.cases("evaluation answers or fails with invalidFilter, twice alike, alike on an equal copy", rng -> {
      Filter f = FILTERS.filter(rng);
      ScimNode resource = resource(rng);
      ScimNode copy = deepCopy(resource);
      String json = resource.toString();
      Outcome first = evaluate(f, resource);
      Outcome second = evaluate(f, resource);
      assertThat(second).as("%s evaluated twice on %s", f, json).isEqualTo(first);
      assertThat(evaluate(f, copy)).as("%s on an equal copy of %s", f, json).isEqualTo(first);
    });
  }

  @TestFactory
  Stream<DynamicTest> namesMatchIgnoringAsciiCase() {
    return Property.cases("attribute names and schema URNs match ignoring ASCII case", rng -> {
      Filter f = FILTERS.filter(rng);
      Filter respelled = respellNames(rng, f);
      ScimNode resource = resource(rng);
      Outcome expected = evaluate(f, resource);
      Outcome actual = evaluate(respelled, resource);
      assertThat(actual.value()).as("%s and %s on %s", f, respelled, resource).isEqualTo(expected.value());
      assertThat(actual.failed()).as("%s and %s on %s", f, respelled, resource).isEqualTo(expected.failed());
    });
  }

  /** {@code f} with its attribute names and schema URNs in random ASCII case. */
  static Filter respellNames(RandomGenerator rng, Filter f) {
    if (f instanceof Filter.Comparison c) {
      return new Filter.Comparison(respell(rng, c.attribute()), c.operator(), c.value());
    } else if (f instanceof Filter.Present p) {
      return new Filter.Present(respell(rng, p.attribute()));
    } else if (f instanceof Filter.Not n) {
      return new Filter.Not(respellNames(rng, n.operand()));
    } else if (f instanceof Filter.ValuePath vp) {
      return new Filter.ValuePath(respell(rng, vp.attribute()), respellNames(rng, vp.filter()));
    }
    List<Filter> operands = f instanceof Filter.And a ? a.operands() : ((Filter.Or) f).operands();
    List<Filter> out = new java.util.ArrayList<>();
    for (Filter operand : operands) {
      out.add(respellNames(rng, operand));
    }
    return f instanceof Filter.And ? new Filter.And(out) : new Filter.Or(out);
  }

  private static AttributePath respell(RandomGenerator rng, AttributePath a) {
    return new AttributePath(
        a.schema() == null ? null : ScimNames.randomCase(rng, a.schema()),
        ScimNames.randomCase(rng, a.name()),
        a.subAttribute() == null ? null : ScimNames.randomCase(rng, a.subAttribute()));
  }

  /** A copy of {@code node} that shares no object, array, string or number with it. */
  static ScimNode deepCopy(ScimNode node) {
    if (node instanceof ScimObject o) {
      ScimObject.Builder b = ScimObject.builder();
      o.forEach((name, value) -> b.put(new String(name.toCharArray()), deepCopy(value)));
      return b.build();
    } else if (node instanceof ScimArray a) {
      ScimArray.Builder b = ScimArray.builder();
      for (ScimNode e : a) {
        b.add(deepCopy(e));
      }
      return b.build();
    } else if (node instanceof ScimString s) {
      return ScimString.of(new String(s.value().toCharArray()));
    } else if (node instanceof ScimNumber n) {
      return ScimNumber.of(new java.math.BigDecimal(n.value().unscaledValue(), n.value().scale()));
    }
    return node;
  }
}
