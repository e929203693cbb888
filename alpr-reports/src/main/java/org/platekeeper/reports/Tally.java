package org.platekeeper.reports;

import java.util.List;

/** A labelled count: alerts of one disposition, cameras of one type, events of one action. */
public record Tally(String label, long count) {

    static List<List<String>> rows(List<Tally> tallies) {
        return tallies.stream().map(t -> List.of(t.label(), Cells.count(t.count()))).toList();
    }
}
