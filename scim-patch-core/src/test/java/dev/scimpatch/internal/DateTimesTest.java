package dev.scimpatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict xsd:dateTime (RFC 7643 §2.3.5) at its boundaries, both ways. */
class DateTimesTest {

  @ParameterizedTest
  @CsvSource({
      "2024-02-29T00:00:00Z, 2024-02-29T00:00:00Z",
      "2000-02-29T12:00:00Z, 2000-02-29T12:00:00Z",
      "2023-12-31T23:59:59.999999999Z, 2023-12-31T23:59:59.999999999Z",
      "2024-01-01T00:00:00+14:00, 2023-12-31T10:00:00Z",
      "2024-01-01T00:00:00-14:00, 2024-01-01T14:00:00Z",
      "2024-01-01T00:00:00, 2024-01-01T00:00:00Z",
      "2024-06-30T23:59:59.5-04:30, 2024-07-01T04:29:59.500Z"})
  void datesThatExistAreRead(String text, String instant) {
    assertThat(DateTimes.parse(text)).isEqualTo(Instant.parse(instant));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-02-30T00:00:00Z", // no February 30
      "2023-02-29T00:00:00Z", // 2023 is no leap year
      "1900-02-29T00:00:00Z", // nor is 1900
      "2024-04-31T00:00:00Z",
      "2024-13-01T00:00:00Z",
      "2024-01-01T24:00:00Z",
      "2024-01-01T23:60:00Z",
      "2024-01-01T23:59:60Z", // no leap seconds
      "2024-01-01T00:00:00+14:01",
      "2024-01-01T00:00:00-15:00",
      "2024-01-01T00:00:00+02:60",
      "2024-01-01T00:00:00.1234567890Z",
      "2024-01-01",
      "2024-01-01T00:00Z",
      "2024-01-01t00:00:00Z",
      " 2024-01-01T00:00:00Z"})
  void anythingElseIsNot(String text) {
    assertThat(DateTimes.parse(text)).isNull();
  }
}
