package org.platekeeper.audit.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface MisuseRepository {

    void add(AuditFinding finding);

    void add(MisuseCase misuseCase);

    Optional<AuditFinding> finding(UUID id);

    Optional<MisuseCase> misuseCase(UUID id);

    List<AuditFinding> findings(int limit);

    List<AuditFinding> findingsOf(UUID misuseCaseId);

    List<MisuseCase> cases(int limit);

    long casesOpenedIn(int year);
}
