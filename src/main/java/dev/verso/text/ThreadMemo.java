package dev.verso.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded memo of a function whose answer depends on its argument alone, one per thread (no
 * locking): each thread remembers its last answers and starts afresh when it holds {@code capacity}
 * of them. Words and chunks of text repeat (Zipf), so a few thousand entries answer most calls.
 *
 * @param <K> the argument
 * @param <V> the answer
 */
public final class ThreadMemo<K, V> {
  private final ThreadLocal<Map<K, V>> answers = ThreadLocal.withInitial(HashMap::new);
  private final int capacity;
  private final Function<K, V> function;

  /** A memo of {@code function} holding at most {@code capacity} answers per thread. */
  public ThreadMemo(int capacity, Function<K, V> function) {
    this.capacity = capacity;
    this.function = function;
  }

  /** {@code function.apply(key)}, remembered. */
  public V get(K key) {
    Map<K, V> map = answers.get();
    V v = map.get(key);
    if (v == null) {
      v = function.apply(key);
      if (map.size() >= capacity) {
        map.clear();
      }
      map.put(key, v);
    }
    return v;
  }
}
