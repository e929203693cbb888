package org.platekeeper.hotlists.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.platekeeper.hotlists.domain.HotListEntryStore;
import org.platekeeper.hotlists.domain.HotListImport;
import org.platekeeper.hotlists.domain.HotListRepository;

/** An import the server was stopped in the middle of: its half-loaded generation goes, its list stays as it was. */
@Singleton
@Startup
@DependsOn("DatabaseBootstrap")
public class InterruptedImports {

    @Inject
    HotListRepository lists;

    @Inject
    HotListEntryStore store;

    @Inject
    ImportLedger ledger;

    @PostConstruct
    void clearUp() {
        for (HotListImport interrupted : lists.running()) {
            store.deleteGeneration(interrupted.listId(), interrupted.generation());
            ledger.fail(interrupted.id(), "the server stopped during the import; the list is unchanged",
                    interrupted.rejections());
        }
    }
}
