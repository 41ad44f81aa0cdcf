package io.tollgate.screening.domain.matching;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A small pool of costly, non-thread-safe objects (ICU transliterators, per-search working memory): borrowed
 * for one use and returned. Unlike a ThreadLocal it holds no more instances than ran at the same time (up to
 * a cap), however many threads a server pool has.
 */
final class ObjectPool<T> {

    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final Supplier<T> factory;
    private final int maxIdle;

    ObjectPool(Supplier<T> factory, int maxIdle) {
        this.factory = factory;
        this.maxIdle = maxIdle;
    }

    T borrow() {
        T t = idle.poll();
        if (t == null) {
            return factory.get();
        }
        idleCount.decrementAndGet();
        return t;
    }

    void release(T t) {
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(t);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
