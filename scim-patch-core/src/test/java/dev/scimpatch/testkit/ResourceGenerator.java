package dev.scimpatch.testkit;

import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates SCIM-like resources as {@link ScimObject}s: {@code userName}, {@code name} with
 * {@code givenName} and {@code familyName}, {@code emails} with {@code value}, {@code type} and
 * {@code primary}, {@code active}, numbers, xsd:dateTime strings, {@code meta}, and extension
 * objects under their schema URN (the enterprise extension, a vendor one).
 *
 * <p>Names and values come from the vocabulary {@link FilterGenerator} uses, in varying ASCII
 * case, so generated filters often find the attributes they name and sometimes match. Now and
 * then a value has an unexpected type (a string for a boolean, an object for a string), is null,
 * or an array is empty or holds nulls, as real resources and hostile requests do.
 *
 * <p>Immutable and thread-safe; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class ResourceGenerator {

  /** A generator of User-like resources. */
  public ResourceGenerator() {}

  /**
   * {@return a resource}
   *
   * @param rng the source of randomness
   */
  public ScimObject resource(RandomGenerator rng) {
    ScimObject.Builder b = ScimObject.builder();
    if (rng.nextInt(4) != 0) {
      ScimArray.Builder schemas = ScimArray.builder().add(ScimString.of(ScimNames.CORE_USER));
      if (rng.nextBoolean()) {
        schemas.add(ScimString.of(ScimNames.ENTERPRISE_USER));
      }
      b.put("schemas", schemas.build());
    }
    for (String name : ScimNames.STRING_ATTRIBUTES) {
      if (rng.nextInt(3) != 0) {
        b.put(ScimNames.respell(rng, name), odd(rng, ScimString.of(ScimValues.string(rng))));
      }
    }
    for (String name : ScimNames.BOOLEAN_ATTRIBUTES) {
      if (rng.nextInt(3) != 0) {
        b.put(ScimNames.respell(rng, name), odd(rng, ScimBoolean.of(rng.nextBoolean())));
      }
    }
    for (String name : ScimNames.NUMBER_ATTRIBUTES) {
      if (rng.nextInt(3) == 0) {
        b.put(ScimNames.respell(rng, name), odd(rng, ScimValues.number(rng)));
      }
    }
    for (String name : ScimNames.DATE_TIME_ATTRIBUTES) {
      if (rng.nextInt(3) == 0) {
        b.put(ScimNames.respell(rng, name), odd(rng, ScimString.of(ScimValues.dateTime(rng))));
      }
    }
    if (rng.nextInt(4) != 0) {
      b.put(ScimNames.respell(rng, "name"), complex(rng, ScimNames.NAME_SUBS));
    }
    if (rng.nextInt(3) != 0) {
      ScimObject.Builder meta = ScimObject.builder()
          .put("resourceType", ScimString.of(rng.nextBoolean() ? "User" : "Group"))
          .put("created", ScimString.of(ScimValues.dateTime(rng)))
          .put("lastModified", ScimString.of(ScimValues.dateTime(rng)));
      if (rng.nextBoolean()) {
        meta.put("version", ScimString.of("W/\"" + rng.nextInt(100) + "\""));
      }
      b.put(ScimNames.respell(rng, "meta"), meta.build());
    }
    for (String name : ScimNames.MULTI_ATTRIBUTES) {
      if (rng.nextInt(3) == 0) {
        b.put(ScimNames.respell(rng, name), multi(rng));
      }
    }
    if (rng.nextBoolean()) {
      ScimObject.Builder ext = ScimObject.builder();
      for (String name : ScimNames.ENTERPRISE_ATTRIBUTES) {
        if (rng.nextBoolean()) {
          ext.put(ScimNames.respell(rng, name), odd(rng, ScimString.of(ScimValues.string(rng))));
        }
      }
      if (rng.nextBoolean()) {
        ext.put("manager", complex(rng, ScimNames.MANAGER_SUBS));
      }
      b.put(rng.nextInt(5) == 0 ? ScimNames.randomCase(rng, ScimNames.ENTERPRISE_USER) : ScimNames.ENTERPRISE_USER,
          ext.build());
    }
    if (rng.nextInt(4) == 0) {
      ScimObject.Builder ext = ScimObject.builder();
      for (String name : ScimNames.OMNI_ATTRIBUTES) {
        if (rng.nextBoolean()) {
          ext.put(ScimNames.respell(rng, name), name.equals("tags") ? strings(rng) : ScimValues.scalar(rng));
        }
      }
      b.put(ScimNames.OMNI_USER_ATTRIBUTE, ext.build());
    }
    int extra = rng.nextInt(3);
    for (int i = 0; i < extra; i++) {
      b.put(ScimNames.randomAttributeName(rng, 12), rng.nextInt(4) == 0 ? strings(rng) : ScimValues.scalar(rng));
    }
    return b.build();
  }

  /** A complex value with some of the given sub-attributes. */
  private static ScimObject complex(RandomGenerator rng, List<String> subs) {
    ScimObject.Builder b = ScimObject.builder();
    for (String sub : subs) {
      if (rng.nextInt(3) != 0) {
        b.put(ScimNames.respell(rng, sub), odd(rng, ScimString.of(ScimValues.string(rng))));
      }
    }
    return b.build();
  }

  /** A multi-valued attribute: mostly complex values with value, type, primary, display. */
  private static ScimNode multi(RandomGenerator rng) {
    int r = rng.nextInt(20);
    if (r == 0) {
      return ScimArray.empty();
    } else if (r == 1) {
      return strings(rng);
    } else if (r == 2) {
      return ScimNull.INSTANCE;
    }
    ScimArray.Builder a = ScimArray.builder();
    int n = 1 + rng.nextInt(3);
    for (int i = 0; i < n; i++) {
      if (rng.nextInt(15) == 0) {
        a.add(ScimNull.INSTANCE);
        continue;
      }
      ScimObject.Builder v = ScimObject.builder();
      if (rng.nextInt(8) != 0) {
        v.put(ScimNames.respell(rng, "value"), odd(rng, ScimString.of(ScimValues.string(rng))));
      }
      if (rng.nextInt(3) != 0) {
        v.put(ScimNames.respell(rng, "type"), ScimString.of(ScimNames.pick(rng, ScimNames.TYPES)));
      }
      if (rng.nextBoolean()) {
        v.put(ScimNames.respell(rng, "primary"), odd(rng, ScimBoolean.of(rng.nextBoolean())));
      }
      if (rng.nextInt(3) == 0) {
        v.put("display", ScimString.of(ScimValues.string(rng)));
      }
      if (rng.nextInt(6) == 0) {
        v.put("$ref", ScimString.of("https://example.com/v2/Users/" + rng.nextInt(1000)));
      }
      a.add(v.build());
    }
    return a.build();
  }

  /** A multi-valued simple attribute: an array of strings. */
  private static ScimArray strings(RandomGenerator rng) {
    ScimArray.Builder a = ScimArray.builder();
    int n = rng.nextInt(4);
    for (int i = 0; i < n; i++) {
      a.add(ScimString.of(ScimValues.string(rng)));
    }
    return a.build();
  }

  /** Mostly {@code usual}; now and then null, another scalar type, or a complex value. */
  private static ScimNode odd(RandomGenerator rng, ScimNode usual) {
    int r = rng.nextInt(40);
    if (r == 0) {
      return ScimNull.INSTANCE;
    } else if (r == 1) {
      return ScimValues.scalar(rng);
    } else if (r == 2) {
      return ScimObject.of("value", ScimValues.scalar(rng));
    } else if (r == 3) {
      return ScimString.of("");
    }
    return usual;
  }
}
