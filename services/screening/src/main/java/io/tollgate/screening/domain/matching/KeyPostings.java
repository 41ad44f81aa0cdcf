package io.tollgate.screening.domain.matching;

import java.util.Arrays;

/**
 * An immutable map from 64-bit key hashes to sorted lists of name-form ids, in primitive arrays: an
 * open-addressing key table pointing into one shared postings array. Built once, read concurrently.
 */
final class KeyPostings {

    private static final int[] EMPTY = new int[0];

    private final long[] keys;
    private final int[] starts;
    private final int[] lengths;
    private final int[] postings;
    private final int mask;

    private KeyPostings(long[] keys, int[] starts, int[] lengths, int[] postings, int mask) {
        this.keys = keys;
        this.starts = starts;
        this.lengths = lengths;
        this.postings = postings;
        this.mask = mask;
    }

    /** The postings of a key, as (start, length) in {@link #array()}; length 0 when absent. */
    long find(long key) {
        int slot = (int) mix(key) & mask;
        while (true) {
            if (lengths[slot] == 0) {
                return 0;
            }
            if (keys[slot] == key) {
                return ((long) starts[slot] << 32) | lengths[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    int[] array() {
        return postings;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** FNV-1a over a namespace letter and the text. */
    static long hash(char namespace, CharSequence s) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ namespace) * 0x100000001b3L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    static long hash(char namespace, int value) {
        return mix(((long) namespace << 40) ^ value ^ 0x9E3779B97F4A7C15L);
    }

    /** Collects (key, form) pairs; {@link #build()} sorts and packs them. */
    static final class Builder {
        private long[] pairKeys = new long[1 << 16];
        private int[] pairIds = new int[1 << 16];
        private int size;
        /** Whether ids came in ascending order (as the index builder adds them, form by form). */
        private boolean ascending = true;

        void add(long key, int id) {
            ascending &= size == 0 || id >= pairIds[size - 1];
            if (size == pairKeys.length) {
                pairKeys = Arrays.copyOf(pairKeys, size * 2);
                pairIds = Arrays.copyOf(pairIds, size * 2);
            }
            pairKeys[size] = key;
            pairIds[size] = id;
            size++;
        }

        KeyPostings build() {
            return ascending ? buildInOrder() : buildSorted();
        }

        /**
         * With ids added in ascending order, each key's postings are its ids in the order they came: count the pairs
         * per key in the key table, give each key its stretch of the postings array and fill it in one more pass.
         * Linear in the pairs (a sort of millions of pairs took half the index build).
         */
        private KeyPostings buildInOrder() {
            int cap = 1 << 12;
            long[] keys = new long[cap];
            boolean[] used = new boolean[cap];
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct * 2 >= cap) {
                    long[] oldKeys = keys;
                    boolean[] oldUsed = used;
                    cap <<= 1;
                    keys = new long[cap];
                    used = new boolean[cap];
                    for (int s = 0; s < oldKeys.length; s++) {
                        if (oldUsed[s]) {
                            int slot = slot(keys, used, oldKeys[s], cap - 1);
                            keys[slot] = oldKeys[s];
                            used[slot] = true;
                        }
                    }
                }
                int slot = slot(keys, used, pairKeys[i], cap - 1);
                if (!used[slot]) {
                    keys[slot] = pairKeys[i];
                    used[slot] = true;
                    distinct++;
                }
            }
            int[] slotOf = new int[size];
            int[] starts = new int[cap];
            for (int i = 0; i < size; i++) {
                slotOf[i] = slot(keys, used, pairKeys[i], cap - 1);
                starts[slotOf[i]]++;
            }
            int sum = 0;
            for (int s = 0; s < cap; s++) {
                int c = starts[s];
                starts[s] = sum;
                sum += c;
            }
            int[] lengths = new int[cap];
            int[] postings = new int[size];
            for (int i = 0; i < size; i++) {
                int s = slotOf[i];
                int id = pairIds[i];
                // a form filed twice under one key (two words with one skeleton) is one posting
                if (lengths[s] == 0 || postings[starts[s] + lengths[s] - 1] != id) {
                    postings[starts[s] + lengths[s]++] = id;
                }
            }
            return new KeyPostings(keys, starts, lengths, postings, cap - 1);
        }

        private static int slot(long[] keys, boolean[] used, long key, int mask) {
            int slot = (int) mix(key) & mask;
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private KeyPostings buildSorted() {
            long[] k = pairKeys;
            int[] ids = pairIds;
            int[] order = sortedOrder(k, ids, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || k[order[i]] != k[order[i - 1]]) {
                    distinct++;
                }
            }
            int cap = Integer.highestOneBit(Math.max(4, distinct * 2 - 1)) << 1;
            long[] keys = new long[cap];
            int[] starts = new int[cap];
            int[] lengths = new int[cap];
            int[] postings = new int[size];
            int p = 0;
            int i = 0;
            while (i < size) {
                long key = k[order[i]];
                int start = p;
                int last = -1;
                while (i < size && k[order[i]] == key) {
                    int id = ids[order[i]];
                    if (id != last) {
                        postings[p++] = id;
                        last = id;
                    }
                    i++;
                }
                int slot = (int) mix(key) & (cap - 1);
                while (lengths[slot] != 0) {
                    slot = (slot + 1) & (cap - 1);
                }
                keys[slot] = key;
                starts[slot] = start;
                lengths[slot] = p - start;
            }
            return new KeyPostings(keys, starts, lengths, Arrays.copyOf(postings, p), cap - 1);
        }

        /** The pair indices sorted by key, then id: a stable LSD radix sort, 16 bits a pass, no boxing. */
        private static int[] sortedOrder(long[] keys, int[] ids, int n) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            int[] tmp = new int[n];
            int[] count = new int[1 << 16];
            for (int pass = 0; pass < 6; pass++) {
                Arrays.fill(count, 0);
                for (int i = 0; i < n; i++) {
                    count[digit(keys, ids, a[i], pass)]++;
                }
                int sum = 0;
                for (int d = 0; d < count.length; d++) {
                    sum += count[d];
                    count[d] = sum;
                }
                for (int i = n - 1; i >= 0; i--) {
                    tmp[--count[digit(keys, ids, a[i], pass)]] = a[i];
                }
                int[] t = a;
                a = tmp;
                tmp = t;
            }
            return a;
        }

        private static int digit(long[] keys, int[] ids, int i, int pass) {
            return pass < 2 ? (ids[i] >>> (pass * 16)) & 0xFFFF : (int) ((keys[i] >>> ((pass - 2) * 16)) & 0xFFFF);
        }
    }
}
