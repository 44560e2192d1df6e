package dev.scimpatch.testkit;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Turns valid path and filter strings into nearly valid ones, and makes random strings, for
 * robustness tests: parsers must reject what they get wrong cleanly, never crash.
 *
 * <p>Mutations insert, delete, replace, duplicate or swap characters, truncate, duplicate or
 * delete a range, or splice two inputs. Inserted characters come from an alphabet weighted toward
 * the characters the grammar cares about ({@code [ ] ( ) " . : $ \ } and space), letters, digits
 * and keywords, with some random Unicode, control characters, Turkish {@code İ ı} and unpaired
 * surrogates.
 *
 * <p>Stateless; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class StringMutator {

  private StringMutator() {}

  /** The characters the path and filter grammar treats specially. */
  public static final String SIGNIFICANT = "[]().\":$\\ ";

  private static final List<String> TOKENS = List.of(
      " and ", " or ", "not ", "not(", " pr", " eq ", " ne ", " co ", " sw ", " ew ", " gt ", " ge ",
      " lt ", " le ", " EQ ", " Pr", " AND ", "true", "FALSE", "null", "urn:", "$ref", "\\u", "\\u00",
      "1e", "-0", ".5", "E+", "[", "]", "(", ")", "\"", "ID", "id", "ıd", "İD", "emails", "value",
      "urn:ietf:params:scim:schemas:core:2.0:User:");

  /**
   * {@return a character from the weighted alphabet}
   *
   * @param rng the source of randomness
   */
  public static char randomChar(RandomGenerator rng) {
    int r = rng.nextInt(100);
    if (r < 40) {
      return SIGNIFICANT.charAt(rng.nextInt(SIGNIFICANT.length()));
    } else if (r < 65) {
      return ScimNames.alpha(rng);
    } else if (r < 72) {
      return (char) ('0' + rng.nextInt(10));
    } else if (r < 78) {
      return "-_+,/@#'eE".charAt(rng.nextInt(10));
    } else if (r < 83) {
      return "iIİı".charAt(rng.nextInt(4));
    } else if (r < 88) {
      return ScimValues.controlChar(rng);
    } else if (r < 91) {
      return ScimValues.loneSurrogate(rng);
    }
    return ScimValues.bmpChar(rng);
  }

  /**
   * {@return a random string of up to {@code maxLength} characters from the weighted alphabet}
   *
   * @param rng the source of randomness
   * @param maxLength the longest string wanted
   */
  public static String randomString(RandomGenerator rng, int maxLength) {
    int length = rng.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      int r = rng.nextInt(100);
      if (r < 12) {
        sb.append(ScimNames.pick(rng, TOKENS));
      } else if (r < 15) {
        sb.appendCodePoint(0x1F300 + rng.nextInt(0x300));
      } else {
        sb.append(randomChar(rng));
      }
    }
    return sb.length() > length ? sb.substring(0, length) : sb.toString();
  }

  /**
   * {@return {@code s} after one to three random mutations}
   *
   * @param rng the source of randomness
   * @param s the string
   */
  public static String mutate(RandomGenerator rng, String s) {
    int n = 1 + (rng.nextInt(3) == 0 ? rng.nextInt(3) : 0);
    String out = s;
    for (int i = 0; i < n; i++) {
      out = mutateOnce(rng, out);
    }
    return out;
  }

  /**
   * {@return {@code s} after one random mutation (the empty string may stay empty)}
   *
   * @param rng the source of randomness
   * @param s the string
   */
  public static String mutateOnce(RandomGenerator rng, String s) {
    int len = s.length();
    int at = rng.nextInt(len + 1);
    StringBuilder sb = new StringBuilder(s);
    switch (rng.nextInt(11)) {
      case 0, 1 -> sb.insert(at, randomChar(rng));
      case 2 -> sb.insert(at, ScimNames.pick(rng, TOKENS));
      case 3, 4 -> {
        if (at < len) {
          sb.deleteCharAt(at);
        }
      }
      case 5, 6 -> {
        if (at < len) {
          sb.setCharAt(at, randomChar(rng));
        } else {
          sb.append(randomChar(rng));
        }
      }
      case 7 -> {
        if (at < len) {
          sb.insert(at, s.charAt(at));
        }
      }
      case 8 -> {
        if (len >= 2) {
          int i = rng.nextInt(len - 1);
          char c = sb.charAt(i);
          sb.setCharAt(i, sb.charAt(i + 1));
          sb.setCharAt(i + 1, c);
        }
      }
      case 9 -> {
        return s.substring(0, at);
      }
      default -> {
        int to = at + rng.nextInt(len - at + 1);
        if (rng.nextBoolean()) {
          sb.insert(to, s, at, to);
        } else {
          sb.delete(at, to);
        }
      }
    }
    return sb.toString();
  }

  /**
   * {@return a prefix of {@code a} followed by a suffix of {@code b}}
   *
   * @param rng the source of randomness
   * @param a the string the prefix is taken from
   * @param b the string the suffix is taken from
   */
  public static String splice(RandomGenerator rng, String a, String b) {
    return a.substring(0, rng.nextInt(a.length() + 1)) + b.substring(rng.nextInt(b.length() + 1));
  }

  /**
   * {@return {@code s} with the ASCII letters outside JSON string literals re-spelled in random
   * case: keywords, operators, {@code true false null}, names and URNs change case, literals do
   * not} For a valid filter or path the result is valid too.
   *
   * @param rng the source of randomness
   * @param s the string
   */
  public static String respellOutsideStrings(RandomGenerator rng, String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean inString = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        sb.append(c);
        if (c == '\\' && i + 1 < s.length()) {
          sb.append(s.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        sb.append(c);
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        sb.append(rng.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * {@return {@code s} with some of its {@code i} and {@code I} replaced by one of {@code i},
   * {@code I}, {@code İ} (U+0130) and {@code ı} (U+0131): the letters whose case mapping depends on
   * a Turkish, Azerbaijani or Lithuanian default locale}
   *
   * @param rng the source of randomness
   * @param s the string
   */
  public static String turkishI(RandomGenerator rng, String s) {
    return turkishI(rng, s, false);
  }

  /**
   * Like {@link #turkishI(RandomGenerator, String)}, but if {@code literalsOnly} only inside JSON
   * string literals, so that a valid filter stays valid.
   *
   * @param rng the source of randomness
   * @param s the string
   * @param literalsOnly whether to replace letters inside JSON string literals only
   * @return the string with some of its {@code i} and {@code I} replaced
   */
  public static String turkishI(RandomGenerator rng, String s, boolean literalsOnly) {
    StringBuilder sb = new StringBuilder(s);
    boolean inString = false;
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (inString && c == '\\') {
        i++;
        continue;
      }
      if (c == '"') {
        inString = !inString;
      } else if ((c == 'i' || c == 'I') && (inString || !literalsOnly) && rng.nextInt(4) == 0) {
        sb.setCharAt(i, "iIİı".charAt(rng.nextInt(4)));
      }
    }
    return sb.toString();
  }
}
