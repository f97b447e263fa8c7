package io.jingxi.rectification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Notices extends JpaRepository<Notice, Long>, JpaSpecificationExecutor<Notice> {

	boolean existsByFindingId(long findingId);

	Optional<Notice> findByFindingId(long findingId);

	/** Open notices whose warning time has come before their deadline and that were not warned yet. */
	@Query("""
			select n.id from Notice n where n.status = io.jingxi.rectification.RectificationStatus.OPEN
			and n.warnAt <= :now and n.deadline > :now and n.dueSoonAt is null order by n.warnAt, n.id""")
	List<Long> dueForWarning(Instant now, Pageable batch);

	/** Open notices whose deadline has passed and that are not marked overdue yet. */
	@Query("""
			select n.id from Notice n where n.status = io.jingxi.rectification.RectificationStatus.OPEN
			and n.deadline <= :now and n.overdueAt is null order by n.deadline, n.id""")
	List<Long> dueForOverdue(Instant now, Pageable batch);

	/** Open notices whose next escalation time has passed. */
	@Query("""
			select n.id from Notice n where n.status = io.jingxi.rectification.RectificationStatus.OPEN
			and n.nextEscalationAt <= :now order by n.nextEscalationAt, n.id""")
	List<Long> dueForEscalation(Instant now, Pageable batch);

	/** Per unit: the active (open or submitted) notices and how many of them are overdue. */
	@Query("""
			select n.unitId, count(n), sum(case when n.overdueAt is not null then 1 else 0 end)
			from Notice n where n.unitId in :unitIds
			and n.status in (io.jingxi.rectification.RectificationStatus.OPEN, io.jingxi.rectification.RectificationStatus.SUBMITTED)
			group by n.unitId""")
	List<Object[]> countActive(Collection<Long> unitIds);
}
