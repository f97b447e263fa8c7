package io.jingxi.rectification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.inspection.InspectionApi;
import io.jingxi.inspection.InspectionKind;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonSummary;
import io.jingxi.organization.UnitSummary;
import io.jingxi.rectification.RectificationDetails.NoticeEscalationView;
import io.jingxi.rectification.RectificationDetails.NoticeTimelineEntry;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.Scoped;

/**
 * Notices for users: the list and the page of one notice, narrowed by the reader's data scope (a
 * notice outside it is not found), and the owner's and verifier's commands. The owner side is whoever
 * holds {@code rectification:submit} and sees the unit; the verifier is the visit's inspector or a
 * holder of {@code rectification:verify}, and only the latter for a mystery-shopper finding, whose
 * shopper never appears on a notice. Also the façade for other modules, read as the system.
 */
@Service
@Transactional
class RectificationService implements RectificationApi {

	static final String ENTITY = "Rectification";

	static final String SUBMIT = "rectification:submit";

	static final String VERIFY = "rectification:verify";

	/** Lists that ask something of someone are read by deadline, the rest newest first. */
	static final Sort BY_DEADLINE = Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("id"));

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("id"));

	private final Notices notices;

	private final FixPhotos photos;

	private final NoticeTotals totals;

	private final InspectionApi inspections;

	private final OrganizationApi organization;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RectificationService(Notices notices, FixPhotos photos, NoticeTotals totals, InspectionApi inspections,
			OrganizationApi organization, Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.notices = notices;
		this.photos = photos;
		this.totals = totals;
		this.inspections = inspections;
		this.organization = organization;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** The list's filters: a status, only active (open or submitted) ones, only overdue ones, only those waiting for me, a unit. */
	record NoticeFilter(@Nullable RectificationStatus status, boolean active, boolean overdue, boolean mine,
			@Nullable Long unitId) {

		Specification<Notice> specification(Actor actor) {
			Specification<Notice> spec = visible(actor);
			if (status != null) {
				spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
			}
			if (active || overdue) {
				spec = spec.and((root, query, cb) -> root.get("status")
					.in(RectificationStatus.OPEN, RectificationStatus.SUBMITTED));
			}
			if (overdue) {
				spec = spec.and((root, query, cb) -> cb.isNotNull(root.get("overdueAt")));
			}
			if (mine) {
				spec = spec.and(waitingFor(actor));
			}
			if (unitId != null) {
				spec = spec.and((root, query, cb) -> cb.equal(root.get("unitId"), unitId));
			}
			return spec;
		}

		Sort sort() {
			boolean pending = active || overdue || mine || (status != null && status.active());
			return pending ? BY_DEADLINE : NEWEST_FIRST;
		}
	}

	/** The notices a reader may see: by unit, or only their own as the responsible person when their scope is self. */
	static Specification<Notice> visible(Actor actor) {
		return Scoped.byPerson(actor.scope(), "responsiblePersonId", "unitId");
	}

	/** Active notices waiting for the actor: to be fixed by them, or, once submitted, to be verified by them. */
	static Specification<Notice> waitingFor(Actor actor) {
		return (root, query, cb) -> {
			var submitted = cb.equal(root.get("status"), RectificationStatus.SUBMITTED);
			var toVerify = actor.can(VERIFY) ? submitted
					: cb.and(submitted, cb.equal(root.get("inspectorUserId"), actor.userId()),
							cb.notEqual(root.get("kind"), InspectionKind.MYSTERY_SHOPPER));
			if (actor.personId() == null) {
				return toVerify;
			}
			var toFix = cb.and(cb.equal(root.get("status"), RectificationStatus.OPEN),
					cb.equal(root.get("responsiblePersonId"), actor.personId()));
			return cb.or(toFix, toVerify);
		};
	}

	@Transactional(readOnly = true)
	PageResult<RectificationView> list(NoticeFilter filter, int page, int size) {
		Actor actor = actors.current();
		var result = notices.findAll(filter.specification(actor), PageRequest.of(page, size, filter.sort()));
		Map<Long, String> unitNames = unitNames(result.getContent().stream().map(Notice::unitId).toList());
		return PageResult.of(result, notice -> view(notice, unitNames));
	}

	@Transactional(readOnly = true)
	RectificationDetails details(long id) {
		Actor actor = actors.current();
		return details(load(id, actor), actor);
	}

	RectificationDetails submit(long id, @Nullable String description) {
		Actor actor = actors.current();
		Notice notice = load(id, actor);
		if (!maySubmit(notice, actor)) {
			throw DomainException.forbidden("rectification.notOwner", notice.number());
		}
		String before = notice.summary();
		events.publishEvent(notice.submit(description, displayName(actor), actor.userId(), clock.instant()));
		return changed(notice, "SUBMITTED", before, actor);
	}

	RectificationDetails accept(long id, @Nullable String note) {
		Actor actor = actors.current();
		Notice notice = verifiable(id, actor);
		String before = notice.summary();
		events.publishEvent(notice.accept(note, displayName(actor), clock.instant()));
		return changed(notice, "ACCEPTED", before, actor);
	}

	RectificationDetails reject(long id, @Nullable String reason) {
		Actor actor = actors.current();
		Notice notice = verifiable(id, actor);
		String before = notice.summary();
		events.publishEvent(notice.reject(reason, displayName(actor), clock.instant()));
		return changed(notice, "REJECTED", before, actor);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitRectificationCounts> countsByUnit(Collection<Long> unitIds) {
		List<Long> ids = List.copyOf(new LinkedHashSet<>(unitIds));
		Map<Long, UnitRectificationCounts> counts = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			for (Object[] row : notices.countActive(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
				long unitId = ((Number) row[0]).longValue();
				counts.put(unitId, new UnitRectificationCounts(unitId, ((Number) row[1]).longValue(),
						row[2] == null ? 0 : ((Number) row[2]).longValue()));
			}
		}
		return ids.stream().map(id -> counts.getOrDefault(id, new UnitRectificationCounts(id, 0, 0))).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public RectificationTotals totals(DataScope scope) {
		return totals.of(scope);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RectificationSummary> notice(long noticeId) {
		return notices.findById(noticeId).map(RectificationService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RectificationSummary> noticeOfFinding(long findingId) {
		return notices.findByFindingId(findingId).map(RectificationService::summary);
	}

	static RectificationSummary summary(Notice notice) {
		return new RectificationSummary(notice.id(), notice.number(), notice.findingId(), notice.visitId(),
				notice.unitId(), notice.clause(), notice.status(), notice.responsiblePersonId(), notice.deadline(),
				notice.overdue(), notice.rejections(), notice.ladderStep(), notice.policyVersion(), notice.openedAt(),
				notice.closedAt());
	}

	/** The owner side: may submit, and sees the unit (the scope already let them load it). */
	static boolean maySubmit(Notice notice, Actor actor) {
		return actor.can(SUBMIT) && actor.scope().coversUnit(notice.unitId());
	}

	/** May verify: a verifier who did not submit the fix themselves. */
	static boolean mayVerify(Notice notice, Actor actor) {
		return isVerifier(notice, actor) && !submittedTheFix(notice, actor);
	}

	/** A holder of rectification:verify, or the visit's inspector unless it was a mystery shopper. */
	private static boolean isVerifier(Notice notice, Actor actor) {
		return actor.can(VERIFY) || (!notice.mysteryShopper() && notice.inspectorUserId() == actor.userId());
	}

	/** Whoever submitted the fix does not verify it, e.g. a unit manager after a self-inspection of their unit. */
	static boolean submittedTheFix(Notice notice, Actor actor) {
		Long submitter = notice.submittedByUserId();
		return submitter != null && submitter == actor.userId();
	}

	Notice load(long id, Actor actor) {
		return notices.findOne(Scoped.<Notice>idEquals(id).and(visible(actor)))
			.orElseThrow(() -> DomainException.notFound("rectification.notFound", id));
	}

	private Notice verifiable(long id, Actor actor) {
		Notice notice = load(id, actor);
		if (!isVerifier(notice, actor)) {
			throw DomainException.forbidden("rectification.notVerifier", notice.number());
		}
		if (submittedTheFix(notice, actor)) {
			throw DomainException.forbidden("rectification.ownFix", notice.number());
		}
		return notice;
	}

	private RectificationDetails changed(Notice notice, String action, String before, Actor actor) {
		notices.save(notice);
		events.publishEvent(EntityChanged.of(ENTITY, notice.id(), action, before, notice.summary()));
		return details(notice, actor);
	}

	RectificationDetails details(Notice notice, Actor actor) {
		Set<Long> unitIds = new HashSet<>();
		unitIds.add(notice.unitId());
		notice.escalations().forEach(escalation -> unitIds.add(escalation.unitId()));
		Map<Long, String> unitNames = unitNames(unitIds);
		List<NoticeEscalationView> escalations = notice.escalations().stream()
			.map(e -> new NoticeEscalationView(e.level(), e.unitId(), unitNames.getOrDefault(e.unitId(), ""), e.personName(),
					e.escalatedAt()))
			.toList();
		List<NoticeTimelineEntry> timeline = new ArrayList<>();
		notice.history().forEach(entry -> timeline.add(new NoticeTimelineEntry(entry.action(), entry.at(), entry.actorName(),
				entry.note())));
		return new RectificationDetails(view(notice, unitNames), organisationName(notice.unitId()), notice.findingId(),
				notice.visitId(), notice.findingNote(), notice.recordedAt(), notice.submittedAt(),
				notice.fixDescription(), notice.submissions(), notice.closedAt(), notice.cancelledAt(),
				notice.unitOccurrence(), notice.personOccurrence(), notice.policyCode(), notice.policyVersion(),
				inspections.findingEvidence(notice.findingId()),
				photos.findByNoticeIdOrderBySubmissionAscIdAsc(notice.id()).stream().map(p -> p.view(notice)).toList(),
				escalations, timeline, notice.status() == RectificationStatus.OPEN && maySubmit(notice, actor),
				notice.status() == RectificationStatus.SUBMITTED && mayVerify(notice, actor));
	}

	static RectificationView view(Notice notice, Map<Long, String> unitNames) {
		return new RectificationView(notice.id(), notice.number(), notice.unitId(),
				unitNames.getOrDefault(notice.unitId(), ""), notice.kind(), notice.clause(), notice.itemText(),
				notice.pointsLost(), notice.critical(), notice.status(), notice.responsiblePersonId(),
				notice.responsibleName(), notice.openedAt(), notice.deadline(),
				notice.dueSoonAt() != null && notice.status().active(), notice.overdue(), notice.rejections(),
				notice.escalationLevel(), notice.ladderStep());
	}

	Map<Long, String> unitNames(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		organization.units(Set.copyOf(unitIds)).forEach(unit -> names.put(unit.id(), unit.name()));
		return names;
	}

	/** The organisation a unit belongs to: the top of its branch of the tree. */
	@Nullable String organisationName(long unitId) {
		List<Long> ancestors = organization.ancestorIds(unitId);
		long root = ancestors.isEmpty() ? unitId : ancestors.get(ancestors.size() - 1);
		return organization.unit(root).map(UnitSummary::name).orElse(null);
	}

	/** The signed-in user's name as people know it: their person's name, or their username. */
	String displayName(Actor actor) {
		Long personId = actor.personId();
		if (personId != null) {
			return organization.person(personId).map(PersonSummary::name).orElse(actor.username());
		}
		return actor.username();
	}
}
