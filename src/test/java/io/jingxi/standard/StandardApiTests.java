package io.jingxi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.jingxi.shared.ApiSession;
import io.jingxi.shared.DomainException;

/**
 * The façade other modules use: the current version of a standard, a version by id, scoring against
 * it, and the events that announce published and retired versions.
 */
@RecordApplicationEvents
class StandardApiTests extends StandardWebTestSupport {

	@Autowired
	StandardApi standards;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theCurrentVersionOfAnAdoptedTemplateScoresAVisitLineByLine() throws Exception {
		ApiSession api = writer();
		String code = code();
		String adopted = json(api.post("/api/v1/standards/templates/business-hall/mystery-shopper/adopt",
				"{\"code\":\"%s\"}".formatted(code)));
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(adopted, "$.standard.id")).longValue();
		assertThat(standards.currentVersion(id)).isEmpty();
		api.post("/api/v1/standards/{id}/versions/1/publish", "", id);

		StandardVersionView version = standards.currentVersion(id).orElseThrow();
		assertThat(standards.standardByCode(code)).get().extracting(StandardSummary::currentVersionId).isEqualTo(version.id());
		assertThat(standards.version(version.id())).contains(version);
		assertThat(version.scoringRule().effect()).isEqualTo(CriticalEffect.CAP);
		assertThat(version.scoringRule().weightedSections()).isTrue();

		List<ItemAnswer> answers = new ArrayList<>(StandardFixtures.allRight(version));
		StandardItemView arguing = version.items().filter(i -> i.clause().equals("000-3.2-11")).findFirst().orElseThrow();
		answers.replaceAll(a -> a.itemId() == arguing.id() ? ItemAnswer.no(arguing.id()) : a);
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

		ScoreResult result = standards.score(version.id(), answers);

		assertThat(result.totalBeforeRule()).isLessThan(java.math.BigDecimal.valueOf(100));
		assertThat(result.total()).isEqualByComparingTo("60");
		assertThat(result.ruleApplied()).isTrue();
		assertThat(result.rule().name()).isEqualTo("关键项不合格，本次暗访总分封顶 60 分");
		assertThat(result.rule().version()).isEqualTo(1);
		assertThat(result.items()).filteredOn(i -> i.itemId() == arguing.id()).singleElement()
			.extracting(ScoreResult.ItemScore::explanation)
			.isEqualTo("【000-3.2-11】回答：否；失分 5：未做到，扣 5 分；关键项不合格，适用规则“关键项不合格，本次暗访总分封顶 60 分”");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(standards.score(version.id(), answers).items()).filteredOn(i -> i.itemId() == arguing.id())
			.singleElement().extracting(ScoreResult.ItemScore::explanation).asString()
			.startsWith("[000-3.2-11] answer: no; lost 5: not met, deducts 5");
	}

	@Test
	void aDraftIsNotScoredAndAnUnknownVersionIsNotFound() throws Exception {
		ApiSession api = writer();
		long id = create(api, code());
		api.put("/api/v1/standards/{id}/versions/1", draft(), id);
		StandardVersionView draft = standards.version(
				((Number) com.jayway.jsonpath.JsonPath.read(json(api.get("/api/v1/standards/{id}/versions/1", id)), "$.id"))
					.longValue()).orElseThrow();

		assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
		assertThatThrownBy(() -> standards.score(draft.id(), List.of()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("standard.version.draftNotScorable"));
		assertThatThrownBy(() -> standards.score(987654321L, List.of()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.status().value()).isEqualTo(404));
		assertThat(standards.version(987654321L)).isEmpty();
		assertThat(standards.standard(987654321L)).isEmpty();
	}

	@Test
	void aScoreAboveTheItemsPointsOrAnAnswerToAnotherVersionsItemIsRefused() throws Exception {
		ApiSession api = writer();
		long first = published(api, code());
		long second = published(api, code());
		StandardVersionView version = standards.currentVersion(first).orElseThrow();
		StandardItemView points = version.items().filter(i -> i.answerType() == AnswerType.POINTS).findFirst().orElseThrow();
		StandardItemView foreign = standards.currentVersion(second).orElseThrow().items().findFirst().orElseThrow();

		assertThatThrownBy(() -> standards.score(version.id(), List.of(
				ItemAnswer.value(points.id(), points.points().add(java.math.BigDecimal.ONE)), ItemAnswer.yes(foreign.id()))))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.status().value()).isEqualTo(400);
				assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::code)
					.containsExactly("standard.answer.pointsOutOfRange", "standard.answer.unknownItem");
			});
	}

	@Test
	void publishingAndRetiringAVersionAreAnnounced() throws Exception {
		String username = account("QUALITY_MANAGER");
		ApiSession api = signIn(username);
		String code = code();
		long id = published(api, code);
		long versionId = standards.currentVersion(id).orElseThrow().id();
		api.post("/api/v1/standards/{id}/versions/1/retire", "", id);

		assertThat(events.stream(StandardVersionPublished.class).filter(e -> e.standardId() == id))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.standardCode()).isEqualTo(code);
				assertThat(e.number()).isEqualTo(1);
				assertThat(e.versionId()).isEqualTo(versionId);
				assertThat(e.publishedBy()).isEqualTo(username);
			});
		assertThat(events.stream(StandardVersionRetired.class).filter(e -> e.standardId() == id))
			.singleElement()
			.satisfies(e -> assertThat(e.retiredBy()).isEqualTo(username));
		assertThat(standards.currentVersion(id)).isEmpty();
	}
}
