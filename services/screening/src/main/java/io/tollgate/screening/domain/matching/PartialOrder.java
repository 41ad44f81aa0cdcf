package io.tollgate.screening.domain.matching;

import java.util.Arrays;

/**
 * Puts the smallest values of a long array first without sorting all of it: the candidate search ranks thousands of
 * names by their estimate but reads only the best few dozen entities, so it sorts a front part and sorts the rest only
 * when the front part did not suffice.
 */
final class PartialOrder {

    private PartialOrder() {
    }

    /**
     * Sorts {@code a[0, n)} far enough that its first {@code front} values are the smallest, in order, and every later
     * value is no smaller than them; returns how many values at the front are sorted ({@code n} when all are).
     */
    static int sortFront(long[] a, int n, int front) {
        if (n <= front * 2) {
            Arrays.sort(a, 0, n);
            return n;
        }
        select(a, 0, n - 1, front - 1);
        Arrays.sort(a, 0, front);
        return front;
    }

    /** Sorts the rest after {@link #sortFront}: the whole of {@code a[0, n)} is sorted then; returns {@code n}. */
    static int sortRest(long[] a, int sorted, int n) {
        Arrays.sort(a, sorted, n);
        return n;
    }

    /** Quickselect: afterwards {@code a[k]} holds the value it would hold sorted, smaller ones before, larger after. */
    private static void select(long[] a, int lo, int hi, int k) {
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            long pivot = median(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static long median(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
