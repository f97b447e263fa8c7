package io.jingxi.rectification;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.xlsx.XlsxExport;

/**
 * The notices as an Excel workbook, with the list's filters and the reader's scope: one row per
 * notice, newest first, read by key in chunks of a thousand, each in a short transaction, and written
 * with POI's streaming workbook, so memory stays flat however many notices. Like every view of a
 * notice it has no column for who did the visit.
 */
@Component
class RectificationExport {

	static final List<String> HEADERS = List.of("通知单号", "单位", "条款", "检查项", "扣分", "关键项", "状态", "整改责任人", "开具时间",
			"整改期限", "逾期", "驳回次数", "升级级别", "本单位同条款次数", "处理阶梯", "提交时间", "关闭时间", "整改情况", "规则版本");

	private static final int CHUNK = 1000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(NoticeNumbers.ZONE);

	private static final Map<RectificationStatus, String> STATUS = Map.of(RectificationStatus.OPEN, "待整改",
			RectificationStatus.SUBMITTED, "待复查", RectificationStatus.CLOSED, "已关闭", RectificationStatus.CANCELLED,
			"已撤销");

	private static final Map<LadderStep, String> STEP = Map.of(LadderStep.CORRECTED_ON_SPOT, "当场纠正",
			LadderStep.VIOLATION_NOTICE, "违规通知单", LadderStep.PENALTY, "按考核办法处罚");

	private final Notices notices;

	private final RectificationService service;

	private final Actors actors;

	private final TransactionTemplate reading;

	RectificationExport(Notices notices, RectificationService service, Actors actors,
			PlatformTransactionManager transactions) {
		this.notices = notices;
		this.service = service;
		this.actors = actors;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** The current reader's export, their scope taken now; the body is written later, elsewhere. */
	XlsxExport.Body export(RectificationService.NoticeFilter filter) {
		Actor actor = actors.current();
		return out -> write(out, actor, filter);
	}

	void write(OutputStream out, Actor actor, RectificationService.NoticeFilter filter) throws IOException {
		try (var sheet = new XlsxExport("整改通知单", HEADERS, 14)) {
			long after = Long.MAX_VALUE;
			while (true) {
				long before = after;
				List<List<@Nullable String>> rows = new ArrayList<>();
				long[] last = { after };
				reading.executeWithoutResult(status -> {
					Specification<Notice> spec = filter.specification(actor)
						.and((root, query, cb) -> cb.lessThan(root.get("id"), before));
					List<Notice> chunk = notices.findBy(spec,
							q -> q.sortBy(Sort.by(Sort.Order.desc("id"))).limit(CHUNK).all());
					Map<Long, String> units = service.unitNames(chunk.stream().map(Notice::unitId).toList());
					for (Notice notice : chunk) {
						rows.add(row(notice, units));
						last[0] = notice.id();
					}
				});
				rows.forEach(sheet::row);
				if (rows.size() < CHUNK) {
					break;
				}
				after = last[0];
			}
			sheet.writeTo(out);
		}
	}

	private static List<@Nullable String> row(Notice notice, Map<Long, String> units) {
		return Arrays.asList(notice.number(), units.get(notice.unitId()), notice.clause(), notice.itemText(),
				notice.pointsLost().toPlainString(), notice.critical() ? "是" : "否", STATUS.get(notice.status()),
				notice.responsibleName(), time(notice.openedAt()), time(notice.deadline()), notice.overdue() ? "是" : "否",
				String.valueOf(notice.rejections()), String.valueOf(notice.escalationLevel()),
				String.valueOf(notice.unitOccurrence()), STEP.get(notice.ladderStep()), time(notice.submittedAt()),
				time(notice.closedAt()), notice.fixDescription(), notice.policyCode() + " v" + notice.policyVersion());
	}

	private static @Nullable String time(@Nullable Instant instant) {
		return instant == null ? null : TIME.format(instant);
	}
}
