package io.jingxi.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

import io.jingxi.inspection.InspectionKind;
import io.jingxi.shared.DomainException;

/** The notice guards its own transitions: what each state allows, and that everything else is refused unchanged. */
class NoticeTests {

	static final Instant RECORDED = Instant.parse("2026-09-30T02:00:00Z");

	static final Instant DEADLINE = Instant.parse("2026-10-10T09:30:00Z");

	static final Instant WARN = Instant.parse("2026-10-10T03:30:00Z");

	static final Instant ESCALATE = Instant.parse("2026-10-13T09:30:00Z");

	static Notice open() {
		Notice notice = new Notice(new Notice.Opening("ZG-2026-000001",
				new Notice.Finding(11, 21, 31, InspectionKind.SPOT_CHECK, 41, "2.1", "门口有小广告", new BigDecimal("2.00"),
						false, "门口贴了三张小广告", 51, RECORDED),
				61L, "王经理", RECORDED.plusSeconds(5), DEADLINE, WARN, ESCALATE, 2, 1, null,
				LadderStep.CORRECTED_ON_SPOT, 3));
		ReflectionTestUtils.setField(notice, "id", 1L);
		return notice;
	}

	static Notice submitted() {
		Notice notice = open();
		notice.submit("已清理小广告", "王经理", 42L, RECORDED.plus(Duration.ofHours(1)));
		return notice;
	}

	static Notice closed() {
		Notice notice = submitted();
		notice.accept(null, "质量经理", RECORDED.plus(Duration.ofHours(2)));
		return notice;
	}

	static Notice cancelled() {
		Notice notice = open();
		notice.cancel("APPEAL", RECORDED.plus(Duration.ofHours(2)));
		return notice;
	}

	/** A command and the states in which it is allowed (when its time has come). */
	record Command(String name, Consumer<Notice> run, List<RectificationStatus> allowedIn) {
	}

	static final List<Command> COMMANDS = List.of(
			new Command("submit", n -> n.submit("整改完成", "王经理", 42L, DEADLINE.minusSeconds(60)),
					List.of(RectificationStatus.OPEN)),
			new Command("accept", n -> n.accept("好", "质量经理", DEADLINE.minusSeconds(60)),
					List.of(RectificationStatus.SUBMITTED)),
			new Command("reject", n -> n.reject("照片不清楚", "质量经理", DEADLINE.minusSeconds(60)),
					List.of(RectificationStatus.SUBMITTED)),
			new Command("cancel", n -> n.cancel("APPEAL", DEADLINE.minusSeconds(60)),
					List.of(RectificationStatus.OPEN, RectificationStatus.SUBMITTED)),
			new Command("warn", n -> n.warn(WARN), List.of(RectificationStatus.OPEN)),
			new Command("overdue", n -> n.markOverdue(DEADLINE), List.of(RectificationStatus.OPEN)),
			new Command("escalate", n -> n.escalate(7, 8L, "分公司经理", ESCALATE, null), List.of(RectificationStatus.OPEN)));

