package dev.scimpatch.testkit;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The values {@link UserGenerator}, {@link GroupGenerator} and {@link OperationGenerator} share:
 * well-formed SCIM values (e-mail addresses, phone numbers, names, member ids, valid
 * xsd:dateTimes) drawn from small pools, so that generated operations often name values a
 * generated resource has, and sometimes values it has in another ASCII case.
 *
 * <p>No pool value contains a character that a JSON string must escape; a few have non-ASCII
 * letters ({@code ß}, {@code ı}, {@code İ}) whose case folding differs between locales. The
 * {@code SENTINEL_*} values are never drawn, so an operation that names one addresses nothing.
 */
public final class ScimVocabulary {

  private ScimVocabulary() {}

  /** The enterprise User extension's URN. */
  public static final String ENTERPRISE = ScimNames.ENTERPRISE_USER;

  /** The core User schema's URN. */
  public static final String CORE_USER = ScimNames.CORE_USER;

  /** The core Group schema's URN. */
  public static final String CORE_GROUP = ScimNames.CORE_GROUP;

  /** An e-mail address no generator ever draws: a filter on it matches nothing. */
  public static final String SENTINEL_EMAIL = "nobody@sentinel.invalid";

  /** A member id no generator ever draws. */
  public static final String SENTINEL_MEMBER = "00000000-dead-beef-0000-000000000000";

  /** A string no generator ever draws as the value of an attribute. */
  public static final String SENTINEL_STRING = "sentinel-never-generated";

  /** A valid xsd:dateTime no generator ever draws (generated years are 2015 to 2027). */
  public static final String SENTINEL_DATE_TIME = "1999-12-31T23:59:59Z";

  /** E-mail addresses, distinct ignoring case. */
  static final List<String> EMAILS = List.of(
      "bjensen@example.com", "babs@jensen.org", "barbara@example.org", "b.jensen+scim@example.com",
      "ıslak@example.com.tr", "straße@example.de", "hr@example.com", "it@example.com",
      "jensen@EXAMPLE.COM", "Babs.Jensen@Example.com", "istanbul@example.com", "İstanbul@example.net");

  /** Phone numbers. */
  static final List<String> PHONES = List.of(
      "+1 555 555 5555", "555-555-4444", "+44 20 7946 0000", "tel:+1-201-555-0123", "+90 212 555 0000",
      "+49 30 1234567");

  /** Canonical {@code type}s of e-mails and addresses. */
  static final List<String> EMAIL_TYPES = List.of("work", "home", "other");

  /** Canonical {@code type}s of phone numbers. */
  static final List<String> PHONE_TYPES = List.of("work", "home", "mobile", "fax", "pager", "other");

  /** Street addresses. */
  static final List<String> STREETS = List.of(
      "100 Universal City Plaza", "456 Hollywood Blvd", "Istiklal Caddesi 1", "Hauptstraße 5", "1 Main St");

  /** Cities. */
  static final List<String> LOCALITIES = List.of("Hollywood", "İstanbul", "Berlin", "Springfield");

  /** States and provinces. */
  static final List<String> REGIONS = List.of("CA", "IL", "BE", "34");

  /** Postal codes. */
  static final List<String> POSTAL_CODES = List.of("91608", "34433", "10115", "62701");

  /** ISO 3166 country codes. */
  static final List<String> COUNTRIES = List.of("US", "TR", "DE");

  /** Given names. */
  static final List<String> GIVEN_NAMES = List.of("Barbara", "Babs", "İlkay", "Ingrid", "José", "Zoë", "Irmak");

  /** Family names. */
  static final List<String> FAMILY_NAMES = List.of("Jensen", "Yılmaz", "Straße", "Smith", "Öztürk");

  /** Middle names. */
  static final List<String> MIDDLE_NAMES = List.of("Jane", "Ann", "Işık");

  /** Honorific prefixes. */
  static final List<String> PREFIXES = List.of("Ms.", "Mr.", "Dr.");

  /** Honorific suffixes. */
  static final List<String> SUFFIXES = List.of("III", "Jr.", "PhD");

  /** User names. */
  static final List<String> USER_NAMES = List.of(
      "bjensen", "BJensen", "babs", "jsmith", "ilkay.yilmaz", "İlkay", "jose@example.com", "irmak");

  /** Display names of users. */
  static final List<String> DISPLAY_NAMES = List.of(
      "Babs Jensen", "Barbara Jensen", "İlkay Yılmaz", "José Smith", "Ingrid Straße");

  /** Nicknames. */
  static final List<String> NICK_NAMES = List.of("Babs", "Bee", "Ilo", "Pepe");

  /** Titles. */
  static final List<String> TITLES = List.of("Tour Guide", "Engineer", "Manager", "Başmühendis", "CEO");

