package org.platekeeper.web.console.hotlists;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.platekeeper.hotlists.application.EntryView;
import org.platekeeper.hotlists.application.HotListImports;
import org.platekeeper.hotlists.application.HotLists;
import org.platekeeper.hotlists.application.HotListView;
import org.platekeeper.hotlists.application.ImportView;
import org.platekeeper.hotlists.application.NewHotList;
import org.platekeeper.hotlists.domain.HotListFileFormat;
import org.platekeeper.hotlists.domain.HotListKind;
import org.platekeeper.hotlists.domain.HotListSource;
import org.platekeeper.web.console.shell.ConsoleActions;

/** Lists, their entries, new lists and file imports with their progress and report. */
@Named
@ViewScoped
public class HotListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HotLists hotLists;

    @Inject
    transient HotListImports imports;

    private List<HotListView> lists;
    private HotListView selected;
    private String platePrefix;
    private List<EntryView> entries = List.of();
    private String newName;
    private HotListKind newKind = HotListKind.STOLEN_VEHICLE;
    private HotListSource newSource = HotListSource.NCIC;
    private HotListFileFormat format = HotListFileFormat.NCIC_FIXED;
    private UUID importId;
    private ImportView importStatus;

    @PostConstruct
    void load() {
        lists = hotLists.lists();
    }

    public void select(HotListView list) {
        selected = list;
        platePrefix = null;
        entries = List.of();
        importStatus = null;
        importId = null;
    }

    public void showEntries() {
        List<EntryView> found = ConsoleActions.perform(() -> hotLists.entries(selected.id(), platePrefix), null);
        entries = found == null ? List.of() : found;
    }

    public void create() {
        HotListView created = ConsoleActions.perform(() -> hotLists.create(new NewHotList(newName, newKind,
                newSource)), "List created");
        if (created != null) {
            lists = hotLists.lists();
            newName = null;
        }
    }

    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream file = event.getFile().getInputStream()) {
            ImportView started = ConsoleActions.perform(() -> imports.start(selected.id(), format,
                    event.getFile().getFileName(), file), "Import started");
            if (started != null) {
                importId = started.id();
                importStatus = started;
            }
        }
    }

    /** Polled while an import runs. */
    public void refreshImport() {
        if (importId != null) {
            importStatus = imports.status(importId);
            if (!importStatus.running()) {
                lists = hotLists.lists();
                selected = lists.stream().filter(l -> l.id().equals(selected.id())).findFirst().orElse(selected);
            }
        }
    }

    public List<ImportView> getRecentImports() {
        return selected == null ? List.of() : imports.imports(selected.id());
    }

    /** How much of the file the running import has read, for the progress bar. */
    public int getProgress() {
        return importStatus == null ? 0 : importStatus.percentDone();
    }

    public boolean isImportRunning() {
        return importStatus != null && importStatus.running();
    }

    public HotListKind[] getKinds() {
        return HotListKind.values();
    }

    public HotListSource[] getSources() {
        return new HotListSource[] {HotListSource.NCIC, HotListSource.STATE, HotListSource.LOCAL};
    }

    public HotListFileFormat[] getFormats() {
        return HotListFileFormat.values();
    }

    public List<HotListView> getLists() {
        return lists;
    }

    public HotListView getSelected() {
        return selected;
    }

    public List<EntryView> getEntries() {
        return entries;
    }

    public String getPlatePrefix() {
        return platePrefix;
    }

    public void setPlatePrefix(String platePrefix) {
        this.platePrefix = platePrefix;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public HotListKind getNewKind() {
        return newKind;
    }

    public void setNewKind(HotListKind newKind) {
        this.newKind = newKind;
    }

    public HotListSource getNewSource() {
        return newSource;
    }

    public void setNewSource(HotListSource newSource) {
        this.newSource = newSource;
    }

    public HotListFileFormat getFormat() {
        return format;
    }

    public void setFormat(HotListFileFormat format) {
        this.format = format;
    }

    public ImportView getImportStatus() {
        return importStatus;
    }
}
