package dev.scimpatch.response;

import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one request asks of its response, beside the PATCH itself: its preconditions
 * ({@code If-Match}, {@code If-None-Match}), its {@code attributes} and
 * {@code excludedAttributes} parameters, and whether the server stamps {@code meta} on a change.
 * Everything is off unless set. Immutable.
 *
 * @param ifMatch the {@code If-Match} header, or {@code null}
 * @param ifNoneMatch the {@code If-None-Match} header, or {@code null}
 * @param attributes the {@code attributes} parameter, or {@code null}
 * @param excludedAttributes the {@code excludedAttributes} parameter, or {@code null}
 * @param stamp the clock {@code meta.lastModified} is read from when the request changes the
 *     resource (with {@code meta.version}), or {@code null} to leave {@code meta} alone
 * @since 0.1
 */
public record Exchange(@Nullable String ifMatch, @Nullable String ifNoneMatch, @Nullable String attributes,
    @Nullable String excludedAttributes, @Nullable Clock stamp) {

  private static final Exchange NONE = new Exchange(null, null, null, null, null);

  /** {@return no preconditions, no parameters, no stamping} */
  public static Exchange none() {
    return NONE;
  }

  /**
   * {@return this exchange with an {@code If-Match} header}
   *
   * @param header the header's value, or {@code null} for none
   */
  public Exchange withIfMatch(@Nullable String header) {
    return new Exchange(header, ifNoneMatch, attributes, excludedAttributes, stamp);
  }

  /**
   * {@return this exchange with an {@code If-None-Match} header}
   *
   * @param header the header's value, or {@code null} for none
   */
  public Exchange withIfNoneMatch(@Nullable String header) {
    return new Exchange(ifMatch, header, attributes, excludedAttributes, stamp);
  }

  /**
   * {@return this exchange with the {@code attributes} and {@code excludedAttributes} parameters}
   *
   * @param attributes the {@code attributes} parameter, or {@code null}
   * @param excludedAttributes the {@code excludedAttributes} parameter, or {@code null}
   */
  public Exchange withAttributes(@Nullable String attributes, @Nullable String excludedAttributes) {
    return new Exchange(ifMatch, ifNoneMatch, attributes, excludedAttributes, stamp);
  }

  /**
   * {@return this exchange stamping {@code meta.lastModified} and {@code meta.version} on a change}
   *
   * @param clock the clock, {@link Clock#systemUTC()} in production
   */
  public Exchange withStamp(Clock clock) {
    return new Exchange(ifMatch, ifNoneMatch, attributes, excludedAttributes, Objects.requireNonNull(clock, "clock"));
  }
}
