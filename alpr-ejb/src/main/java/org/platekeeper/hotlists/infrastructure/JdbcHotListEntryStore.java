package org.platekeeper.hotlists.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.platekeeper.hotlists.domain.HotListEntryStore;
import org.platekeeper.hotlists.domain.HotListIndex;
import org.platekeeper.hotlists.domain.HotListKind;
import org.platekeeper.hotlists.domain.ImportedEntry;

/** Plain JDBC for the bulk work: batched inserts of imported entries and one streaming read for the index. */
@ApplicationScoped
public class JdbcHotListEntryStore implements HotListEntryStore {

    private static final String INSERT = """
            insert into hot_list_entry (list_id, generation, plate, state, kind, status, reason, case_number,
                                        reference, vehicle, incident_date, expires_on)
            values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?)""";
    private static final String ACTIVE = """
            select e.id, e.plate, e.state, e.kind, e.list_id
              from hot_list_entry e join hot_list l on l.id = e.list_id and e.generation = l.active_generation
             where e.status = 'ACTIVE' and (e.expires_on is null or e.expires_on >= ?)""";
    private static final int DELETE_CHUNK = 50_000;

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @Override
    public void insert(UUID listId, int generation, List<ImportedEntry> entries) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(INSERT)) {
            for (ImportedEntry e : entries) {
                p.setObject(1, listId);
                p.setInt(2, generation);
                p.setString(3, e.plate().text());
                p.setString(4, e.state());
                p.setString(5, e.kind().name());
                p.setString(6, e.reason());
                p.setString(7, e.caseNumber());
                p.setString(8, e.reference());
                p.setString(9, e.vehicle());
                p.setObject(10, e.incidentDate() == null ? null : Date.valueOf(e.incidentDate()));
                p.setObject(11, e.expiresOn() == null ? null : Date.valueOf(e.expiresOn()));
                p.addBatch();
            }
            p.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("storing hot-list entries failed", e);
        }
    }

    @Override
    public void progress(UUID importId, long bytesRead, int linesRead, int accepted, int rejected) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "update hot_list_import set bytes_read = ?, lines_read = ?, accepted = ?, rejected = ? where id = ?")) {
            p.setLong(1, bytesRead);
            p.setInt(2, linesRead);
            p.setInt(3, accepted);
            p.setInt(4, rejected);
            p.setObject(5, importId);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording import progress failed", e);
        }
    }

    @Override
    public void deleteGeneration(UUID listId, int generation) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement("""
                delete from hot_list_entry where id in (select id from hot_list_entry
                 where list_id = ? and generation = ? limit ?)""")) {
            p.setObject(1, listId);
            p.setInt(2, generation);
            p.setInt(3, DELETE_CHUNK);
            while (p.executeUpdate() == DELETE_CHUNK) {
                // the next chunk
            }
        } catch (SQLException e) {
            throw new IllegalStateException("deleting a replaced hot-list generation failed", e);
        }
    }

    @Override
    public void forEachActive(LocalDate today, Consumer<HotListIndex.Entry> entries) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(ACTIVE)) {
            p.setFetchSize(10_000);
            p.setObject(1, Date.valueOf(today));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    entries.accept(new HotListIndex.Entry(r.getLong(1), r.getString(2), r.getString(3),
                            HotListKind.valueOf(r.getString(4)), r.getObject(5, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("loading the hot-list index failed", e);
        }
    }
}
