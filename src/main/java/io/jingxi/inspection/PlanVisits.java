package io.jingxi.inspection;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The visits of plans, by their slots: what a generation run finds already there, and the plans' open counts. */
interface PlanVisits extends Repository<Visit, Long> {

	@Query("select v from Visit v where v.slot.planId = :planId and v.slot.periodKey in :periodKeys")
	List<Visit> inPeriods(long planId, Collection<String> periodKeys);

	/** Per plan: its draft visits, and those of them past their due time. */
	@Query("""
			select v.slot.planId, count(v), sum(case when v.slot.dueAt < :now then 1 else 0 end)
			from Visit v
			where v.slot.planId in :planIds and v.status = io.jingxi.inspection.VisitStatus.DRAFT
			group by v.slot.planId""")
	List<Object[]> openCounts(Collection<Long> planIds, Instant now);
}
