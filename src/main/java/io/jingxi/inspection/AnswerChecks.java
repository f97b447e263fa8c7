package io.jingxi.inspection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.PersonSummary;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;
import io.jingxi.standard.ScoreResult;
import io.jingxi.standard.ScoreResult.Outcome;
import io.jingxi.standard.StandardItemView;
import io.jingxi.standard.StandardVersionView;

/**
 * What an answer and a submission must satisfy beyond the standard's scoring: the responsible person
 * is one of the visited unit's people in service, and a visit is submitted only when every item is
 * answered and every failed item whose standard requires a photo (须拍照) has one. Each misfit is
 * named as a field error: {@code answers[i].personId}, {@code items[<itemId>]}.
 */
@Component
class AnswerChecks {

	private final OrganizationApi organization;

	private final EvidencePhotos photos;

	AnswerChecks(OrganizationApi organization, EvidencePhotos photos) {
		this.organization = organization;
		this.photos = photos;
	}

	/** Refuses (400) answers naming a person who is not in service in the visited unit. */
	void people(Visit visit, List<VisitAnswer> answers) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			Long personId = answers.get(i).personId();
			if (personId == null) {
				continue;
			}
			boolean ofUnit = organization.person(personId)
				.filter(person -> person.unitId() == visit.unitId())
				.filter(person -> person.status() != PersonStatus.LEFT)
				.isPresent();
			if (!ofUnit) {
				problems.add(new FieldProblem("answers[" + i + "].personId", "inspection.answer.personNotInUnit",
						String.valueOf(personId)));
			}
		}
		if (!problems.isEmpty()) {
			throw new DomainException(HttpStatus.BAD_REQUEST, problems, "inspection.answer.personNotInUnit",
					problems.get(0).args());
		}
	}

	/** The people an inspector may name as responsible for an answer: the visited unit's people in service. */
	List<PersonSummary> candidates(Visit visit) {
		return organization.peopleInService(visit.unitId());
	}

	/**
	 * Refuses (409) a submission with unanswered items or failed items that require a photo and have
	 * none, naming each of them; nothing is saved.
	 */
	void submittable(Visit visit, ScoreResult score, StandardVersionView version) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<Long> photographed = new HashSet<>();
		photos.findByVisitIdOrderByItemIdAscIdAsc(visit.id()).forEach(photo -> photographed.add(photo.itemId()));
		int missingPhotos = 0;
		for (ScoreResult.ItemScore line : score.items()) {
			String field = "items[" + line.itemId() + "]";
			if (line.outcome() == Outcome.UNANSWERED) {
				problems.add(new FieldProblem(field, "inspection.item.unanswered", line.clause()));
			}
			else if (line.failed() && !photographed.contains(line.itemId())
					&& version.item(line.itemId()).map(StandardItemView::photoRequired).orElse(false)) {
				problems.add(new FieldProblem(field, "inspection.item.photoRequired", line.clause()));
				missingPhotos++;
			}
		}
		if (problems.isEmpty()) {
			return;
		}
		if (!score.complete()) {
			throw new DomainException(HttpStatus.CONFLICT, problems, "inspection.incomplete", score.unanswered());
		}
		throw new DomainException(HttpStatus.CONFLICT, problems, "inspection.photosMissing", missingPhotos);
	}
}
