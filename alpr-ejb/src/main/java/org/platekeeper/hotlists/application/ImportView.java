package org.platekeeper.hotlists.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.platekeeper.hotlists.domain.HotListFileFormat;
import org.platekeeper.hotlists.domain.HotListImport;

/** An import's progress while it runs, and its report when it has ended. */
public record ImportView(UUID id, UUID listId, HotListFileFormat format, String fileName,
                         HotListImport.Status status, int percentDone, int linesRead, int accepted, int rejected,
                         List<String> rejections, String message, String startedBy, Instant startedAt,
                         Instant finishedAt) {

    static ImportView of(HotListImport i) {
        List<String> reasons = i.rejections() == null || i.rejections().isEmpty() ? List.of()
                : List.of(i.rejections().split("\n"));
        return new ImportView(i.id(), i.listId(), i.format(), i.fileName(), i.status(), i.percentDone(), i.linesRead(),
                i.accepted(), i.rejected(), reasons, i.message(), i.startedBy(), i.startedAt(), i.finishedAt());
    }

    public boolean running() {
        return status == HotListImport.Status.RUNNING;
    }
}
