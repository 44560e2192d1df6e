package dev.scimpatch.engine;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A hash index from {@link KeyHasher} keys to positions of a {@link WorkingArray}: open addressing
 * on a {@code long[]}, so that an entry costs its key, a slot and, past one position, a small
 * array; no boxed keys, no entry objects.
 */
final class PositionIndex {

  private long[] keys = new long[16];
  private @Nullable Positions[] values = new Positions[16];
  private int size;

  /** The positions under {@code key}, or {@code null}. */
  @Nullable Positions get(long key) {
    int mask = keys.length - 1;
    for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
      Positions p = values[i];
      if (p == null) {
        return null;
      }
      if (keys[i] == key) {
        return p;
      }
    }
  }

  /** Adds a position under {@code key}. */
  void add(long key, int position) {
    if (key == KeyHasher.NONE) {
      return;
    }
    int mask = keys.length - 1;
    for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
      Positions p = values[i];
      if (p == null) {
        keys[i] = key;
        values[i] = new Positions(position);
        if (++size * 2 > keys.length) {
          grow();
        }
        return;
      }
      if (keys[i] == key) {
        p.add(position);
        return;
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    @Nullable Positions[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Positions[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      Positions p = oldValues[j];
      if (p != null) {
        int i = spread(oldKeys[j]) & mask;
        while (values[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = p;
      }
    }
  }

  private static int spread(long key) {
    return (int) (key ^ (key >>> 32));
  }

  /** A growable list of positions; most hold one. */
  static final class Positions {
    private int first;
    private int @Nullable [] more;
    int size;

    Positions() {}

    Positions(int i) {
      first = i;
      size = 1;
    }

    int get(int j) {
      int[] m = more;
      return j == 0 ? first : java.util.Objects.requireNonNull(m)[j - 1];
    }

    void add(int i) {
      if (size > 0 && get(size - 1) == i) {
        return; // the position again, as after a change and back
      }
      if (size == 0) {
        first = i;
      } else {
        int[] m = more;
        if (m == null) {
          m = new int[2];
        } else if (size - 1 == m.length) {
          m = Arrays.copyOf(m, m.length * 2);
        }
        m[size - 1] = i;
        more = m;
      }
      size++;
    }

    void clear() {
      size = 0;
      more = null;
    }
  }
}
