package dev.scimpatch.jackson3.bench;

import dev.scimpatch.jackson.bench.JacksonLine;
import dev.scimpatch.jackson3.ScimPatch;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3 as a line of the workloads: this adapter, and Jackson 3's tree for the floor. */
final class Jackson3 {

  /** The floor's mapper: Jackson 3 as it comes, shared, as a server would hold it. */
  private static final JsonMapper MAPPER = new JsonMapper();

  /**
   * The adapter {@code dev.scimpatch.jackson3.ScimPatch} (built as the Jackson 2 line's facade:
   * schema, profile, the default limits) and the floor's {@link #MAPPER}.
   */
  static final JacksonLine LINE = new JacksonLine("Jackson 3",
      (schema, profile) -> ScimPatch.builder().schema(schema).profile(profile).build(),
      MAPPER::readTree, MAPPER::writeValueAsBytes);

  private Jackson3() {}
}