	@Test
	void everyCommandIsAllowedOnlyInItsStatesAndRefusedUnchangedInEveryOther() {
		List<String> checked = new ArrayList<>();
		for (Command command : COMMANDS) {
			for (Notice notice : List.of(open(), submitted(), closed(), cancelled())) {
				RectificationStatus before = notice.status();
				int history = notice.history().size();
				if (command.allowedIn().contains(before)) {
					command.run().accept(notice);
					assertThat(notice.history()).as(command.name() + " in " + before).hasSize(history + 1);
				}
				else {
					assertThatThrownBy(() -> command.run().accept(notice)).as(command.name() + " in " + before)
						.isInstanceOfSatisfying(DomainException.class,
								ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
					assertThat(notice.status()).isEqualTo(before);
					assertThat(notice.history()).hasSize(history);
					checked.add(command.name() + "@" + before);
				}
			}
		}
		// 7 commands × 4 states, less the 8 allowed pairs
		assertThat(checked).hasSize(20);
	}

	@Test
	void aRejectedFixSendsTheNoticeBackToTheOwnerCountingRejectionsAndKeepingTheHistory() {
		Notice notice = submitted();
		RectificationRejected rejected = notice.reject("  照片看不出已清理  ", "质量经理", RECORDED.plusSeconds(7200));
		assertThat(rejected.reason()).isEqualTo("照片看不出已清理");
		assertThat(rejected.rejections()).isEqualTo(1);
		assertThat(notice.status()).isEqualTo(RectificationStatus.OPEN);

		notice.submit("重新清理并拍照", "王经理", 42L, RECORDED.plusSeconds(9000));
		RectificationClosed closed = notice.accept(null, "质量经理", RECORDED.plusSeconds(10000));
		assertThat(closed.rejections()).isEqualTo(1);
		assertThat(closed.overdue()).isFalse();
		assertThat(notice.status()).isEqualTo(RectificationStatus.CLOSED);
		assertThat(notice.submissions()).isEqualTo(2);
		assertThat(notice.fixDescription()).isEqualTo("重新清理并拍照");
		assertThat(notice.history()).extracting(NoticeEntry::action)
			.containsExactly(NoticeAction.OPENED, NoticeAction.SUBMITTED, NoticeAction.REJECTED, NoticeAction.SUBMITTED,
					NoticeAction.ACCEPTED);
		assertThat(notice.history().get(2).note()).isEqualTo("照片看不出已清理");
		assertThat(notice.history().get(2).actorName()).isEqualTo("质量经理");
	}

	@Test
	void aFixNeedsADescriptionAndARejectionAReasonOtherwiseNothingChanges() {
		Notice notice = open();
		for (String blank : new String[] { null, "", "   " }) {
			assertThatThrownBy(() -> notice.submit(blank, "王经理", 42L, RECORDED))
				.isInstanceOfSatisfying(DomainException.class, ex -> {
					assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("description");
				});
		}
		assertThat(notice.status()).isEqualTo(RectificationStatus.OPEN);

		Notice waiting = submitted();
		assertThatThrownBy(() -> waiting.reject(" ", "质量经理", RECORDED))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.extracting(DomainException.FieldProblem::field).containsExactly("reason"));
		assertThatThrownBy(() -> waiting.reject("x".repeat(Notice.TEXT_MAX + 1), "质量经理", RECORDED))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("rectification.text.tooLong"));
		assertThat(waiting.status()).isEqualTo(RectificationStatus.SUBMITTED);
		assertThat(waiting.rejections()).isZero();
		assertThat(waiting.history()).hasSize(2);
	}

	@Test
	void eachTimerFiresOnlyOnceAndOnlyWhenItsTimeHasCome() {
		Notice notice = open();
		assertThatThrownBy(() -> notice.warn(WARN.minusSeconds(1))).isInstanceOf(DomainException.class);
		assertThat(notice.warn(WARN).deadline()).isEqualTo(DEADLINE);
		assertThatThrownBy(() -> notice.warn(WARN.plusSeconds(60))).isInstanceOf(DomainException.class);
		// the warning's time is over once the deadline is reached
		Notice late = open();
		assertThatThrownBy(() -> late.warn(DEADLINE)).isInstanceOf(DomainException.class);

		assertThatThrownBy(() -> notice.markOverdue(DEADLINE.minusSeconds(1))).isInstanceOf(DomainException.class);
		notice.markOverdue(DEADLINE);
		assertThat(notice.overdue()).isTrue();
		assertThatThrownBy(() -> notice.markOverdue(DEADLINE.plusSeconds(60))).isInstanceOf(DomainException.class);

		assertThatThrownBy(() -> notice.escalate(7, null, null, ESCALATE.minusSeconds(1), null))
			.isInstanceOf(DomainException.class);
		RectificationEscalated first = notice.escalate(7, 8L, "分公司经理", ESCALATE, ESCALATE.plusSeconds(86400));
		assertThat(first.level()).isEqualTo(1);
		assertThatThrownBy(() -> notice.escalate(7, 8L, "分公司经理", ESCALATE.plusSeconds(60), null))
			.isInstanceOf(DomainException.class);
		RectificationEscalated second = notice.escalate(9, null, null, ESCALATE.plusSeconds(86400), null);
		assertThat(second.level()).isEqualTo(2);
		assertThat(notice.escalations()).extracting(Escalation::level, Escalation::unitId)
			.containsExactly(tuple(1, 7L), tuple(2, 9L));
		// no level above: the timer has stopped
		assertThat(notice.nextEscalationAt()).isNull();
		assertThatThrownBy(() -> notice.escalate(10, null, null, ESCALATE.plusSeconds(10 * 86400), null))
			.isInstanceOf(DomainException.class);

		notice.submit("补做", "王经理", 42L, ESCALATE.plusSeconds(90000));
		RectificationClosed closed = notice.accept(null, "质量经理", ESCALATE.plusSeconds(90001));
		assertThat(closed.overdue()).isTrue();
		assertThat(notice.overdue()).as("a closed notice is no longer overdue").isFalse();
	}
}
