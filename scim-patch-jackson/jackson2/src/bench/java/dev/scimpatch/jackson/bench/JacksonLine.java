package dev.scimpatch.jackson.bench;

import dev.scimpatch.Profile;
import dev.scimpatch.codec.TreePatcher;
import dev.scimpatch.schema.ResourceSchema;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A Jackson line the workloads run on: its adapter's facade, and its tree model for the floor.
 * {@link EntraPatchBenchmark} and {@link GroupMembersBenchmark} run {@link #JACKSON_2}; the Jackson
 * 3 adapter's benchmarks ({@code dev.scimpatch.jackson3.bench}) extend them with its own line. The
 * floor, the work no adapter can skip, is defined here once for every line, so that each Jackson
 * alone does the same: read the resource and the request into its tree, write the resource back.
 *
 * @param name the line, for messages
 * @param facades the adapter's facade for a schema and profile, with the default limits (stored
 *     resources up to 64 MiB)
 * @param read JSON bytes to the line's tree, as the line's mapper comes
 * @param write the line's tree to JSON bytes, as the line's mapper comes
 */
public record JacksonLine(String name, Facades facades, Read read, Write write) {

  /** Jackson 2: the adapter {@code dev.scimpatch.jackson.ScimPatch}, the floor's {@link BenchData#MAPPER}. */
  public static final JacksonLine JACKSON_2 = new JacksonLine("Jackson 2", BenchData::facade,
      BenchData.MAPPER::readTree, BenchData.MAPPER::writeValueAsBytes);

  /** An adapter's facade for a schema and profile. */
  @FunctionalInterface
  public interface Facades {
    /**
     * {@return a facade}
     *
     * @param schema the schema, or {@code null} for schema-less resources
     * @param profile the profile
     */
    TreePatcher<?, ?, ?> facade(@Nullable ResourceSchema schema, Profile profile);
  }

  /** JSON bytes to a tree. */
  @FunctionalInterface
  public interface Read {
    /**
     * {@return the tree}
     *
     * @param json UTF-8 JSON
     * @throws IOException if Jackson 2 cannot read it
     */
    Object tree(byte[] json) throws IOException;
  }

  /** A tree to JSON bytes. */
  @FunctionalInterface
  public interface Write {
    /**
     * {@return UTF-8 JSON}
     *
     * @param tree the tree
     * @throws IOException if Jackson 2 cannot write it
     */
    byte[] json(Object tree) throws IOException;
  }

  /**
   * The floor: reads both documents and writes the resource back.
   *
   * @param resource the stored resource, UTF-8
   * @param request the request, UTF-8
   * @param bh takes the request's tree, so that reading it is not optimised away
   * @return the resource, written back
   * @throws IOException if Jackson 2 fails
   */
  public byte[] floor(byte[] resource, byte[] request, Blackhole bh) throws IOException {
    Object tree = read.tree(resource);
    bh.consume(read.tree(request));
    return write.json(tree);
  }
}
