package io.jingxi.rectification;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	/** The columns, each header a message key under {@code rectification.export.column.}. */
	static final List<String> COLUMNS = List.of("number", "unit", "clause", "item", "pointsLost", "critical", "status",
			"responsible", "openedAt", "deadline", "overdue", "rejections", "escalationLevel", "unitOccurrence",
			"ladderStep", "submittedAt", "closedAt", "fix", "policy");

	private static final int CHUNK = 1000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(NoticeNumbers.ZONE);

	private final Notices notices;

	private final RectificationService service;

	private final Actors actors;

	private final MessageSource messages;

	private final TransactionTemplate reading;

	RectificationExport(Notices notices, RectificationService service, Actors actors, MessageSource messages,
			PlatformTransactionManager transactions) {
		this.notices = notices;
		this.service = service;
		this.actors = actors;
		this.messages = messages;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * The current reader's export in the request's language, their scope taken now; the body is
	 * written later, elsewhere.
	 */
	XlsxExport.Body export(RectificationService.NoticeFilter filter) {
		Actor actor = actors.current();
		Locale locale = LocaleContextHolder.getLocale();
		return out -> write(out, actor, filter, locale);
	}

	void write(OutputStream out, Actor actor, RectificationService.NoticeFilter filter, Locale locale)
			throws IOException {
		List<String> headers = COLUMNS.stream().map(column -> text("rectification.export.column." + column, locale))
			.toList();
		try (var sheet = new XlsxExport(text("rectification.export.sheet", locale), headers, 14)) {
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
						rows.add(row(notice, units, locale));
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

	private List<@Nullable String> row(Notice notice, Map<Long, String> units, Locale locale) {
		return Arrays.asList(notice.number(), units.get(notice.unitId()), notice.clause(), notice.itemText(),
				notice.pointsLost().toPlainString(), yesNo(notice.critical(), locale),
				text("rectification.export.status." + notice.status().name(), locale), notice.responsibleName(),
				time(notice.openedAt()), time(notice.deadline()), yesNo(notice.overdue(), locale),
				String.valueOf(notice.rejections()), String.valueOf(notice.escalationLevel()),
				String.valueOf(notice.unitOccurrence()),
				text("rectification.export.step." + notice.ladderStep().name(), locale), time(notice.submittedAt()),
				time(notice.closedAt()), notice.fixDescription(), notice.policyCode() + " v" + notice.policyVersion());
	}

	private String yesNo(boolean value, Locale locale) {
		return text(value ? "rectification.export.yes" : "rectification.export.no", locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static @Nullable String time(@Nullable Instant instant) {
		return instant == null ? null : TIME.format(instant);
	}
}
