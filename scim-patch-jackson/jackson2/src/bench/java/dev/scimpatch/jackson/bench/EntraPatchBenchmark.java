package dev.scimpatch.jackson.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.Profile;
import dev.scimpatch.jackson.ScimPatch;
import dev.scimpatch.schema.ResourceSchemas;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The six-operation Entra ID user patch ({@link BenchData#ENTRA_REQUEST} on {@link BenchData#USER},
 * profile {@code entra}, User schema with the enterprise extension), against the floor: Jackson 2
 * alone reading both documents and writing the resource back. {@link BenchMain} reports
 * ours / floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EntraPatchBenchmark {

  private final ScimPatch patch = BenchData.facade(ResourceSchemas.user(), Profile.named("entra"));
  private byte[] resource;
  private byte[] request;

  /** Makes the documents and checks that the patch does what it says. */
  @Setup
  public void setUp() {
    resource = BenchData.utf8(BenchData.USER);
    request = BenchData.utf8(BenchData.ENTRA_REQUEST);
    JsonNode out = BenchData.read(patch.apply(resource, request));
    JsonNode ext = out.path(BenchData.ENTERPRISE_URN);
    BenchData.check(out.path("active").isBoolean() && !out.path("active").booleanValue(), "active false");
    BenchData.check(out.path("emails").path(0).path("value").asText().equals("barbara.jensen@contoso.com"), "work email");
    BenchData.check(out.path("name").path("givenName").asText().equals("Barbara Jane"), "givenName");
    BenchData.check(out.path("name").path("familyName").asText().equals("Jensen-Smith"), "familyName");
    BenchData.check(ext.path("department").asText().equals("Finance"), "department");
    BenchData.check(ext.path("manager").path("value").asText().equals("a4c1b6f2-36d8-4e1c-9d2a-5f0e7b3c8d91"), "manager");
  }

  /** {@code ScimPatch.apply(byte[], byte[])}: read, apply, write. */
  @Benchmark
  public byte[] ours() {
    return patch.apply(resource, request);
  }

  /** Jackson alone: read the resource and the request, write the resource. */
  @Benchmark
  public byte[] floor(Blackhole bh) throws IOException {
    JsonNode tree = BenchData.MAPPER.readTree(resource);
    bh.consume(BenchData.MAPPER.readTree(request));
    return BenchData.MAPPER.writeValueAsBytes(tree);
  }
}
