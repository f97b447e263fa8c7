package io.jingxi.rectification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.calendar.CalendarApi;
import io.jingxi.calendar.CalendarId;
import io.jingxi.calendar.WorkingDuration;
import io.jingxi.inspection.FindingOverturned;
import io.jingxi.inspection.FindingRecorded;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonSummary;
import io.jingxi.rectification.RepeatLapses.Assessment;
import io.jingxi.rectification.RepeatLapses.Lapse;
import io.jingxi.shared.EntityChanged;

/**
 * What a finding sets off: it is recorded as a lapse of its clause and placed on the repeat-lapse
 * ladder for its unit and its person, and, when the policy selects it, it opens a notice with its
 * owner, its deadline from the unit's calendar and its timers. Each finding is handled once, however
 * often its event is delivered: the lapse is written in the same transaction as the notice, and both
 * are unique per finding. An overturned finding stops counting and cancels its notice.
 */
@Service
@Transactional
class NoticeOpening {

	private static final Logger log = LoggerFactory.getLogger(NoticeOpening.class);

	private final Notices notices;

	private final Lapses lapses;

	private final PolicyService policies;

	private final NoticeNumbers numbers;

	private final CalendarApi calendar;

	private final OrganizationApi organization;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NoticeOpening(Notices notices, Lapses lapses, PolicyService policies, NoticeNumbers numbers, CalendarApi calendar,
			OrganizationApi organization, ApplicationEventPublisher events, Clock clock) {
		this.notices = notices;
		this.lapses = lapses;
		this.policies = policies;
		this.numbers = numbers;
		this.calendar = calendar;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the finding's lapse and opens its notice when the policy selects it; empty when it was handled
	 * before, in which case the finding was told again (after an amendment) and its lapse and notice take its
	 * new person, points and note.
	 */
	Optional<Notice> open(FindingRecorded finding) {
		Optional<LapseRecord> known = lapses.findById(finding.findingId());
		Optional<Notice> opened = notices.findByFindingId(finding.findingId());
		if (known.isPresent() || opened.isPresent()) {
			log.debug("Finding {} was handled before; restating it", finding.findingId());
			known.ifPresent(lapse -> lapse.restate(finding.personId()));
			opened.ifPresent(notice -> {
				String before = notice.summary();
				if (notice.restate(finding.pointsLost(), finding.note())) {
					events.publishEvent(EntityChanged.of(RectificationService.ENTITY, notice.id(), "RESTATED", before,
							notice.summary()));
				}
			});
			return Optional.empty();
		}
		RectificationPolicy policy = policies.current();
		Instant now = clock.instant();
		lapses.save(new LapseRecord(finding.findingId(), finding.unitId(), finding.personId(), finding.clause(),
				finding.recordedAt()));
		Lapse lapse = new Lapse(finding.findingId(), finding.recordedAt());
		Instant windowStart = policy.windowStart(finding.recordedAt());
		Assessment ofUnit = RepeatLapses.assess(policy, lapse, lapses
			.ofUnit(finding.unitId(), finding.clause(), windowStart, finding.recordedAt())
			.stream().map(LapseRecord::lapse).toList());
		@Nullable Assessment ofPerson = finding.personId() == null ? null
				: RepeatLapses.assess(policy, lapse, lapses
					.ofPerson(finding.personId(), finding.clause(), windowStart, finding.recordedAt())
					.stream().map(LapseRecord::lapse).toList());
		publishRepeat(finding, null, ofUnit, policy, now);
		if (ofPerson != null) {
			publishRepeat(finding, finding.personId(), ofPerson, policy, now);
		}
		if (!policy.selects(finding.critical(), finding.pointsLost())) {
			return Optional.empty();
		}
		Notice notice = notices.save(new Notice(opening(finding, policy, ofUnit, ofPerson, now)));
		events.publishEvent(notice.opened());
		events.publishEvent(EntityChanged.of(RectificationService.ENTITY, notice.id(), "OPENED", null, notice.summary()));
		return Optional.of(notice);
	}

	/** The finding no longer stands: it stops counting as a lapse, and its notice, if still active, is cancelled. */
	void overturn(FindingOverturned overturned) {
		lapses.findById(overturned.findingId()).ifPresent(LapseRecord::overturn);
		notices.findByFindingId(overturned.findingId())
			.filter(notice -> notice.status().active())
			.ifPresent(notice -> {
				String before = notice.summary();
				RectificationCancelled cancelled = notice.cancel(overturned.cause().name(), clock.instant());
				events.publishEvent(cancelled);
				events.publishEvent(EntityChanged.of(RectificationService.ENTITY, notice.id(), "CANCELLED", before,
						notice.summary()));
			});
	}

	private Notice.Opening opening(FindingRecorded finding, RectificationPolicy policy, Assessment ofUnit,
			@Nullable Assessment ofPerson, Instant now) {
		long unitId = finding.unitId();
		Optional<PersonSummary> responsible = finding.personId() != null ? organization.person(finding.personId())
				: organization.unitManagerOf(unitId);
		// the unit's calendar resolved once: the warning's bisection asks it a dozen times
		CalendarId unitCalendar = calendar.effectiveCalendarId(unitId);
		Instant deadline = calendar.deadline(unitCalendar, finding.recordedAt(),
				WorkingDuration.workingDays(policy.deadlineDays(finding.critical())));
		Instant warnAt = WarningTime.warnAt((from, to) -> calendar.workingMinutesBetween(unitCalendar, from, to),
				finding.recordedAt(), deadline, policy.warningHours());
		Instant firstEscalation = calendar.deadline(unitCalendar, deadline,
				WorkingDuration.workingDays(policy.escalationDays()));
		LadderStep step = ofPerson != null && ofPerson.step().compareTo(ofUnit.step()) > 0 ? ofPerson.step()
				: ofUnit.step();
		return new Notice.Opening(numbers.next(now),
				new Notice.Finding(finding.findingId(), finding.visitId(), unitId, finding.kind(), finding.itemId(),
						finding.clause(), finding.itemText(), finding.pointsLost(), finding.critical(), finding.note(),
						finding.inspectorUserId(), finding.recordedAt()),
				responsible.map(PersonSummary::id).or(() -> Optional.ofNullable(finding.personId())).orElse(null),
				responsible.map(PersonSummary::name).orElse(null), now, deadline, warnAt, firstEscalation,
				policy.escalationDays(), ofUnit.occurrence(), ofPerson == null ? null : ofPerson.occurrence(), step,
				policy.version());
	}

	private void publishRepeat(FindingRecorded finding, @Nullable Long personId, Assessment assessment,
			RectificationPolicy policy, Instant now) {
		if (assessment.repeated()) {
			events.publishEvent(new RepeatLapseDetected(finding.unitId(), personId, finding.clause(),
					assessment.occurrence(), assessment.step(), policy.version(), List.copyOf(assessment.findingIds()),
					now));
		}
	}
}
