package dev.scimpatch.engine;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Text;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The keys of {@link WorkingArray}'s indexes: a 64-bit SipHash-1-3 of a value's canonical form
 * (strings folded unless case-exact, numbers by value, names of objects folded and sorted, every
 * part length-prefixed), fed without building the form as text. The hash key is drawn once per
 * JVM from {@link SecureRandom}, so a client cannot choose values whose keys collide; a collision
 * by chance only widens a candidate list, which callers check value by value.
 *
 * <p>One instance per working array (not thread-safe): it holds the hash state between calls.
 */
final class KeyHasher {

  /** The key {@link #NONE} stands for "no key"; a real hash that equals it is moved by one. */
  static final long NONE = Long.MIN_VALUE;

  private static final long K0;
  private static final long K1;

  static {
    SecureRandom random = new SecureRandom();
    K0 = random.nextLong();
    K1 = random.nextLong();
  }

  private long v0;
  private long v1;
  private long v2;
  private long v3;
  private long pending;
  private int pendingChars;
  private long units;
  /** Characters fed since {@link #begin()}, for the work they cost. */
  private long chars;

  /** Starts a key. */
  KeyHasher begin() {
    v0 = K0 ^ 0x736f6d6570736575L;
    v1 = K1 ^ 0x646f72616e646f6dL;
    v2 = K0 ^ 0x6c7967656e657261L;
    v3 = K1 ^ 0x7465646279746573L;
    pending = 0;
    pendingChars = 0;
    units = 0;
    chars = 0;
    return this;
  }

  /** {@return the characters fed since {@link #begin()}} */
  long chars() {
    return chars;
  }

  /** Ends the key and returns it; never {@link #NONE}. */
  long finish() {
    long last = pending | ((units & 0xffL) << 56);
    compress(last);
    v2 ^= 0xff;
    round();
    round();
    round();
    long h = v0 ^ v1 ^ v2 ^ v3;
    return h == NONE ? NONE + 1 : h;
  }

  /** Feeds a kind tag or a length. */
  KeyHasher tag(int value) {
    unit((char) (value >>> 16));
    unit((char) value);
    return this;
  }

  /** Feeds a string as it is, length first. */
  KeyHasher exact(String s) {
    tag(s.length());
    for (int i = 0, n = s.length(); i < n; i++) {
      unit(s.charAt(i));
    }
    chars += s.length();
    return this;
  }

  /** Feeds a string as {@link Text#foldCase} folds it, length first; folds ASCII in place. */
  KeyHasher folded(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return exact(Text.foldCase(s));
      }
    }
    tag(s.length());
    for (int i = 0, n = s.length(); i < n; i++) {
      unit(Ascii.toLower(s.charAt(i)));
    }
    chars += s.length();
    return this;
  }

  /**
   * Feeds a value as {@link Object#equals(Object) equals} compares it, strings folded unless {@code exact}
   * (at the top; inside arrays and objects as they are, as equality compares them).
   */
  KeyHasher value(ScimNode v, boolean exact) {
    switch (v.kind()) {
      case STRING -> {
        tag('s');
        String s = ((ScimString) v).value();
        if (exact) {
          exact(s);
        } else {
          folded(s);
        }
      }
      case NUMBER -> tag('n').exact(canonical((ScimNumber) v));
      case BOOLEAN, NULL -> tag('b').exact(v.toString());
      case ARRAY -> {
        ScimArray a = (ScimArray) v;
        tag('[').tag(a.size());
        for (ScimNode e : a) {
          value(e, true);
        }
      }
      case OBJECT -> {
        ScimObject o = (ScimObject) v;
        String[] names = new String[o.size()];
        for (int j = 0; j < names.length; j++) {
          names[j] = Ascii.toLowerCase(o.names().get(j));
        }
        Arrays.sort(names);
        tag('{').tag(names.length);
        for (String name : names) {
          exact(name);
          value(Objects.requireNonNull(o.get(name)), true);
        }
      }
    }
    return this;
  }

  /** A number's text that equal numbers share: its digits without trailing zeros, and the exponent. */
  private static String canonical(ScimNumber n) {
    BigDecimal v = n.value();
    if (v.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.unscaledValue() + "e" + stripped.scale();
  }

  private void unit(char c) {
    pending |= (long) c << (16 * pendingChars);
    units++;
    if (++pendingChars == 4) {
      compress(pending);
      pending = 0;
      pendingChars = 0;
    }
  }

  private void compress(long m) {
    v3 ^= m;
    round();
    v0 ^= m;
  }

  private void round() {
    v0 += v1;
    v1 = Long.rotateLeft(v1, 13);
    v1 ^= v0;
    v0 = Long.rotateLeft(v0, 32);
    v2 += v3;
    v3 = Long.rotateLeft(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = Long.rotateLeft(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = Long.rotateLeft(v1, 17);
    v1 ^= v2;
    v2 = Long.rotateLeft(v2, 32);
  }
}