  /** User types. */
  static final List<String> USER_TYPES = List.of("Employee", "Contractor", "Intern");

  /** Preferred languages (RFC 7231 Accept-Language values). */
  static final List<String> LANGUAGES = List.of("en-US", "tr-TR", "de-DE", "en;q=0.9, tr;q=0.8");

  /** Locales. */
  static final List<String> LOCALES = List.of("en-US", "tr-TR", "de-DE");

  /** Time zones. */
  static final List<String> TIMEZONES = List.of("America/Los_Angeles", "Europe/Istanbul", "Europe/Berlin");

  /** Enterprise employee numbers. */
  static final List<String> EMPLOYEE_NUMBERS = List.of("701984", "4130", "12345", "000042");

  /** Enterprise cost centers. */
  static final List<String> COST_CENTERS = List.of("4130", "CC-1", "CC-İST");

  /** Enterprise organizations. */
  static final List<String> ORGANIZATIONS = List.of("Universal Studios", "Example Corp", "Örnek A.Ş.");

  /** Enterprise divisions. */
  static final List<String> DIVISIONS = List.of("Theme Park", "R&D", "Sales");

  /** Enterprise departments. */
  static final List<String> DEPARTMENTS = List.of("Tour Operations", "Engineering", "Human Resources");

  /** Display names of groups. */
  static final List<String> GROUP_NAMES = List.of(
      "Tour Guides", "Employees", "Admins", "İstanbul Office", "R&D", "straße-team");

  /** Member and manager ids: distinct even ignoring case. */
  static final List<String> IDS = List.of(
      "2819c223-7f76-453a-919d-413861904646", "902c246b-6245-4190-8e05-00816be7344a",
      "26118915-6090-4610-87e4-49d8ca9f808d", "c3a26dd3-8428-4d2d-a5b5-9b5e5a34b3b1",
      "6c5bb468-14b2-4183-baf2-06d523e03bd3", "f2c6d4b1-7e3a-4c9b-9d3e-0a1b2c3d4e5f",
      "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "11111111-2222-4333-8444-555555555555",
      "deadc0de-0000-4000-8000-000000000001", "deadc0de-0000-4000-8000-000000000002",
      "0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b-e07fc1f90ae7");

  /** {@code display} values of multi-valued attributes. */
  static final List<String> DISPLAYS = List.of("Babs Jensen", "Work e-mail", "Mandy Pepperidge", "İş");

  /** Returns one element of a list. */
  static <T> T pick(RandomGenerator rng, List<T> list) {
    return list.get(rng.nextInt(list.size()));
  }

  /**
   * Folds a string as the engine compares values of attributes that are not {@code caseExact}: NFC
   * normalisation, then {@code toLowerCase(Locale.ROOT)}.
   *
   * @param s the string
   * @return the folded string
   */
  public static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /**
   * {@return a valid xsd:dateTime between 2015 and 2027: always a real date, with or without a
   * fraction of a second, in UTC ({@code Z}) or with an offset}
   *
   * @param rng the source of randomness
   */
  public static String dateTime(RandomGenerator rng) {
    StringBuilder sb = new StringBuilder(32);
    sb.append(2015 + rng.nextInt(13)).append('-');
    pad(sb, 1 + rng.nextInt(12)).append('-');
    pad(sb, 1 + rng.nextInt(28)).append('T');
    pad(sb, rng.nextInt(24)).append(':');
    pad(sb, rng.nextInt(60)).append(':');
    pad(sb, rng.nextInt(60));
    if (rng.nextInt(4) == 0) {
      sb.append('.').append(100 + rng.nextInt(900));
    }
    if (rng.nextBoolean()) {
      sb.append('Z');
    } else {
      sb.append(rng.nextBoolean() ? '+' : '-');
      pad(sb, rng.nextInt(14)).append(':').append(rng.nextBoolean() ? "00" : "30");
    }
    return sb.toString();
  }

  private static StringBuilder pad(StringBuilder sb, int value) {
    if (value < 10) {
      sb.append('0');
    }
    return sb.append(value);
  }

  /**
   * {@return a random lower-case UUID-shaped id (8-4-4-4-12 hexadecimal digits)}
   *
   * @param rng the source of randomness
   */
  public static String uuid(RandomGenerator rng) {
    StringBuilder sb = new StringBuilder(36);
    int[] groups = {8, 4, 4, 4, 12};
    for (int g = 0; g < groups.length; g++) {
      if (g > 0) {
        sb.append('-');
      }
      for (int i = 0; i < groups[g]; i++) {
        sb.append(Character.forDigit(rng.nextInt(16), 16));
      }
    }
    return sb.toString();
  }

  /**
   * Quotes a string as a JSON string literal for a filter: quotes, backslashes and control
   * characters escaped.
   *
   * @param s the string
   * @return the literal, in double quotes
   */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
