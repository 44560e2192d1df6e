package dev.scimpatch.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** xsd:dateTime values (RFC 7643 §2.3.5) as instants, for chronological comparison. */
public final class DateTimes {
  private DateTimes() {}

  /** xsd:dateTime with a four-digit year: date, 'T', time with seconds, optional fraction and zone. */
  private static final Pattern SHAPE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?");

  private static final int MAX_OFFSET_SECONDS = 14 * 3600;

  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          // No February 30 and no hour 24: a date that does not exist is not rounded to one that does.
          .withResolverStyle(ResolverStyle.STRICT);

  /**
   * Returns the instant {@code s} denotes, or {@code null} if it is not an xsd:dateTime that
   * java.time can represent: a date that exists (no February 30, February 29 in leap years only),
   * hours 00 to 23 (not xsd 1.0's 24:00:00), a zone from -14:00 to +14:00. A value without a zone
   * is taken as UTC.
   */
  public static @Nullable Instant parse(String s) {
    if (s.length() < 19 || s.length() > 35 || s.charAt(10) != 'T' || !SHAPE.matcher(s).matches()) {
      return null;
    }
    try {
      TemporalAccessor t = FORMAT.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
      if (t instanceof OffsetDateTime o) {
        // xsd:dateTime zones run from -14:00 to +14:00.
        return Math.abs(o.getOffset().getTotalSeconds()) > MAX_OFFSET_SECONDS ? null : o.toInstant();
      }
      return ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
