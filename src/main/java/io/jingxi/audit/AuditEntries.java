package io.jingxi.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

/** Append-only: there is a save and there are queries, nothing that updates or deletes. */
interface AuditEntries extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findAll(Specification<AuditEntry> spec, Pageable pageable);
}
