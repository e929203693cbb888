package org.platekeeper.alerts.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.platekeeper.alerts.domain.Alert;
import org.platekeeper.alerts.domain.AlertRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.cameras.domain.Camera;
import org.platekeeper.cameras.domain.CameraRepository;
import org.platekeeper.hotlists.application.HotListMatcher;
import org.platekeeper.hotlists.application.MatchedEntries;
import org.platekeeper.hotlists.domain.HotListIndex;
import org.platekeeper.reads.application.ReadsCaptured;
import org.platekeeper.shared.application.ServerSignals;

/**
 * Matches every new read against the hot lists and raises an alert for each entry it matches, in the transaction
 * that stores the read: the read and its alerts commit together or not at all, so a crash or an error between the
 * two can neither lose a hit nor leave an alert without its read, and a restart has nothing left to resume. Matching
 * is in memory, so a read that matches nothing costs the camera's answer microseconds. The push to the consoles
 * waits for the commit ({@link AlertFeed}); the other servers sharing the database hear of the alert at the same
 * commit and push it to the officers connected to them.
 */
@Stateless
@PermitAll
public class AlertRaiser {

    @Inject
    HotListMatcher matcher;

    @Inject
    MatchedEntries entries;

    @Inject
    AlertRepository alerts;

    @Inject
    CameraRepository cameras;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Event<AlertRaised> raised;

    @Inject
    ServerSignals otherServers;

    @Inject
    Clock clock;

    public void onReadsCaptured(@Observes(during = TransactionPhase.IN_PROGRESS) ReadsCaptured captured) {
        for (ReadsCaptured.Captured read : captured.reads()) {
            List<HotListIndex.Match> matches = matcher.match(read.plate(), read.state());
            for (HotListIndex.Match match : matches) {
                raise(read, match);
            }
        }
    }

    private void raise(ReadsCaptured.Captured read, HotListIndex.Match match) {
        if (alerts.exists(read.readId(), match.entryId())) {
            return;
        }
        entries.entry(match.entryId()).ifPresent(entry -> {
            Alert alert = Alert.raise(new Alert.Hit(read.readId(), read.capturedAt(), read.cameraId(), read.plate(),
                    read.state(), read.latitude(), read.longitude(), match.type(), entry.id(), entry.listId(),
                    entry.listName(), entry.kind(), entry.plate(), entry.state(), entry.reason(),
                    entry.caseNumber(), entry.vehicle()), Instant.now(clock));
            alerts.add(alert);
            audit.fire(AuditableAction.of("ALERT_RAISED", "alert", alert.id() + " (" + alert.plate() + ")",
                    AuditOutcome.SUCCESS, match.type() + " match on " + entry.listName() + ", read " + read.readId())
                    .by("system"));
            otherServers.send(AlertFeed.SIGNAL, alert.id().toString());
            raised.fire(new AlertRaised(AlertView.of(alert, cameras.find(read.cameraId()).map(Camera::name)
                    .orElse(null))));
        });
    }
}
