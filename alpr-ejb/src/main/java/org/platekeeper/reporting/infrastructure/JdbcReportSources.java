package org.platekeeper.reporting.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.platekeeper.reporting.domain.ReportSources;
import org.platekeeper.reports.ChainOfCustodyReport.CustodyStep;
import org.platekeeper.reports.ComplianceAuditReport.EntryActivity;
import org.platekeeper.reports.ComplianceAuditReport.Finding;
import org.platekeeper.reports.ComplianceAuditReport.FlaggedSearch;
import org.platekeeper.reports.ComplianceAuditReport.LapsedTraining;
import org.platekeeper.reports.ComplianceAuditReport.PartnerDisclosures;
import org.platekeeper.reports.ComplianceAuditReport.PurgeSummary;
import org.platekeeper.reports.ComplianceAuditReport.SearcherActivity;
import org.platekeeper.reports.HotListReviewReport.EntryDue;
import org.platekeeper.reports.RecordsResponseReport.AuditSummaryLine;
import org.platekeeper.reports.Tally;

/** The report figures in SQL, one statement each; every list is capped so that no report grows without bound. */
@ApplicationScoped
public class JdbcReportSources implements ReportSources {

    static final int MAX_ROWS = 5_000;

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    @Override
    public List<SearcherActivity> searchesByUser(Instant from, Instant to) {
        return list("""
                select u, sum(n), sum(complete), sum(refused) from (
                    select username u, 1 n,
                           case when (case_number is not null or cad_event is not null or intelligence_file is not null)
                                 and purpose_code is not null then 1 else 0 end complete,
                           case when status = 'REJECTED' then 1 else 0 end refused
                      from historical_search where created_at >= ? and created_at < ?
                    union all
                    select actor, 0, 0, 1 from audit_event
                     where action = 'SEARCH_REFUSED' and occurred_at >= ? and occurred_at < ?) s
                 group by u order by u""", r -> new SearcherActivity(r.getString(1), r.getLong(2), r.getLong(3),
                r.getLong(4)), at(from), at(to), at(from), at(to));
    }

    @Override
    public List<FlaggedSearch> flaggedSearches(Instant from, Instant to) {
        return list("""
                select created_at, username, status,
                       concat_ws('; ', 'near ' || sensitive_locations, 'supervisor: ' || decision_note)
                  from historical_search
                 where (status <> 'RUN' or sensitive_locations is not null) and created_at >= ? and created_at < ?
                 order by created_at""", r -> new FlaggedSearch(instant(r, 1), r.getString(2), r.getString(3),
                r.getString(4)), at(from), at(to));
    }

    @Override
    public List<Finding> findings(Instant from, Instant to) {
        return list("""
                select f.recorded_at, f.kind, f.subject_user, f.summary, m.reference
                  from audit_finding f left join misuse_case m on m.id = f.misuse_case_id
                 where f.recorded_at >= ? and f.recorded_at < ? order by f.recorded_at""",
                r -> new Finding(instant(r, 1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)),
                at(from), at(to));
    }

    @Override
    public EntryActivity entryActivity(Instant from, Instant to, LocalDate today) {
        List<long[]> counts = list("""
                select count(*) filter (where action = 'REQUESTED'), count(*) filter (where action = 'APPROVED'),
                       count(*) filter (where action = 'REJECTED'), count(*) filter (where action in ('REMOVED',
                       'EXPIRED')),
                       (select count(*) from hot_list_entry where status = 'ACTIVE' and review_due < ?)
                  from hot_list_entry_history where at >= ? and at < ?""",
                r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)},
                today, at(from), at(to));
        long[] c = counts.get(0);
        return new EntryActivity(c[0], c[1], c[2], c[3], c[4]);
    }

    @Override
    public List<Tally> alertsByDisposition(Instant from, Instant to) {
        return list("""
                select coalesce(disposition, 'open (' || lower(status) || ')'), count(*) from alert
                 where raised_at >= ? and raised_at < ? group by 1 order by 2 desc, 1""",
                r -> new Tally(r.getString(1), r.getLong(2)), at(from), at(to));
    }

    @Override
    public List<PartnerDisclosures> disclosures(Instant from, Instant to) {
        return list("""
                select coalesce(partner_name, '(no agreement)'),
                       count(*) filter (where kind = 'QUERY' and outcome = 'DISCLOSED'),
                       count(*) filter (where kind = 'ALERT_PUSH' and outcome = 'DISCLOSED'),
                       count(*) filter (where kind = 'RELEASE' and outcome = 'DISCLOSED'),
                       count(*) filter (where outcome = 'REFUSED'), coalesce(sum(reads_disclosed), 0)
                  from dissemination where at >= ? and at < ? group by 1 order by 1""",
                r -> new PartnerDisclosures(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        r.getLong(6)), at(from), at(to));
    }

    @Override
    public List<PurgeSummary> purges(Instant from, Instant to) {
        return list("""
                select finished_at, trigger, reads_deleted, reads_retained, digest from purge_run
                 where status = 'COMPLETED' and finished_at >= ? and finished_at < ? order by finished_at""",
                r -> new PurgeSummary(instant(r, 1), r.getString(2), r.getLong(3), r.getLong(4), r.getString(5)),
                at(from), at(to));
    }

    @Override
    public List<LapsedTraining> lapsedTraining(LocalDate today) {
        return list("""
                select u.username, (select string_agg(role, ', ' order by role) from user_role where user_id = u.id),
                       t.course, t.expires_on
                  from user_account u
                  left join lateral (select course, expires_on from training_record where user_id = u.id
                                      order by expires_on desc limit 1) t on true
                 where u.enabled and (t.expires_on is null or t.expires_on < ?)
                   and exists (select 1 from user_role where user_id = u.id)
                 order by u.username""", r -> new LapsedTraining(r.getString(1), r.getString(2), r.getString(3),
                r.getObject(4, LocalDate.class)), today);
    }

    @Override
    public List<AuditSummaryLine> auditSummary(Instant from, Instant to) {
        return list("""
                select action, coalesce(nullif(actor_roles, ''), 'SYSTEM_OR_PUBLIC'), count(*) from audit_event
                 where occurred_at >= ? and occurred_at < ? group by 1, 2 order by 3 desc, 1, 2""",
                r -> new AuditSummaryLine(r.getString(1), r.getString(2), r.getLong(3)), at(from), at(to));
    }

    @Override
    public List<CustodyStep> custody(UUID holdId) {
        return list("""
                select occurred_at, actor, action, details, sequence from audit_event
                 where object_type = 'legal hold' and object_id = ? order by sequence""",
                r -> new CustodyStep(instant(r, 1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5)),
                holdId.toString());
    }

    @Override
    public long heldReads(UUID holdId) {
        return list("select count(*) from legal_hold_read where hold_id = ?", r -> r.getLong(1), holdId).get(0);
    }

    @Override
    public List<EntryDue> entriesDueForReview(LocalDate until) {
        return list("""
                select l.name, e.plate, e.state, e.kind, e.case_number, e.review_due, e.requested_by
                  from hot_list_entry e join hot_list l on l.id = e.list_id
                 where e.status = 'ACTIVE' and e.review_due is not null and e.review_due <= ?
                   and (e.generation = 0 or e.generation = l.active_generation)
                 order by e.review_due, e.plate""", r -> new EntryDue(r.getString(1), r.getString(2),
                r.getString(3), r.getString(4), r.getString(5), r.getObject(6, LocalDate.class), r.getString(7)),
                until);
    }

    private <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            p.setMaxRows(MAX_ROWS);
            try (ResultSet r = p.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(row.read(r));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("a report figure could not be read", e);
        }
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
