package io.jingxi.rectification;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.rectification.RectificationRequests.RectificationPolicyRequest;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;

/** The rectification policy: the current version, and a quality manager's edit as the next version. */
@Service
@Transactional
class PolicyService {

	static final String ENTITY = "RectificationPolicy";

	private final PolicyVersions versions;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PolicyService(PolicyVersions versions, Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	RectificationPolicy current() {
		return stored().policy();
	}

	@Transactional(readOnly = true)
	RectificationPolicyView view() {
		return stored().view();
	}

	RectificationPolicyView update(RectificationPolicyRequest request) {
		PolicyVersion current = stored();
		RectificationPolicy next = new RectificationPolicy(request.name(), current.version() + 1, request.selection(),
				request.minPointsLost(), request.deadlineDays(), request.criticalDeadlineDays(), request.warningHours(),
				request.escalationDays(), request.ladderWindowDays(), request.violationNoticeFrom(),
				request.penaltyFrom());
		PolicyVersion saved;
		try {
			saved = versions.saveAndFlush(new PolicyVersion(next, clock.instant(), actors.current().username()));
		}
		catch (DataIntegrityViolationException ex) {
			// someone else saved the same next version a moment earlier
			throw DomainException.conflict("rectification.policy.changed");
		}
		events.publishEvent(EntityChanged.of(ENTITY, RectificationPolicy.CODE, "UPDATED",
				describe(current.policy()), describe(next)));
		return saved.view();
	}

	private PolicyVersion stored() {
		return versions.findFirstByOrderByVersionDesc()
			.orElseThrow(() -> new IllegalStateException("The rectification policy has no version"));
	}

	private static String describe(RectificationPolicy policy) {
		return "version=" + policy.version() + ", selection=" + policy.selection()
				+ (policy.minPointsLost() == null ? "" : ", minPointsLost=" + policy.minPointsLost().toPlainString())
				+ ", deadlineDays=" + policy.deadlineDays() + ", criticalDeadlineDays=" + policy.criticalDeadlineDays()
				+ ", warningHours=" + policy.warningHours() + ", escalationDays=" + policy.escalationDays()
				+ ", window=" + policy.ladderWindowDays() + ", ladder=" + policy.violationNoticeFrom() + "/"
				+ policy.penaltyFrom();
	}
}
