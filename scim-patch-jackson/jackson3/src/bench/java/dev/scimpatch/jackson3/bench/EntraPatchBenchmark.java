package dev.scimpatch.jackson3.bench;

import dev.scimpatch.jackson.bench.JacksonLine;

/**
 * The Jackson 2 adapter's Entra ID user patch, {@link dev.scimpatch.jackson.bench.EntraPatchBenchmark}
 * (six operations, profile {@code entra}, User schema with the enterprise extension), through the
 * Jackson 3 adapter and against the Jackson 3 floor. All else is inherited: the documents, JMH's
 * settings, and the setup's checks, which run on what this adapter returns.
 */
public class EntraPatchBenchmark extends dev.scimpatch.jackson.bench.EntraPatchBenchmark {

  @Override
  protected JacksonLine line() {
    return Jackson3.LINE;
  }
}
