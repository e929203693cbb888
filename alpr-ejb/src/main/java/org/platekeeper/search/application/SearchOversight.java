package org.platekeeper.search.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.search.domain.HistoricalSearch;
import org.platekeeper.search.domain.SearchRepository;
import org.platekeeper.shared.domain.Role;

/**
 * The auditor's view of historical searches: all of them, and those that deserve a second look (PC-E1, OD-AD4):
 * a search without a case number, after hours, near a sensitive location, or by someone searching far more than
 * usual in a day.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class SearchOversight {

    /** Why a search is flagged. */
    public enum FlagKind { NO_CASE_NUMBER, AFTER_HOURS, SENSITIVE_LOCATION, UNUSUAL_VOLUME }

    /** A search worth a second look, and why. */
    public record Flag(FlagKind kind, UUID searchId, String username, Instant at, String detail) {
    }

    @Inject
    SearchRepository searches;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPR_AUDIT_WORKDAY_START", defaultValue = "06:00")
    String workdayStart;

    @Inject
    @ConfigProperty(name = "ALPR_AUDIT_WORKDAY_END", defaultValue = "20:00")
    String workdayEnd;

    @Inject
    @ConfigProperty(name = "ALPR_AUDIT_DAILY_SEARCHES", defaultValue = "25")
    int usualDailySearches;

    public List<SearchView> searches() {
        audit.fire(AuditableAction.of("SEARCH_LOG_VIEWED", "search log", null, AuditOutcome.SUCCESS, null));
        return searches.all(500).stream().map(SearchView::of).toList();
    }

    /** Flags over the searches of the agency days from {@code from} to {@code to}, inclusive. */
    public List<Flag> flags(LocalDate from, LocalDate to) {
        ZoneId zone = policy.timeZone();
        LocalDate last = to == null ? policy.today(clock) : to;
        LocalDate first = from == null ? last.minusDays(30) : from;
        List<HistoricalSearch> found = searches.between(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        LocalTime start = LocalTime.parse(workdayStart);
        LocalTime end = LocalTime.parse(workdayEnd);
        List<Flag> flags = new ArrayList<>();
        for (HistoricalSearch s : found) {
            if (!s.justification().hasCaseNumber()) {
                flags.add(new Flag(FlagKind.NO_CASE_NUMBER, s.id(), s.username(), s.createdAt(),
                        "justified by " + s.justification().summary()));
            }
            LocalTime time = ZonedDateTime.ofInstant(s.createdAt(), zone).toLocalTime();
            if (time.isBefore(start) || !time.isBefore(end)) {
                flags.add(new Flag(FlagKind.AFTER_HOURS, s.id(), s.username(), s.createdAt(),
                        "run at " + time.withNano(0) + " agency time"));
            }
            if (s.sensitiveLocations() != null) {
                flags.add(new Flag(FlagKind.SENSITIVE_LOCATION, s.id(), s.username(), s.createdAt(),
                        "touches " + s.sensitiveLocations() + "; " + s.status()
                                + (s.decidedBy() == null ? "" : " by " + s.decidedBy())));
            }
        }
        Map<String, List<HistoricalSearch>> perUserDay = found.stream().collect(Collectors.groupingBy(
                s -> s.username() + " " + LocalDate.ofInstant(s.createdAt(), zone)));
        perUserDay.forEach((key, list) -> {
            if (list.size() > usualDailySearches) {
                HistoricalSearch last1 = list.get(list.size() - 1);
                flags.add(new Flag(FlagKind.UNUSUAL_VOLUME, null, last1.username(), last1.createdAt(),
                        list.size() + " searches on " + key.substring(key.indexOf(' ') + 1) + " (usual at most "
                                + usualDailySearches + ")"));
            }
        });
        flags.sort(Comparator.comparing(Flag::at).reversed());
        audit.fire(AuditableAction.of("AUDIT_FLAGS_VIEWED", "search log", null, AuditOutcome.SUCCESS,
                flags.size() + " flags from " + first + " to " + last));
        return flags;
    }
}
