package dev.scimpatch.testkit;

import dev.scimpatch.Limits;
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Generates valid PATCH {@link Path}s: an ATTRNAME (from a SCIM-like vocabulary or random, mixed
 * case, 1 to about 20 characters), an optional schema URN prefix (known or random), an optional
 * sub-attribute (an ATTRNAME or {@code $ref}), and an optional value filter from a
 * {@link FilterGenerator}.
 *
 * <p>The printed form of every generated path parses within the generator's limits. By default
 * known URNs ({@link #knownUrns()}) are now and then re-spelled in another ASCII case;
 * {@link #withCanonicalUrns()} keeps their canonical spelling, which is what a
 * {@code PathParser.builder().schemaUrns(PathGenerator.knownUrns()).build()} returns. Random URNs
 * never begin with a known one, so such a parser splits every generated path as it was built.
 *
 * <p>Immutable and thread-safe; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class PathGenerator {

  private final FilterGenerator filters;

  /** A generator for {@link Limits#defaults()} that re-spells known URNs now and then. */
  public PathGenerator() {
    this(new FilterGenerator());
  }

  /**
   * A generator whose value filters come from {@code filters}, and which follows its options.
   *
   * @param filters the generator of value filters
   */
  public PathGenerator(FilterGenerator filters) {
    this.filters = filters;
  }

  /**
   * {@return the known schema URNs, in canonical spelling: the core User and Group schemas, the
   * enterprise User extension and a vendor extension}
   */
  public static List<String> knownUrns() {
    return ScimNames.knownUrns();
  }

  /** {@return a generator like this one that writes known URNs in their canonical spelling only} */
  public PathGenerator withCanonicalUrns() {
    return new PathGenerator(filters.withCanonicalUrns());
  }

  /** {@return the generator of value filters} */
  public FilterGenerator filters() {
    return filters;
  }

  /**
   * {@return a valid path}
   *
   * @param rng the source of randomness
   */
  public Path path(RandomGenerator rng) {
    String schema = schema(rng);
    String attribute = attributeName(rng);
    String sub = rng.nextInt(3) == 0 ? subAttributeName(rng) : null;
    Filter filter = null;
    if (rng.nextInt(20) < 7) {
      int used = (schema == null ? 0 : schema.length() + 1) + attribute.length()
          + (sub == null ? 0 : sub.length() + 1) + 2;
      int room = filters.limits().maxPathLength() - used;
      if (room >= 4) {
        filter = filters.valueFilter(rng, room);
      }
    }
    return new Path(schema, attribute, filter, sub);
  }

  /**
   * {@return a schema URN for a path's prefix, or {@code null} (most of the time)}
   *
   * @param rng the source of randomness
   */
  public @Nullable String schema(RandomGenerator rng) {
    int r = rng.nextInt(100);
    if (r < 15) {
      return filters.schema(rng, ScimNames.knownUrn(rng));
    } else if (r < 25) {
      return ScimNames.randomUrn(rng);
    }
    return null;
  }

  /**
   * {@return an attribute name: mostly from the SCIM-like vocabulary, sometimes random}
   *
   * @param rng the source of randomness
   */
  public String attributeName(RandomGenerator rng) {
    int r = rng.nextInt(100);
    List<String> names;
    if (r < 20) {
      names = ScimNames.STRING_ATTRIBUTES;
    } else if (r < 35) {
      names = ScimNames.MULTI_ATTRIBUTES;
    } else if (r < 45) {
      names = List.of("name", "meta", "manager", "addresses", "x509Certificates");
    } else if (r < 55) {
      names = ScimNames.ENTERPRISE_ATTRIBUTES;
    } else if (r < 60) {
      names = ScimNames.BOOLEAN_ATTRIBUTES;
    } else {
      return ScimNames.randomAttributeName(rng, 20);
    }
    return ScimNames.respell(rng, ScimNames.pick(rng, names));
  }

  /**
   * {@return a sub-attribute name: an ATTRNAME, or {@code $ref} in some spelling}
   *
   * @param rng the source of randomness
   */
  public String subAttributeName(RandomGenerator rng) {
    int r = rng.nextInt(100);
    if (r < 10) {
      return ScimNames.respell(rng, "$ref");
    } else if (r < 50) {
      return ScimNames.respell(rng, ScimNames.pick(rng, ScimNames.MULTI_SUBS.subList(0, 4)));
    } else if (r < 70) {
      return ScimNames.respell(rng, ScimNames.pick(rng, ScimNames.NAME_SUBS));
    }
    return ScimNames.randomAttributeName(rng, 20);
  }
}
