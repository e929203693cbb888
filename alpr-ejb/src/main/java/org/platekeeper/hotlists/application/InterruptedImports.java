package org.platekeeper.hotlists.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.platekeeper.shared.application.ThisServer;
import org.platekeeper.hotlists.domain.HotListEntryStore;
import org.platekeeper.hotlists.domain.HotListImport;
import org.platekeeper.hotlists.domain.HotListRepository;

/**
 * An import this server was stopped in the middle of: its half-loaded generation goes, its list stays as it was.
 * Imports that another server sharing the database is running are its own business.
 */
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

    @Inject
    ThisServer thisServer;

    @PostConstruct
    void clearUp() {
        for (HotListImport interrupted : lists.runningOn(thisServer.name())) {
            store.deleteGeneration(interrupted.listId(), interrupted.generation());
            ledger.fail(interrupted.id(), "the server stopped during the import; the list is unchanged",
                    interrupted.rejections());
        }
    }
}
