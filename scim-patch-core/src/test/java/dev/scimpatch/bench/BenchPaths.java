package dev.scimpatch.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eight PATCH paths the path-parsing benchmarks parse, by the short key each benchmark's
 * {@code @Param} names (keys keep JMH's result table narrow; the number fixes the order).
 */
public final class BenchPaths {

  /** The two User schema URNs: the known URNs of {@link PathParseBenchmark#knownUrns}. */
  public static final List<String> USER_URNS = List.of(
      "urn:ietf:params:scim:schemas:core:2.0:User",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

  /** Key to path, in benchmark order. */
  public static final Map<String, String> PATHS = paths();

  private BenchPaths() {}

  private static Map<String, String> paths() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1_attr", "userName");
    m.put("2_sub", "name.givenName");
    m.put("3_filter", "emails[type eq \"work\"]");
    m.put("4_and_sub", "emails[type eq \"work\" and primary eq true].value");
    m.put("5_uuid", "members[value eq \"2819c223-7f76-453a-919d-413861904646\"]");
    m.put("6_ext_urn", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value");
    m.put("7_core_urn", "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName");
    m.put("8_nested", "addresses[type eq \"work\" or (type eq \"home\" and not (primary eq false))].streetAddress");
    return Collections.unmodifiableMap(m);
  }

  /** Returns the path for a key. */
  public static String path(String key) {
    String path = PATHS.get(key);
    if (path == null) {
      throw new IllegalArgumentException("unknown path key: " + key + " (known: " + PATHS.keySet() + ")");
    }
    return path;
  }
}
