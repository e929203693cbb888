package org.platekeeper.reads.application;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.inject.Inject;

import org.platekeeper.reads.domain.ReadStore;

/**
 * Creates a day's partitions before the first read of that day is stored, in a transaction of its own so that
 * the table lock it takes is not held while reads are written. Remembers the days it has seen to stay off the
 * database afterwards; the creation itself is idempotent, so another server doing the same is harmless.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class ReadPartitions {

    private final Set<LocalDate> prepared = ConcurrentHashMap.newKeySet();

    @Inject
    ReadStore store;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void prepare(Set<LocalDate> days) {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate day : days) {
            if (prepared.contains(day)) {
                continue;
            }
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        if (first != null) {
            store.prepareDays(first, last);
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                prepared.add(d);
            }
        }
    }
}
