package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.jingxi.standard.ItemAnswer;
import io.jingxi.standard.ScoreResult;
import io.jingxi.standard.StandardApi;
import io.jingxi.standard.StandardItemView;
import io.jingxi.standard.StandardVersionView;

/**
 * Re-scores a submitted visit after an amendment or an upheld appeal, by the standard's own scoring
 * ({@link StandardApi#score}, so the critical-item rule is evaluated again), and brings its findings in
 * line: an item that now fails without a standing finding opens one ({@link FindingRecorded}), a
 * standing finding whose item no longer fails is overturned ({@link FindingOverturned}), and
 * {@link InspectionScoreChanged} tells the listeners the new total. The item of a finding overturned on
 * appeal counts as met (full points) in every later re-scoring: its answer stays on record, but it
 * no longer counts.
 */
@Component
class Rescoring {

	private final StandardApi standards;

	private final Findings findings;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	Rescoring(StandardApi standards, Findings findings, ApplicationEventPublisher events, MessageSource messages) {
		this.standards = standards;
		this.findings = findings;
		this.events = events;
		this.messages = messages;
	}

	/** What a re-scoring changed. */
	record Outcome(BigDecimal previousTotal, BigDecimal total, List<Finding> recorded,
			List<FindingOverturned> overturned) {
	}

	/**
	 * Scores the visit's current answers (items upheld on appeal as met), stores the score on the visit,
	 * reconciles the findings and publishes what changed.
	 */
	Outcome rescore(Visit visit, FindingOverturned.Cause cause, Instant now) {
		StandardVersionView version = standards.version(visit.versionId())
			.orElseThrow(() -> new IllegalStateException("Standard version " + visit.versionId() + " is gone"));
		List<Finding> ofVisit = findings.findByVisitIdOrderById(visit.id());
		Set<Long> upheld = ofVisit.stream().filter(Finding::upheldOnAppeal).map(Finding::itemId)
			.collect(Collectors.toSet());
		List<ItemAnswer> answers = visit.answers().stream()
			.map(answer -> upheld.contains(answer.itemId())
					? met(version.item(answer.itemId()).orElseThrow(), answer.toItemAnswer())
					: answer.toItemAnswer())
			.toList();
		ScoreResult score = standards.score(visit.versionId(), answers);
		Map<Long, String> explanations = new HashMap<>();
		upheld.forEach(item -> explanations.put(item, messages.getMessage("inspection.line.upheldOnAppeal", null,
				"Appeal upheld: counted as met.", LocaleContextHolder.getLocale())));

		BigDecimal previous = visit.total() == null ? BigDecimal.ZERO : visit.total();
		visit.restate(score, explanations, now);

		Map<Long, Finding> standing = new HashMap<>();
		ofVisit.stream().filter(Finding::standing).forEach(finding -> standing.put(finding.itemId(), finding));
		Map<Long, VisitAnswer> answerOf = new HashMap<>();
		visit.answers().forEach(answer -> answerOf.put(answer.itemId(), answer));
		List<Finding> recorded = new ArrayList<>();
		List<FindingOverturned> overturned = new ArrayList<>();
		List<Finding> restated = new ArrayList<>();
		Map<Long, ItemLine> lines = new HashMap<>();
		for (ItemLine line : visit.lines()) {
			lines.put(line.itemId(), line);
			Finding finding = standing.get(line.itemId());
			VisitAnswer answer = answerOf.get(line.itemId());
			if (line.failed()) {
				if (finding == null) {
					recorded.add(Finding.of(visit, line, now));
				}
				else if (finding.restate(line.pointsLost(), answer == null ? null : answer.note(),
						answer == null ? null : answer.personId())) {
					restated.add(finding);
				}
			}
			else if (finding != null) {
				overturned.add(finding.overturn(cause, now));
			}
		}
		findings.saveAll(ofVisit);
		List<Finding> saved = findings.saveAll(recorded);
		BigDecimal total = visit.total() == null ? BigDecimal.ZERO : visit.total();
		// a hidden visit whose result is not published yet has told no one anything: publication
		// announces its result as it then stands
		if (!visit.hiddenFromUnit()) {
			overturned.forEach(events::publishEvent);
			// new findings, and standing ones whose points, note or person the amendment changed
			Stream.concat(saved.stream(), restated.stream())
				.forEach(finding -> events.publishEvent(finding.recorded(visit, lines.get(finding.itemId()),
						version.item(finding.itemId()).map(StandardItemView::text).orElse(""))));
			events.publishEvent(new InspectionScoreChanged(visit.id(), visit.unitId(), visit.kind(), previous, total,
					InspectionService.sectionResults(visit), now));
		}
		return new Outcome(previous, total, saved, overturned);
	}

	/**
	 * The answer that meets an item fully: yes, its full points, or a measured value on its limit (limits
	 * are inclusive); N/A stays N/A.
	 */
	static ItemAnswer met(StandardItemView item, ItemAnswer given) {
		if (given.notApplicable()) {
			return given;
		}
		return switch (item.answerType()) {
			case YES_NO -> ItemAnswer.yes(item.id());
			case POINTS -> ItemAnswer.value(item.id(), item.points());
			case MEASURED -> ItemAnswer.value(item.id(), item.lowerLimit() != null ? item.lowerLimit()
					: item.upperLimit() != null ? item.upperLimit() : BigDecimal.ZERO);
		};
	}
}
