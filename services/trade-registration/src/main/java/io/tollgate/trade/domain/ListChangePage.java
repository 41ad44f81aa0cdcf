package io.tollgate.trade.domain;

import java.util.List;

/** A page of the list change feed: the changes, where to resume, and whether more follow. */
public record ListChangePage(long nextCursor, boolean more, List<ListChange> changes) {

    public ListChangePage {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
