package io.jingxi.rectification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rectification module's façade for other modules (reporting, incentive), read as the system and
 * not narrowed by the current user: callers that act for a user narrow by their scope.
 */
public interface RectificationApi {

	/**
	 * For each of the given units, its active notices (open or submitted) and how many of them are
	 * overdue; a unit without active notices counts zero. In the order of the given ids.
	 */
	List<UnitRectificationCounts> countsByUnit(Collection<Long> unitIds);

	/** A notice by id. */
	Optional<RectificationSummary> notice(long noticeId);

	/** The notice a finding opened, if the policy selected it. */
	Optional<RectificationSummary> noticeOfFinding(long findingId);
}
