package io.jingxi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jingxi.shared.DomainException;

/** A version's life, draft → published → retired, and the standard's book of versions. */
class StandardVersionTests {

	static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	static DraftContent content(int items) {
		List<ItemSpec> specs = new java.util.ArrayList<>();
		for (int i = 0; i < items; i++) {
			specs.add(new ItemSpec("C-" + i, "检查项" + i, AnswerType.YES_NO, false, BigDecimal.TEN, BigDecimal.ONE, null,
					null, null, false, false));
		}
		return new DraftContent(CriticalEffect.ZERO, null, "", null,
				List.of(new SectionSpec("章节", null, specs)));
	}

	static void assertConflict(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo(code);
			assertThat(ex.status().value()).isEqualTo(409);
		});
	}

	@Test
	void aDraftIsPublishedWithWhoAndWhenAndThenNeverChanges() {
		var version = new StandardVersion(1, 1, content(2), "writer", NOW);

		version.publish("quality", NOW.plusSeconds(60));

		assertThat(version.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
		assertThat(version.getPublishedBy()).isEqualTo("quality");
		assertThat(version.getPublishedAt()).isEqualTo(NOW.plusSeconds(60));
		assertConflict(() -> version.replace(content(3), "writer", NOW), "standard.version.notDraft");
		assertConflict(() -> version.publish("quality", NOW), "standard.version.notDraft");
		assertThat(version.itemCount()).isEqualTo(2);
	}

	@Test
	void anEmptyDraftOrOneWithAnEmptySectionIsNotPublished() {
		assertConflict(() -> new StandardVersion(1, 1, DraftContent.empty(), "w", NOW).publish("q", NOW),
				"standard.version.empty");
		var emptySection = new DraftContent(CriticalEffect.ZERO, null, "", null, List.of(
				content(1).sections().get(0), new SectionSpec("空章节", null, List.of())));
		assertConflict(() -> new StandardVersion(1, 1, emptySection, "w", NOW).publish("q", NOW),
				"standard.version.emptySection");
	}

	@Test
	void onlyAPublishedVersionIsRetiredAndItKeepsItsContent() {
		var version = new StandardVersion(1, 1, content(1), "w", NOW);
		assertConflict(() -> version.retire("q", NOW), "standard.version.notPublished");

		version.publish("q", NOW);
		version.retire("q", NOW.plusSeconds(5));

		assertThat(version.getStatus()).isEqualTo(VersionStatus.RETIRED);
		assertThat(version.getRetiredBy()).isEqualTo("q");
		assertThat(version.content().itemCount()).isEqualTo(1);
		assertConflict(() -> version.retire("q", NOW), "standard.version.notPublished");
	}

	@Test
	void aDraftsContentIsReplacedAsAWhole() {
		var version = new StandardVersion(1, 1, content(3), "w", NOW);

		version.replace(content(1), "editor", NOW.plusSeconds(1));

		assertThat(version.itemCount()).isEqualTo(1);
		assertThat(version.content()).isEqualTo(content(1));
	}

	@Test
	void aStandardHasAtMostOneDraftAndNumbersItsVersionsInOrder() {
		var standard = new Standard("S", "标准", null, null, null, NOW);

		assertThat(standard.openDraft(NOW)).isEqualTo(1);
		assertConflict(() -> standard.openDraft(NOW), "standard.draft.exists");
		standard.draftPublished(11, 1, NOW);
		assertThat(standard.getCurrentVersionNumber()).isEqualTo(1);
		assertThat(standard.openDraft(NOW)).isEqualTo(2);
		standard.draftDiscarded(2, NOW);
		assertThat(standard.getDraftVersionNumber()).isNull();
		assertThat(standard.openDraft(NOW)).isEqualTo(2);
		standard.draftPublished(12, 2, NOW);
		assertThat(standard.getCurrentVersionId()).isEqualTo(12);
		assertThat(standard.openDraft(NOW)).isEqualTo(3);
	}
}
