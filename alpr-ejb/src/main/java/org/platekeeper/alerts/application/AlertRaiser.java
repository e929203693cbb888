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

/**
 * Matches every new read against the hot lists as soon as it is committed, and raises an alert for each entry it
 * matches. Runs in the ingest request's thread after its commit, in a transaction of its own, so an alert never
 * refers to a read that was rolled back and the camera's answer waits only microseconds when nothing matches.
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
    Clock clock;

    public void onReadsCaptured(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadsCaptured captured) {
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
            raised.fire(new AlertRaised(AlertView.of(alert, cameras.find(read.cameraId()).map(Camera::name)
                    .orElse(null))));
        });
    }
}
