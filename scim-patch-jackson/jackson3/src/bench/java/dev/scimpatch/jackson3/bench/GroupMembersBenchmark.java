package dev.scimpatch.jackson3.bench;

import dev.scimpatch.jackson.bench.JacksonLine;

/**
 * The Jackson 2 adapter's group membership workloads, {@link
 * dev.scimpatch.jackson.bench.GroupMembersBenchmark} (1,000 members added in one operation or
 * removed by 1,000 filtered operations, groups of 1,000 to 100,000 members, strict profile, Group
 * schema), through the Jackson 3 adapter and against the Jackson 3 floor. All else is inherited:
 * the groups and requests, the parameters, JMH's settings, and the setup's checks, which run on
 * what this adapter returns.
 */
public class GroupMembersBenchmark extends dev.scimpatch.jackson.bench.GroupMembersBenchmark {

  @Override
  protected JacksonLine line() {
    return Jackson3.LINE;
  }
}
