package dev.scimpatch.jackson.testkit;

import com.fasterxml.jackson.core.json.PackageVersion;

/** What the Jackson release the tests run on does itself (they run on the floor and the newest). */
public final class JacksonRelease {
  private JacksonRelease() {}

  /**
   * Whether Jackson's own UTF-8 writer, with {@code COMBINE_UNICODE_SURROGATES_IN_UTF8}, writes an
   * unpaired surrogate as an escape: from 2.21. Before, it joins it to the character after it. The
   * adapter's writer works around that; databind's writer is Jackson's, so a test that compares the
   * two holds there only for text without one.
   */
  public static final boolean WRITES_UNPAIRED_SURROGATES = PackageVersion.VERSION.getMajorVersion() > 2
      || PackageVersion.VERSION.getMinorVersion() >= 21;
}
