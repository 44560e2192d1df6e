package dev.scimpatch.response;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Resource versions ({@code meta.version}, sent as the {@code ETag}) and the {@code If-Match} /
 * {@code If-None-Match} preconditions of RFC 7644 §3.14.
 *
 * <p>A version is a weak entity tag, {@code W/"…"}, holding the first 128 bits of a SHA-256 of the
 * resource's canonical form, base64url without padding. The canonical form leaves out {@code meta}
 * (which carries the version itself and the time of the change), orders every object's members by
 * their names folded to ASCII lower case (names compare ignoring case in SCIM), keeps strings as
 * they are, and writes numbers by value ({@code 1.0} and {@code 1} are one number). So the
 * version is the same for the same resource whatever the JSON key order, whitespace or number
 * spelling, and differs when any value other than {@code meta} does.
 *
 * @since 0.1
 */
public final class Versions {
  private Versions() {}

  /**
   * The version of a resource, as {@code meta.version} and the {@code ETag} carry it.
   *
   * @param resource the resource
   * @return the weak entity tag, for example {@code W/"3q2-7wAAAAAAAAAAAAAAAA"}
   */
  public static String version(ScimObject resource) {
    Objects.requireNonNull(resource, "resource");
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    feedObject(digest, resource, true);
    byte[] hash = Arrays.copyOf(digest.digest(), 16);
    return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"";
  }

  /**
   * Checks the preconditions of a request against the current resource, before anything is
   * applied (RFC 7644 §3.14, RFC 9110 §13.1.1–2, weak comparison: {@code W/} is ignored).
   *
   * @param current the stored resource
   * @param ifMatch the {@code If-Match} header, or {@code null}: {@code *} or a list of entity tags
   * @param ifNoneMatch the {@code If-None-Match} header, or {@code null}
   * @throws ScimPatchException {@code 412} when {@code If-Match} names no tag equal to the current
   *     version, or {@code If-None-Match} names one (or {@code *}); and {@code 400} for a header that
   *     is not a list of entity tags
   */
  public static void checkPreconditions(ScimObject current, @Nullable String ifMatch, @Nullable String ifNoneMatch) {
    Objects.requireNonNull(current, "current");
    if (ifMatch == null && ifNoneMatch == null) {
      return;
    }
    String version = version(current);
    if (ifMatch != null && !matches(ifMatch, version)) {
      throw ScimPatchException.ofStatus(412, "If-Match " + quote(ifMatch) + " does not match the resource's version "
          + version + ": it changed since it was read (RFC 7644 §3.14)");
    }
    if (ifNoneMatch != null && matches(ifNoneMatch, version)) {
      throw ScimPatchException.ofStatus(412, "If-None-Match " + quote(ifNoneMatch) + " matches the resource's version "
          + version + " (RFC 7644 §3.14)");
    }
  }

  /**
   * Whether a {@code GET} (or {@code HEAD}) is answered {@code 304 Not Modified}: its
   * {@code If-None-Match} names the current version, or is {@code *} (RFC 7644 §3.14, RFC 9110
   * §13.1.2, weak comparison). For other methods a match is {@code 412}, which
   * {@link #checkPreconditions} throws.
   *
   * @param current the stored resource
   * @param ifNoneMatch the {@code If-None-Match} header, or {@code null}
   * @return whether the client's copy is current
   * @throws ScimPatchException {@code 400} for a header that is not a list of entity tags
   */
  public static boolean notModified(ScimObject current, @Nullable String ifNoneMatch) {
    Objects.requireNonNull(current, "current");
    return ifNoneMatch != null && matches(ifNoneMatch, version(current));
  }

  /**
   * Stamps a changed resource: {@code meta.lastModified} is the clock's time and
   * {@code meta.version} the resource's new version. Call it only when the request changed
   * something ({@link dev.scimpatch.PatchResult#changed()}), so that an unchanged resource keeps
   * both.
   *
   * @param resource the changed resource
   * @param clock the clock, {@link Clock#systemUTC()} in production
   * @return the resource with its {@code meta} stamped
   */
  public static ScimObject stamp(ScimObject resource, Clock clock) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(clock, "clock");
    String version = version(resource);
    ScimNode meta = resource.get("meta");
    ScimObject m = meta instanceof ScimObject o ? o : ScimObject.empty();
    m = m.with("lastModified", ScimString.of(DateTimeFormatter.ISO_INSTANT.format(clock.instant())))
        .with("version", ScimString.of(version));
    return resource.with("meta", m);
  }

  private static boolean matches(String header, String version) {
    String v = opaque(version);
    for (String tag : header.split(",", -1)) {
      String t = tag.strip();
      if (t.equals("*")) {
        return true;
      }
      if (!t.matches("(W/)?\"[^\"]*\"")) {
        throw ScimPatchException.ofStatus(400, quote(header) + " is not a list of entity tags (RFC 9110 §8.8.3)");
      }
      if (opaque(t).equals(v)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static String quote(String s) {
    return '"' + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + '"';
  }

  // Every part is tagged and length-prefixed, so that no two canonical forms share a stream.

  private static void feed(MessageDigest d, ScimNode n) {
    switch (n.kind()) {
      case OBJECT -> feedObject(d, (ScimObject) n, false);
      case ARRAY -> {
        ScimArray a = (ScimArray) n;
        tag(d, '[', a.size());
        for (ScimNode e : a) {
          feed(d, e);
        }
      }
      case STRING -> text(d, 's', ((ScimString) n).value());
      case NUMBER -> text(d, 'n', canonical(((ScimNumber) n).value()));
      case BOOLEAN, NULL -> text(d, 'b', n.toString());
    }
  }

  private static void feedObject(MessageDigest d, ScimObject o, boolean top) {
    String[] names = new String[o.size()];
    int n = 0;
    for (String name : o.names()) {
      if (!(top && Ascii.equalsIgnoreCase(name, "meta"))) {
        names[n++] = name;
      }
    }
    String[] folded = new String[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      folded[i] = Ascii.toLowerCase(names[i]);
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> folded[x].compareTo(folded[y]));
    tag(d, '{', n);
    for (int i : order) {
      text(d, 'k', folded[i]);
      feed(d, Objects.requireNonNull(o.get(names[i])));
    }
  }

  private static String canonical(BigDecimal v) {
    if (v.signum() == 0) {
      return "0";
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.unscaledValue() + "e" + s.scale();
  }

  private static void tag(MessageDigest d, char kind, int size) {
    d.update((byte) kind);
    d.update(new byte[] {(byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size});
  }

  /** A string as its UTF-16 units: lone surrogates, which UTF-8 cannot carry, stay distinct. */
  private static void text(MessageDigest d, char kind, String s) {
    tag(d, kind, s.length());
    byte[] units = new byte[2 * s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      units[2 * i] = (byte) (c >>> 8);
      units[2 * i + 1] = (byte) c;
    }
    d.update(units);
  }
}
