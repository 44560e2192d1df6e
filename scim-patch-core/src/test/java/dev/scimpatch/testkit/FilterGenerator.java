package dev.scimpatch.testkit;

import dev.scimpatch.Limits;
import dev.scimpatch.path.AttributePath;
import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.path.Filter;
import dev.scimpatch.tree.ScimNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Generates valid {@link Filter}s: comparisons with every operator and suitable literals, presence
 * tests, {@code and}, {@code or}, {@code not} and, in top-level filters, value paths.
 *
 * <p>Every generated filter's printed form ({@code toString()}) parses within the generator's
 * {@link Limits}: it is at most {@link Limits#maxPathLength()} characters long, nests at most
 * {@link Limits#maxFilterDepth()} levels (each {@code (}, {@code not (} and {@code [} counts one,
 * see {@link #depth(Filter)}) and has at most {@link Limits#maxFilterTerms()} comparisons and
 * presence tests ({@link #terms(Filter)}).
 *
 * <p>Attribute names come mostly from a SCIM-like vocabulary shared with
 * {@link ResourceGenerator} (in varying ASCII case), sometimes are random ATTRNAMEs; schema
 * prefixes are known URNs ({@link ScimNames#knownUrns()}) or random ones. By default known URNs
 * are also re-spelled in other ASCII cases; {@link #withCanonicalUrns()} keeps their canonical
 * spelling, which is what a {@link dev.scimpatch.path.PathParser} that knows them returns.
 *
 * <p>Immutable and thread-safe; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class FilterGenerator {

  private final Limits limits;
  private final boolean respellKnownUrns;

  /** A generator for {@link Limits#defaults()} that re-spells known URNs now and then. */
  public FilterGenerator() {
    this(Limits.defaults(), true);
  }

  private FilterGenerator(Limits limits, boolean respellKnownUrns) {
    this.limits = limits;
    this.respellKnownUrns = respellKnownUrns;
  }

  /**
   * {@return a generator like this one whose filters parse within {@code limits}}
   *
   * @param limits the limits the filters must parse within
   */
  public FilterGenerator withLimits(Limits limits) {
    return new FilterGenerator(limits, respellKnownUrns);
  }

  /** {@return a generator like this one that writes known URNs in their canonical spelling only} */
  public FilterGenerator withCanonicalUrns() {
    return new FilterGenerator(limits, false);
  }

  /** {@return the limits generated filters respect} */
  public Limits limits() {
    return limits;
  }

  /** {@return whether known URNs are written in their canonical spelling only} */
  public boolean canonicalUrns() {
    return !respellKnownUrns;
  }

  /**
   * {@return a top-level filter, which may contain value paths}
   *
   * @param rng the source of randomness
   */
  public Filter filter(RandomGenerator rng) {
    return filter(rng, limits.maxPathLength(), limits.maxFilterDepth(), true);
  }

  /**
   * {@return a value filter (no value paths) for the brackets of a path: one nesting level is left
   * for the brackets themselves}
   *
   * @param rng the source of randomness
   * @param maxLength the longest printed form wanted
   */
  public Filter valueFilter(RandomGenerator rng, int maxLength) {
    return filter(rng, maxLength, limits.maxFilterDepth() - 1, false);
  }

  /**
   * {@return a filter whose printed form has at most {@code maxLength} characters and at most
   * {@code maxDepth} nesting levels}
   *
   * @param rng the source of randomness
   * @param maxLength the longest printed form wanted
   * @param maxDepth the most nesting levels wanted
   * @param allowValuePaths whether the filter may contain value paths (a top-level filter)
   * @throws IllegalArgumentException if {@code maxLength} is too small for any filter
   */
  public Filter filter(RandomGenerator rng, int maxLength, int maxDepth, boolean allowValuePaths) {
    if (maxLength < 4) {
      throw new IllegalArgumentException("maxLength must be at least 4: " + maxLength);
    }
    int maxTerms = limits.maxFilterTerms();
    for (int attempt = 0; attempt < 12; attempt++) {
      int r = rng.nextInt(100);
      Filter f;
      if (r < 4) {
        f = deep(rng, rng.nextInt(maxDepth + 1), allowValuePaths && maxDepth > 0);
      } else if (r < 8) {
        int most = Math.min(maxTerms, 256);
        f = wide(rng, Math.max(1, most - rng.nextInt(Math.min(3, most))));
      } else {
        int budget = r < 60 ? 1 + rng.nextInt(Math.min(4, maxTerms))
            : 1 + rng.nextInt(Math.max(1, Math.min(maxTerms, 64) >> (attempt / 2)));
        f = node(rng, budget, maxDepth, false, allowValuePaths, null, 0);
      }
      if (f.toString().length() <= maxLength) {
        check(f, maxDepth);
        return f;
      }
    }
    // Short enough for any maxLength >= 4: "a pr".
    return new Filter.Present(AttributePath.of(String.valueOf(ScimNames.alpha(rng))));
  }

  private void check(Filter f, int maxDepth) {
    int depth = depth(f);
    int terms = terms(f);
    if (depth > maxDepth || terms > limits.maxFilterTerms()) {
      throw new IllegalStateException(
          "generated filter exceeds its limits (depth " + depth + ", terms " + terms + "): " + f);
    }
  }

  /** A random tree with at most {@code budget} terms and {@code depthLeft} nesting levels. */
  private Filter node(RandomGenerator rng, int budget, int depthLeft, boolean parentIsAnd,
      boolean allowValuePaths, @Nullable AttributePath scope, int level) {
    if (budget <= 1 || rng.nextInt(100) < Math.min(85, 25 + 15 * level)) {
      // A value path is a leaf of sorts, with a filter of its own.
      if (allowValuePaths && depthLeft > 0 && rng.nextInt(6) == 0) {
        return valuePath(rng, budget, depthLeft, level);
      }
      return leaf(rng, scope);
    }
    int kind = rng.nextInt(100);
    if (kind < 35) {
      List<Filter> operands = new ArrayList<>();
      for (int part : split(rng, budget)) {
        operands.add(node(rng, part, depthLeft, true, allowValuePaths, scope, level + 1));
      }
      return new Filter.And(operands);
    } else if (kind < 70) {
      int cost = parentIsAnd ? 1 : 0;
      if (depthLeft < cost) {
        return leaf(rng, scope);
      }
      List<Filter> operands = new ArrayList<>();
      for (int part : split(rng, budget)) {
        operands.add(node(rng, part, depthLeft - cost, false, allowValuePaths, scope, level + 1));
      }
      return new Filter.Or(operands);
    } else if (kind < 88 || !allowValuePaths) {
      if (depthLeft < 1) {
        return leaf(rng, scope);
      }
      return new Filter.Not(node(rng, budget, depthLeft - 1, false, allowValuePaths, scope, level + 1));
    }
    if (depthLeft < 1) {
      return leaf(rng, scope);
    }
    return valuePath(rng, budget, depthLeft, level);
  }

  private Filter valuePath(RandomGenerator rng, int budget, int depthLeft, int level) {
    AttributePath attribute = valuePathAttribute(rng);
    Filter inner = node(rng, budget, depthLeft - 1, false, false, attribute, level + 1);
    return new Filter.ValuePath(attribute, inner);
  }

  /** Splits a budget of at least 2 into 2 to 5 parts of at least 1 each. */
  private static int[] split(RandomGenerator rng, int budget) {
    int n = 2 + rng.nextInt(Math.min(4, budget - 1));
    int[] parts = new int[n];
    int left = budget - n;
    for (int i = 0; i < n; i++) {
      int extra = i == n - 1 ? left : rng.nextInt(left + 1);
      parts[i] = 1 + extra;
      left -= extra;
    }
    return parts;
  }

  /** {@code depth} nesting levels exactly, around a leaf. */
  private Filter deep(RandomGenerator rng, int depth, boolean valuePathOutside) {
    int inner = valuePathOutside && depth > 0 && rng.nextBoolean() ? depth - 1 : depth;
    AttributePath scope = inner < depth ? valuePathAttribute(rng) : null;
    Filter f = leaf(rng, scope);
    for (int i = 0; i < inner; i++) {
      f = rng.nextInt(3) == 0
          // The inner or sits in an and: parenthesised, one level.
          ? new Filter.And(List.of(new Filter.Or(List.of(f, leaf(rng, scope))), leaf(rng, scope)))
          : new Filter.Not(f);
    }
    return scope == null ? f : new Filter.ValuePath(scope, f);
  }

  /** {@code terms} short leaves in an {@code and} of {@code or}s: many terms, little depth. */
  private Filter wide(RandomGenerator rng, int terms) {
    List<Filter> ands = new ArrayList<>();
    List<Filter> ors = new ArrayList<>();
    for (int i = 0; i < terms; i++) {
      AttributePath a = AttributePath.of(shortName(rng));
      ors.add(rng.nextBoolean()
          ? new Filter.Present(a)
          : new Filter.Comparison(a, ComparisonOperator.EQ, ScimNumber.of(rng.nextInt(10))));
      if (rng.nextInt(3) == 0 || i == terms - 1) {
        ands.add(ors.size() == 1 ? ors.get(0) : new Filter.Or(ors));
        ors = new ArrayList<>();
      }
    }
    return ands.size() == 1 ? ands.get(0) : new Filter.And(ands);
  }

  private static String shortName(RandomGenerator rng) {
    return rng.nextBoolean()
        ? String.valueOf(ScimNames.alpha(rng))
        : "" + ScimNames.alpha(rng) + (char) ('0' + rng.nextInt(10));
  }

  /**
   * {@return a comparison or a presence test, relative to {@code scope} if there is one}
   *
   * @param rng the source of randomness
   * @param scope the attribute a value filter is relative to, or {@code null} for a top-level
   *     filter
   */
  public Filter leaf(RandomGenerator rng, @Nullable AttributePath scope) {
    AttributePath attribute = scope == null ? attributePath(rng) : relativeAttributePath(rng);
    if (rng.nextInt(6) == 0) {
      return new Filter.Present(attribute);
    }
    ComparisonOperator op = ScimNames.pick(rng, List.of(ComparisonOperator.values()));
    return new Filter.Comparison(attribute, op, ScimValues.literal(rng, op));
  }

  /**
   * {@return an attribute path for a top-level filter: mostly from the shared vocabulary
   * ({@code userName}, {@code name.givenName}, {@code emails.value}, enterprise extension
   * attributes with their URN, ...), sometimes random}
   *
   * @param rng the source of randomness
   */
  public AttributePath attributePath(RandomGenerator rng) {
    int r = rng.nextInt(100);
    if (r < 22) {
      return path(rng, null, ScimNames.pick(rng, ScimNames.STRING_ATTRIBUTES), null);
    } else if (r < 30) {
      return path(rng, null, ScimNames.pick(rng, ScimNames.BOOLEAN_ATTRIBUTES), null);
    } else if (r < 36) {
      return path(rng, null, ScimNames.pick(rng, ScimNames.NUMBER_ATTRIBUTES), null);
    } else if (r < 41) {
      return path(rng, null, ScimNames.pick(rng, ScimNames.DATE_TIME_ATTRIBUTES), null);
    } else if (r < 50) {
      return path(rng, null, "name", rng.nextInt(6) == 0 ? null : ScimNames.pick(rng, ScimNames.NAME_SUBS));
    } else if (r < 55) {
      return path(rng, null, "meta", ScimNames.pick(rng, ScimNames.META_SUBS));
    } else if (r < 68) {
      return path(rng, null, ScimNames.pick(rng, ScimNames.MULTI_ATTRIBUTES),
          rng.nextInt(4) == 0 ? null : ScimNames.pick(rng, ScimNames.MULTI_SUBS));
    } else if (r < 76) {
      return rng.nextInt(4) == 0
          ? path(rng, ScimNames.ENTERPRISE_USER, "manager", ScimNames.pick(rng, ScimNames.MANAGER_SUBS))
          : path(rng, ScimNames.ENTERPRISE_USER, ScimNames.pick(rng, ScimNames.ENTERPRISE_ATTRIBUTES), null);
    } else if (r < 80) {
      return path(rng, ScimNames.OMNI_USER_ATTRIBUTE, ScimNames.pick(rng, ScimNames.OMNI_ATTRIBUTES), null);
    } else if (r < 84) {
      return path(rng, rng.nextBoolean() ? ScimNames.CORE_USER : ScimNames.CORE_GROUP,
          ScimNames.pick(rng, ScimNames.STRING_ATTRIBUTES), null);
    }
    String schema = null;
    int s = rng.nextInt(10);
    if (s == 0) {
      schema = ScimNames.randomUrn(rng);
    } else if (s == 1) {
      schema = ScimNames.knownUrn(rng);
    }
    String name = rng.nextInt(40) == 0 ? "$ref" : ScimNames.randomAttributeName(rng, 20);
    String sub = null;
    int t = rng.nextInt(10);
    if (t < 2) {
      sub = ScimNames.randomAttributeName(rng, 20);
    } else if (t == 2) {
      sub = "$ref";
    }
    return path(rng, schema, name, sub);
  }

  /**
   * {@return an attribute path for a value filter, relative to the bracketed attribute:
   * {@code value}, {@code type}, {@code primary}, {@code display}, {@code $ref}, or a random name
   * (now and then with a sub-attribute or a schema prefix, which the grammar allows)}
   *
   * @param rng the source of randomness
   */
  public AttributePath relativeAttributePath(RandomGenerator rng) {
    int r = rng.nextInt(100);
    if (r < 70) {
      return path(rng, null, ScimNames.pick(rng, ScimNames.MULTI_SUBS), null);
    } else if (r < 75) {
      return path(rng, null, ScimNames.pick(rng, ScimNames.NAME_SUBS), null);
    } else if (r < 92) {
      return path(rng, null, ScimNames.randomAttributeName(rng, 12), null);
    } else if (r < 97) {
      return path(rng, null, ScimNames.randomAttributeName(rng, 12), ScimNames.pick(rng, ScimNames.MULTI_SUBS));
    }
    return path(rng, rng.nextBoolean() ? ScimNames.randomUrn(rng) : ScimNames.knownUrn(rng),
        ScimNames.pick(rng, ScimNames.MULTI_SUBS), null);
  }

  /**
   * {@return the attribute of a value path: a multi-valued attribute, mostly}
   *
   * @param rng the source of randomness
   */
  public AttributePath valuePathAttribute(RandomGenerator rng) {
    int r = rng.nextInt(100);
    if (r < 70) {
      return path(rng, null, ScimNames.pick(rng, ScimNames.MULTI_ATTRIBUTES), null);
    } else if (r < 78) {
      return path(rng, null, "name", null);
    } else if (r < 85) {
      return path(rng, ScimNames.ENTERPRISE_USER, "manager", null);
    } else if (r < 88) {
      return path(rng, ScimNames.CORE_USER, "emails", null);
    } else if (r < 90) {
      return path(rng, ScimNames.randomUrn(rng), ScimNames.randomAttributeName(rng, 12), null);
    }
    return path(rng, null, ScimNames.randomAttributeName(rng, 12), null);
  }

  /** A path with names re-spelled in ASCII case, and the schema re-spelled if allowed. */
  private AttributePath path(RandomGenerator rng, @Nullable String schema, String name, @Nullable String sub) {
    return new AttributePath(
        schema == null ? null : schema(rng, schema),
        ScimNames.respell(rng, name),
        sub == null ? null : ScimNames.respell(rng, sub));
  }

  /** Re-spells a known URN if this generator may; random URNs stay as generated. */
  String schema(RandomGenerator rng, String schema) {
    if (respellKnownUrns && ScimNames.knownUrns().contains(schema) && rng.nextInt(3) == 0) {
      return ScimNames.randomCase(rng, schema);
    }
    return schema;
  }

  /**
   * {@return the nesting depth of {@code filter}'s printed form as the parser counts it: each
   * {@code not (}, each parenthesised {@code or} inside an {@code and}, and each value path's
   * {@code [} is one level}
   *
   * @param filter the filter
   */
  public static int depth(Filter filter) {
    if (filter instanceof Filter.Not n) {
      return 1 + depth(n.operand());
    } else if (filter instanceof Filter.ValuePath vp) {
      return 1 + depth(vp.filter());
    } else if (filter instanceof Filter.And a) {
      int max = 0;
      for (Filter f : a.operands()) {
        max = Math.max(max, (f instanceof Filter.Or ? 1 : 0) + depth(f));
      }
      return max;
    } else if (filter instanceof Filter.Or o) {
      int max = 0;
      for (Filter f : o.operands()) {
        max = Math.max(max, depth(f));
      }
      return max;
    }
    return 0;
  }

  /**
   * {@return the number of comparisons and presence tests in {@code filter}}
   *
   * @param filter the filter
   */
  public static int terms(Filter filter) {
    if (filter instanceof Filter.Not n) {
      return terms(n.operand());
    } else if (filter instanceof Filter.ValuePath vp) {
      return terms(vp.filter());
    } else if (filter instanceof Filter.And a) {
      return a.operands().stream().mapToInt(FilterGenerator::terms).sum();
    } else if (filter instanceof Filter.Or o) {
      return o.operands().stream().mapToInt(FilterGenerator::terms).sum();
    }
    return 1;
  }
}
