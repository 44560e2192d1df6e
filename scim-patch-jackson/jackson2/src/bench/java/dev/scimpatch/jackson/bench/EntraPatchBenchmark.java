package dev.scimpatch.jackson.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.Profile;
import dev.scimpatch.codec.TreePatcher;
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
 *
 * <p>The Jackson 3 adapter's benchmark of the same name ({@code dev.scimpatch.jackson3.bench})
 * extends this class and gives Jackson 3's {@link #line}: the same documents, settings and checks
 * (the setup checks what {@link #ours} returns).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EntraPatchBenchmark {

  private JacksonLine line;
  private TreePatcher<?, ?, ?> patch;
  private byte[] resource;
  private byte[] request;

  /** {@return the Jackson line measured: {@link JacksonLine#JACKSON_2}} */
  protected JacksonLine line() {
    return JacksonLine.JACKSON_2;
  }

  /** Makes the facade and the documents, and checks that {@link #ours} does what the patch says. */
  @Setup
  public void setUp() {
    line = line();
    patch = line.facades().facade(ResourceSchemas.user(), Profile.named("entra"));
    resource = BenchData.utf8(BenchData.USER);
    request = BenchData.utf8(BenchData.ENTRA_REQUEST);
    JsonNode out = BenchData.read(ours());
    JsonNode ext = out.path(BenchData.ENTERPRISE_URN);
    BenchData.check(out.path("active").isBoolean() && !out.path("active").booleanValue(), "active false");
    BenchData.check(out.path("emails").path(0).path("value").asText().equals("barbara.jensen@contoso.com"), "work email");
    BenchData.check(out.path("name").path("givenName").asText().equals("Barbara Jane"), "givenName");
    BenchData.check(out.path("name").path("familyName").asText().equals("Jensen-Smith"), "familyName");
    BenchData.check(ext.path("department").asText().equals("Finance"), "department");
    BenchData.check(ext.path("manager").path("value").asText().equals("a4c1b6f2-36d8-4e1c-9d2a-5f0e7b3c8d91"), "manager");
  }

  /** The adapter's {@code ScimPatch.apply(byte[], byte[])}: read, apply, write. */
  @Benchmark
  public byte[] ours() {
    return patch.apply(resource, request);
  }

  /** Jackson alone ({@link JacksonLine#floor}): read the resource and the request, write the resource. */
  @Benchmark
  public byte[] floor(Blackhole bh) throws IOException {
    return line.floor(resource, request, bh);
  }
}
